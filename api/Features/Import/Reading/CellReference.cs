namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>Excel's cell names: column D is 4, "AB12" is row 12, column 28.</summary>
public static class CellReference
{
    public static string Letters(int column) => ActionPlanTracker.Domain.Import.Places.ColumnLetters(column);

    /// <summary>Row and column of a reference such as "AB12"; null when it is not one.</summary>
    public static (int Row, int Column)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384) return null;
        }
        if (i == 0 || !int.TryParse(reference.AsSpan(i), out var row) || row < 1) return null;
        return (row, column);
    }

    /// <summary>A range such as "A1:C3" (or a single cell "B2") as its corners.</summary>
    public static (int FromRow, int FromColumn, int ToRow, int ToColumn)? ParseRange(string? range)
    {
        if (string.IsNullOrEmpty(range)) return null;
        var parts = range.Split(':');
        var from = Parse(parts[0]);
        var to = parts.Length > 1 ? Parse(parts[1]) : from;
        if (from is null || to is null) return null;
        return (Math.Min(from.Value.Row, to.Value.Row), Math.Min(from.Value.Column, to.Value.Column),
            Math.Max(from.Value.Row, to.Value.Row), Math.Max(from.Value.Column, to.Value.Column));
    }
}
