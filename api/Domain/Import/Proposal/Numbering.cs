namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The item numbers rows carry, in a number column or at the start of the text: how deep each sits ("1", "1.1",
/// "1.1.2"; a letter one below the last number), which is what a numbering hierarchy is built from.
/// </summary>
internal static class Numbering
{
    /// <summary>True when most cells of a text column start with a number that is not a lone letter ("1.1 Open a front door").</summary>
    public static bool StartsTexts(PlanTables tables, int column)
    {
        var texts = tables.CellsOf(column).Where(c => !c.IsBlank).Select(c => c.Text).ToList();
        return texts.Count > 0 &&
               texts.Count(t => CellReadings.SplitLeadingNumber(t) is ({ IsLetter: false }, { Length: > 0 })) >= 0.6 * texts.Count;
    }

    /// <summary>Each item row's depth (null where it has no number), in row order.</summary>
    public static IReadOnlyList<(DataRow Row, int? Depth)> Depths(PlanTables tables, int? numberColumn, int? textColumn)
    {
        var depths = new List<(DataRow, int?)>();
        var last = 0;
        foreach (var row in tables.ItemRows)
        {
            var number = NumberOf(row, numberColumn, textColumn);
            int? depth = number is null ? null : number.IsLetter ? last + 1 : number.Depth;
            if (number is { IsLetter: false })
                last = number.Depth;
            depths.Add((row, depth));
        }
        return depths;
    }

    private static ItemNumber? NumberOf(DataRow row, int? numberColumn, int? textColumn)
    {
        if (numberColumn is { } n && !row.Cell(n).IsBlank)
            return CellReadings.Number(row.Cell(n).Text);
        return textColumn is { } t && !row.Cell(t).IsBlank ? CellReadings.SplitLeadingNumber(row.Cell(t).Text).Number : null;
    }
}
