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
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteScalar() is long id ? id : 0;
    }

    public void Dispose() => command.Dispose();
}
