using System.Globalization;
using global::CsvHelper;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads delimited text (a CSV export, or cells pasted from Excel) with CsvHelper: quoted cells may hold line breaks,
/// delimiters and doubled quotes. Each record is a row, numbered as Excel would number it on opening the file.
/// </summary>
public static class DelimitedReader
{
    /// <summary>A CSV file: comma, semicolon (Excel in much of Europe) or tab, whichever the file uses; one table named as Excel names its sheet (the file's name without extension).</summary>
    public static SourceDocument ReadFile(string fileName, byte[] content, RowBudget budget)
    {
        var decoded = TextDecoding.Decode(content);
        var tab = fileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
        var name = Path.GetFileNameWithoutExtension(fileName) is { Length: > 0 } stem ? stem : "CSV";
        var table = ReadTable(name, decoded.Text, tab ? '\t' : null, budget)
            ?? throw new SourceUnreadableException("The file has no cells with anything in them.");
        IReadOnlyList<string> notes = decoded.Guessed is { } encoding
            ? [$"The file does not say how its text is encoded and is not UTF-8; it was read as {encoding}. If letters such as £, é or ’ look wrong, save it from Excel as \"CSV UTF-8\" and upload again."]
            : [];
        return new SourceDocument(fileName, "csv", [table], notes);
    }

    /// <summary>One table from delimited text; <paramref name="separator"/> null to detect it (comma, semicolon, tab or bar).</summary>
    public static SourceTable? ReadTable(string name, string text, char? separator, RowBudget budget)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            // An empty line is an empty row in Excel too, so rows keep the numbers a person sees on opening the file.
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        var grid = new GridBuilder(name, null, budget);
        using var reader = CsvReader.FromText(text, options);
        for (var row = 1; reader.Read(); row++)
            for (var column = 0; column < reader.FieldCount; column++)
                grid.Add(row, column + 1, reader[column].ToString());
        return grid.Build();
    }
}
