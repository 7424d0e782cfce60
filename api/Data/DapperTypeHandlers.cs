using System.Data;
using System.Globalization;
using Dapper;

namespace ActionPlanTracker.Data;

/// <summary>
/// Dates are stored as ISO text (yyyy-MM-dd) on both engines and read back as DateOnly.
/// </summary>
/// <remarks>
/// Dapper (2.1.37 and later) lists DateOnly in its own type map with "read through GetFieldValue&lt;DateOnly&gt;", and
/// that entry is consulted before any type handler: SQLite's reader converts text there, but Npgsql refuses
/// ("Reading as 'System.DateOnly' is not supported for fields having DataTypeName 'text'"). Removing DateOnly from
/// Dapper's type map makes the handler below take effect for reads and for parameters on both engines.
/// </remarks>
public static class DapperTypeHandlers
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        // As for DateOnly: Dapper's own map entry for bool would be used before the handler.
        SqlMapper.RemoveTypeMap(typeof(bool));
        SqlMapper.RemoveTypeMap(typeof(bool?));
        SqlMapper.AddTypeHandler(typeof(bool), new FlagHandler());
    }

    /// <summary>
    /// Yes/no flags are 0/1 integers on both engines (db/postgresql/README.md). SQLite binds a bool as 1/0 by itself;
    /// Npgsql binds a boolean, which PostgreSQL refuses for a bigint column, so flags are bound as 64-bit 1/0 here and
    /// read from 1/0 (or from a real boolean, which a PostgreSQL expression such as EXISTS gives).
    /// </summary>
    private sealed class FlagHandler : SqlMapper.ITypeHandler
    {
        public object? Parse(Type destinationType, object value) => value switch
        {
            DBNull => null,
            bool flag => flag,
            _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        };

        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.Int64;
            parameter.Value = value is bool flag ? (flag ? 1L : 0L) : DBNull.Value;
        }
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override DateOnly Parse(object value) => value switch
        {
            string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            _ => throw new InvalidCastException($"A date was expected as yyyy-MM-dd text, not {value.GetType().Name}."),
        };

        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}
