using System.Data.Common;
using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Import;

/// <summary>
/// One INSERT prepared once and run for every row of a table, inside the caller's transaction: a 2,000-row plan with 24
/// reviews writes 48,000 scores, and building a command (or reflecting over an object) per row would cost more than the
/// writing itself.
/// </summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    /// <param name="names">The statement's parameters in the order <see cref="Run"/> takes their values.</param>
    public PreparedInsert(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = names.Select(name => command.AddParameter(name, null)).ToArray();
        command.Prepare();
    }

    /// <summary>Runs the statement with these values (null as SQL NULL) and returns what its RETURNING clause gives, if any.</summary>
    public long Run(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = Widened(values[i]) ?? DBNull.Value;
        return command.ExecuteScalar() is long id ? id : 0;
    }

    /// <summary>
    /// Whole numbers go as 64-bit: the statement was prepared before any value was known, so PostgreSQL typed its
    /// integer parameters from their bigint columns, and a 32-bit value sent later would not match ("insufficient data
    /// left in message"); SQLite stores either alike.
    /// </summary>
    private static object? Widened(object? value) => value switch
    {
        int number => (long)number,
        short number => (long)number,
        bool flag => flag ? 1L : 0L,
        _ => value,
    };

    public void Dispose() => command.Dispose();
}
