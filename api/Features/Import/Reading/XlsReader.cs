using ExcelDataReader;
using ExcelDataReader.Exceptions;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads a legacy .xls workbook (Excel 97-2003) with ExcelDataReader: values, number formats and merged cells. It cannot
/// read fills, and says so, because a plan that shows its scores only as colours needs saving as .xlsx first.
/// </summary>
public static class XlsReader
{
    public const string NoColoursNote =
        "Cell colours cannot be read from a legacy .xls workbook; save it as .xlsx if scores are shown only by colour.";

    public static SourceDocument Read(string fileName, Stream content, RowBudget budget)
    {
        // The code pages must be registered before ExcelDataReader's configuration is made: its constructor asks for one.
        var fallback = LegacyEncodings.Windows1252;
        var configuration = new ExcelReaderConfiguration { FallbackEncoding = fallback };
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(content, configuration);
            var notes = new List<string> { NoColoursNote };
            var tables = new List<SourceTable>();
            do
            {
                var name = string.IsNullOrEmpty(reader.Name) ? $"Sheet {tables.Count + 1}" : reader.Name;
                if (reader.VisibleState is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase))
                    notes.Add($"Sheet '{name}' is hidden in the workbook; it was read all the same.");
                if (ReadSheet(name, reader, budget) is { } table) tables.Add(table);
            } while (reader.NextResult());
            return new SourceDocument(fileName, "xls", tables, notes);
        }
        catch (InvalidPasswordException)
        {
            throw SourceReader.PasswordProtected();
        }
    }

    private static SourceTable? ReadSheet(string name, IExcelDataReader reader, RowBudget budget)
    {
        var grid = new GridBuilder(name, null, budget);
        while (reader.Read())
        {
            var row = reader.Depth + 1;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                if (value is null) continue;
                var (text, isNumber) = Shown(value, Format(reader, i));
                grid.Add(row, i + 1, text, isNumber: isNumber, isDate: value is DateTime);
            }
        }
        foreach (var merge in reader.MergeCells ?? [])
            grid.Merge(merge.FromRow + 1, merge.FromColumn + 1, merge.ToRow + 1, merge.ToColumn + 1);
        return grid.Build();
    }

    private static NumberFormat Format(IExcelDataReader reader, int column)
    {
        var code = reader.GetNumberFormatString(column);
        return code is null ? NumberFormat.Of(reader.GetNumberFormatIndex(column), null) : NumberFormat.FromCode(code);
    }

    private static (string Text, bool IsNumber) Shown(object value, NumberFormat format) => value switch
    {
        double number => (format.Show(number), format.Shape is NumberShape.General or NumberShape.Percent),
        int number => (format.Show(number), format.Shape is NumberShape.General or NumberShape.Percent),
        // ExcelDataReader turns a number in a date format into a date; one it took for a date that is not a day is shown as it is.
        DateTime date => ((format.Shape is NumberShape.General or NumberShape.Percent ? new NumberFormat(NumberShape.Date) : format).ShowDate(date), false),
        bool flag => (flag ? "TRUE" : "FALSE", false),
        _ => (Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", false),
    };
}
