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
