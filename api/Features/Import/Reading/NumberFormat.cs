using System.Globalization;
using System.Text;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>How a number cell is shown: plainly, as a percentage, as a date (with or without its day) or as a time.</summary>
public enum NumberShape { General, Percent, Date, MonthAndYear, Year, Time }

/// <summary>
/// What an Excel number format means for the text a person sees. Only the shape is kept (currency symbols, thousands
/// separators and padding are not), because the importer compares numbers, not their decoration.
/// </summary>
/// <param name="Shape">How the number is shown.</param>
/// <param name="Decimals">For a percentage, the decimal places shown ("0.0%" shows one).</param>
public sealed record NumberFormat(NumberShape Shape, int Decimals = 0)
{
    public static readonly NumberFormat General = new(NumberShape.General);

    /// <summary>The shape of a built-in format (by id) or of a format's code, which wins when the workbook gives one.</summary>
    public static NumberFormat Of(int id, string? code) =>
        code is not null ? FromCode(code) : id switch
        {
            9 => new(NumberShape.Percent),
            10 => new(NumberShape.Percent, 2),
            14 or 15 or 16 or 22 => new(NumberShape.Date),
            // "mmm-yy": a month, which a deadline means to its last day, so no day is made up for it.
            17 => new(NumberShape.MonthAndYear),
            18 or 19 or 20 or 21 or 45 or 46 or 47 => new(NumberShape.Time),
            _ => General,
        };

    public static NumberFormat FromCode(string code)
    {
        var bare = Bare(FirstSection(code));
        if (bare.Length == 0 || bare == "general" || bare == "@") return General;
        if (bare.Contains('%')) return new(NumberShape.Percent, DecimalsIn(bare));
        var day = bare.Contains('d');
        var year = bare.Contains('y');
        var month = bare.Contains('m');
        var clock = bare.Contains('h') || bare.Contains('s');
        if (day) return new(NumberShape.Date);
        if (year) return new(month ? NumberShape.MonthAndYear : NumberShape.Year);
        if (clock) return new(NumberShape.Time);
        // "mmm" or "mmmm" alone: the month of a date.
        return month ? new(NumberShape.MonthAndYear) : General;
    }

    /// <summary>The text of a number stored in a cell with this format; <paramref name="date1904"/> for Mac workbooks' date system.</summary>
    public string Show(double value, bool date1904 = false)
    {
        switch (Shape)
        {
            case NumberShape.Percent:
                var percent = Math.Round(value * 100, Decimals, MidpointRounding.AwayFromZero);
                return percent.ToString("F" + Decimals, CultureInfo.InvariantCulture) + "%";
            case NumberShape.General:
                return ShowGeneral(value);
        }
        var serial = date1904 ? value + 1462 : value;
        // Outside Excel's own calendar (before 1900 or after 9999) Excel shows ####; the number is all there is.
        if (serial < 0 || serial >= 2_958_466) return ShowGeneral(value);
        return ShowDate(DateTime.FromOADate(serial));
    }

    /// <summary>A date the source already holds as a date (ExcelDataReader gives .xls dates so).</summary>
    public string ShowDate(DateTime date) => Shape switch
    {
        NumberShape.MonthAndYear => date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        NumberShape.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        NumberShape.Time => date.TimeOfDay.Seconds == 0
            ? date.ToString("HH:mm", CultureInfo.InvariantCulture)
            : date.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A number as Excel's General format shows it: at most 15 significant digits, so binary noise such as
    /// 2.7999999999999998 reads 2.8, and whole numbers without ".0".
    /// </summary>
    public static string ShowGeneral(double value) =>
        value == 0 ? "0" : value.ToString("G15", CultureInfo.InvariantCulture);

    private static string FirstSection(string code)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (code[i] == '\\') i++;
            else if (code[i] == ';' && !quoted) return code[..i];
        }
        return code;
    }

    /// <summary>The format's own letters, lower-case: quoted text, escaped characters, padding and [colour] tags taken out.</summary>
    private static string Bare(string section)
    {
        var bare = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                i = end < 0 ? section.Length : end;
            }
            else if (c is '\\' or '_' or '*') i++;
            else if (c == '[')
            {
                var end = section.IndexOf(']', i + 1);
                var tag = end < 0 ? "" : section[(i + 1)..end].ToLowerInvariant();
                // [h], [mm] and [ss] are elapsed time; [Red] or [$-809] only decorate.
                if (tag.Length > 0 && tag.All(t => t is 'h' or 'm' or 's')) bare.Append('h');
                i = end < 0 ? section.Length : end;
            }
            else bare.Append(char.ToLowerInvariant(c));
        }
        return bare.ToString().Trim();
    }

    private static int DecimalsIn(string bare)
    {
        var point = bare.IndexOf('.');
        if (point < 0) return 0;
        var decimals = 0;
        for (var i = point + 1; i < bare.Length && bare[i] is '0' or '#' or '?'; i++) decimals++;
        return decimals;
    }
}
