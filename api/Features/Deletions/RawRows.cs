using ActionPlanTracker.Domain.Deletions;
using System.Data.Common;
using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Deletions;

/// <summary>
/// Rows read and written as raw column values, for snapshots and restores. Table and column names come from the
/// schema (never from a request) and are quoted; values always travel as parameters.
/// </summary>
public static class RawRows
{
    private const int Chunk = 500;

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>The rows of a table whose column holds one of the values, in rowid order.</summary>
    public static async Task<IReadOnlyList<Row>> WhereInAsync(DbConnection connection, DbTransaction transaction,
        string table, string column, IReadOnlyCollection<object> values)
    {
        var rows = new List<Row>();
        foreach (var chunk in values.Chunk(Chunk))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var names = chunk.Select((value, i) =>
            {
                command.AddParameter($"@v{i}", value);
                return $"@v{i}";
            }).ToList();
            command.CommandText = $"SELECT * FROM {Quote(table)} WHERE {Quote(column)} IN ({string.Join(", ", names)}) ORDER BY {SqlDialect.Of(connection).InsertionOrder}";
            await using var reader = await command.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            while (await reader.ReadAsync())
                rows.Add(new Row(table, columns, Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList()));
        }
        return rows;
    }

    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction transaction, string table, string column, object value)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {Quote(table)} WHERE {Quote(column)} = @value)";
        command.AddParameter("@value", value);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts the row exactly as it was, its id included.</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Row row)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var i = 0; i < row.Columns.Count; i++) command.AddParameter($"@p{i}", row.Values[i] ?? DBNull.Value);
        command.CommandText = $"INSERT INTO {Quote(row.Table)} ({string.Join(", ", row.Columns.Select(Quote))}) "
            + $"VALUES ({string.Join(", ", row.Columns.Select((_, i) => $"@p{i}"))})";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The place after the last of a list: one more than the largest position among the rows that share the list's columns.</summary>
    public static async Task<long> NextPositionAsync(DbConnection connection, DbTransaction transaction, Row row, IReadOnlyList<string> list)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var where = list.Select((c, i) =>
        {
            command.AddParameter($"@k{i}", row[c] ?? DBNull.Value);
            return $"{Quote(c)} IS NOT DISTINCT FROM @k{i}";
        });
        command.CommandText = $"SELECT coalesce(max(position), 0) + 1 FROM {Quote(row.Table)} WHERE {string.Join(" AND ", where)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Puts a value back into a column that is still empty, in the row with this key. A row that has a version and an
    /// update time gets a new version and now as its time, as any change does. Answers whether the row changed.
    /// </summary>
    public static async Task<bool> RefillAsync(DbConnection connection, DbTransaction transaction, DatabaseSchema schema,
        NulledColumn nulled, string now)
    {
        var table = nulled.Key.Table;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var set = new List<string> { $"{Quote(nulled.Column)} = @value" };
        command.AddParameter("@value", nulled.Value ?? DBNull.Value);
        if (schema.HasColumn(table, "row_version")) set.Add("row_version = row_version + 1");
        if (schema.HasColumn(table, "updated_at"))
        {
            set.Add("updated_at = @now");
            command.AddParameter("@now", now);
        }
        var where = nulled.Key.Columns.Select((c, i) =>
        {
            command.AddParameter($"@k{i}", nulled.Key.Values[i] ?? DBNull.Value);
            return $"{Quote(c)} = @k{i}";
        }).Append($"{Quote(nulled.Column)} IS NULL");
        command.CommandText = $"UPDATE {Quote(table)} SET {string.Join(", ", set)} WHERE {string.Join(" AND ", where)}";
        return await command.ExecuteNonQueryAsync() > 0;
    }
}
