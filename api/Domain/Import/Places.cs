using ActionPlanTracker.Domain.Import.Interpretation;

namespace ActionPlanTracker.Domain.Import;

/// <summary>How a message names a place in the source: "Sheet 'Plan', row 12, column D" or "Table 2, row 5, column 3".</summary>
public static class Places
{
    public static string Describe(SourceDocument? source, SourcePlace place)
    {
        if (source is not null && place.Table >= 0 && place.Table < source.Tables.Count)
            return new SourceWhere(source).Of(place);
        var row = place.Row > 0 ? $", row {place.Row}" : "";
        var column = place.Column > 0 ? $", column {place.Column}" : "";
        return $"Table {place.Table + 1}{row}{column}";
    }

    /// <summary>1 → A, 27 → AA: how a spreadsheet names a column.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
