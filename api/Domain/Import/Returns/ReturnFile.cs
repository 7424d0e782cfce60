using System.Globalization;

namespace ActionPlanTracker.Domain.Import.Returns;

/// <summary>
/// A filled-in return as read from its workbook, nothing judged yet: the plan and review it was made for, its rows (the
/// cells of the columns to fill, and the hidden key), and what each row showed when it was downloaded.
/// </summary>
/// <param name="Table">The index of the "Return" sheet in <see cref="Document"/>, for naming places.</param>
/// <param name="Shown">By key text: the row's values as the tracker wrote them at download.</param>
public sealed record ReturnFile(
    SourceDocument Document, int Table, long PlanId, long ReviewId, string? MadeAt, string? MadeFor,
    ReturnColumns Columns, IReadOnlyList<ReturnRow> Rows, IReadOnlyDictionary<string, ReturnShown> Shown)
{
    /// <summary>"Sheet 'Return', row 12, column F"; the row alone when column is 0.</summary>
    public string Where(int row, int column = 0) => Places.Describe(Document, new SourcePlace(Table, row, column));
}

/// <summary>The columns (1-based) each header was found in.</summary>
public sealed record ReturnColumns(int Score, int Update, int UpdateDate, int Evidence, int Key);

/// <summary>One row below the header, as its cells read.</summary>
public sealed record ReturnRow(int Number, string Key, string Score, string Update, string UpdateDate, string Evidence)
{
    public bool IsBlank => Key.Length == 0 && Score.Length == 0 && Update.Length == 0 && UpdateDate.Length == 0 && Evidence.Length == 0;
}

/// <summary>A row's fill-in values as downloaded: the score's words, the update, its date as yyyy-MM-dd, the evidence.</summary>
public sealed record ReturnShown(string Score, string? Update, string? UpdateDate, string? Evidence);

/// <summary>A workbook that is not a return the tracker made (or no longer holds what one needs): a sentence for the person.</summary>
public sealed class ReturnUnreadableException(string message) : Exception(message);

/// <summary>Finds the return's sheets, header and rows in a read workbook. Pure.</summary>
public static class ReturnFileReader
{
    private const string Redownload = "Download the return again from the tracker, copy your entries into it and upload that.";

    public static ReturnFile Read(SourceDocument document)
    {
        var table = document.Tables.ToList().FindIndex(t => t.Name == ReturnLayout.Sheet);
        if (table < 0)
            throw new ReturnUnreadableException(
                $"The workbook has no sheet called '{ReturnLayout.Sheet}', so it is not an update return made by the tracker (or the sheet was renamed). {Redownload}");
        var details = document.Tables.FirstOrDefault(t => t.Name == ReturnLayout.DetailsSheet)
            ?? throw new ReturnUnreadableException(
                $"The workbook has no hidden sheet called '{ReturnLayout.DetailsSheet}', which says which plan and review the return is for. {Redownload}");

        var values = details.Rows.Where(r => r.Cells.Count >= 2)
            .GroupBy(r => r.Cells[0].Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Cells[1].Text.Trim(), StringComparer.OrdinalIgnoreCase);
        var planId = Id(values, ReturnLayout.PlanIdLabel);
        var reviewId = Id(values, ReturnLayout.ReviewIdLabel);

        var sheet = document.Tables[table];
        var (headerRow, columns) = Header(sheet);
        var rows = sheet.Rows.Where(r => r.Number > headerRow)
            .Select(r => new ReturnRow(r.Number, Text(r, columns.Key), Text(r, columns.Score), Text(r, columns.Update),
                Text(r, columns.UpdateDate), Text(r, columns.Evidence)))
            .Where(r => !r.IsBlank)
            .ToList();

        return new ReturnFile(document, table, planId, reviewId, values.GetValueOrDefault(ReturnLayout.MadeAtLabel),
            values.GetValueOrDefault(ReturnLayout.MadeForLabel), columns, rows, Shown(details));
    }

    private static long Id(IReadOnlyDictionary<string, string> values, string label) =>
        values.TryGetValue(label, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ReturnUnreadableException(
                $"The sheet '{ReturnLayout.DetailsSheet}' does not say the {label.ToLowerInvariant()} the return was made for. {Redownload}");

    /// <summary>The first row naming both the Key and the Score column; every column to fill must be there, found by its header.</summary>
    private static (int Row, ReturnColumns Columns) Header(SourceTable sheet)
    {
        foreach (var row in sheet.Rows)
        {
            int Find(string header) => row.Cells.ToList().FindIndex(c => c.Text.Trim().Equals(header, StringComparison.OrdinalIgnoreCase)) + 1;
            var key = Find(ReturnLayout.KeyHeader);
            if (key == 0 || Find(ReturnLayout.ScoreHeader) == 0) continue;
            var missing = new[] { ReturnLayout.UpdateHeader, ReturnLayout.UpdateDateHeader, ReturnLayout.EvidenceHeader }.Where(h => Find(h) == 0).ToList();
            if (missing.Count > 0)
                throw new ReturnUnreadableException(
                    $"{sheet.Where}, row {row.Number}: the header has no '{string.Join("' or '", missing)}' column, so the return cannot be read. Put the column back (its header must read exactly '{missing[0]}'), or download the return again.");
            return (row.Number, new ReturnColumns(Find(ReturnLayout.ScoreHeader), Find(ReturnLayout.UpdateHeader),
                Find(ReturnLayout.UpdateDateHeader), Find(ReturnLayout.EvidenceHeader), key));
        }
        throw new ReturnUnreadableException(
            $"{sheet.Where} has no header row with a '{ReturnLayout.ScoreHeader}' and a '{ReturnLayout.KeyHeader}' column (the key column is hidden; it must stay). {Redownload}");
    }

    /// <summary>The details sheet's copy of every row as downloaded: below the "Levels" heading, columns C to G.</summary>
    private static IReadOnlyDictionary<string, ReturnShown> Shown(SourceTable details)
    {
        var shown = new Dictionary<string, ReturnShown>(StringComparer.Ordinal);
        var start = details.Rows.FirstOrDefault(r => r.Cells.Count > 0 && r.Cells[0].Text.Trim() == ReturnLayout.LevelsLabel)?.Number;
        if (start is null || details.ColumnCount < 7) return shown;
        foreach (var row in details.Rows.Where(r => r.Number > start))
        {
            var key = row.Cells[2].Text.Trim();
            if (key.Length == 0) continue;
            shown.TryAdd(key, new ReturnShown(row.Cells[3].Text, Optional(row.Cells[4].Text), Optional(row.Cells[5].Text), Optional(row.Cells[6].Text)));
        }
        return shown;
    }

    private static string Text(SourceRow row, int column) => column >= 1 && column <= row.Cells.Count ? row.Cells[column - 1].Text.Trim() : "";

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
