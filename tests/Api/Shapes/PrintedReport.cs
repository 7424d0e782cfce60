using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api.Reports;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// One scrutiny report in its four formats, opened the way a council officer's programs open them: the JSON the print
/// view reads, the Word document, the Excel workbook and the CSV. Rows are found by the item's text, columns by what a
/// reader calls them ("Deadline", a review's label, and the people columns under the plan's own headings, such as
/// "Assigned lead"), so one check reads the same fact in every format. A Word cell's paragraphs are its lines.
/// </summary>
public sealed partial class PrintedReport
{
    public required JsonNode Json { get; init; }
    public required WordReport Word { get; init; }
    public required GridReport Excel { get; init; }
    public required GridReport Csv { get; init; }

    public static async Task<PrintedReport> ReadAsync(HttpClient client, long planId, string query = "")
    {
        var json = await Reads.GetAsync(client, $"/api/plans/{planId}/report{query}");
        var noun = (string)json["plan"]!["itemNoun"]!;
        var itemColumn = char.ToUpperInvariant(noun[0]) + noun[1..];

        var docx = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/docx{query}");
        var xlsx = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/xlsx{query}");
        var csv = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/csv{query}");
        // The people columns are headed with the plan's own words when it printed them ("Assigned lead"), the tracker's otherwise.
        var leadHeading = (string?)json["plan"]!["leadHeading"];
        var ownerHeading = (string?)json["plan"]!["ownerHeading"];
        return new PrintedReport
        {
            Json = json,
            Word = WordReport.Read(docx.Bytes, leadHeading ?? "Lead", ownerHeading ?? "Owner"),
            Excel = GridReport.ReadXlsx(xlsx.Bytes, itemColumn, leadHeading ?? "Leads", ownerHeading ?? "Owners"),
            Csv = GridReport.ReadCsv(csv.Bytes, itemColumn, leadHeading ?? "Leads", ownerHeading ?? "Owners"),
            FileNames = [docx.FileName ?? "", xlsx.FileName ?? "", csv.FileName ?? ""],
        };
    }

    /// <summary>The names the Word, Excel and CSV downloads were given (Content-Disposition), in that order.</summary>
    public required IReadOnlyList<string> FileNames { get; init; }

    /// <summary>
    /// The plan's own headings over the people columns in every format: JSON's leadHeading and ownerHeading (null when the
    /// plan printed none), and the columns of Word ("Lead", "Owner" otherwise) and of Excel and CSV ("Leads", "Owners").
    /// </summary>
    public void ShowsPeopleHeadings(string? lead, string? owner)
    {
        Assert.Multiple(() =>
        {
            Assert.That(((string?)Json["plan"]!["leadHeading"], (string?)Json["plan"]!["ownerHeading"]), Is.EqualTo((lead, owner)), "JSON: the plan's people headings");
            Assert.That(Word.Headers[2], Is.EqualTo(lead ?? "Lead"), "Word: the lead column of the plan table");
            if (Json["rows"]!.AsArray().Any(r => ((string)r!["owners"]!).Length > 0))
                Assert.That(Word.Headers[3], Is.EqualTo(owner ?? "Owner"), "Word: the owner column of a plan that names owners");
            else
                Assert.That(Word.Headers[3], Is.EqualTo("Deadline"), "Word: no owner column when the plan names no owners");
            foreach (var grid in new[] { Excel, Csv })
            {
                Assert.That(grid.Headers, Does.Contain(lead ?? "Leads"), $"{grid.Format}: the leads column");
                if (lead is not null && lead != "Leads") Assert.That(grid.Headers, Does.Not.Contain("Leads"), $"{grid.Format}: the plan's heading replaces \"Leads\"");
                if (owner is not null) Assert.That(grid.Headers, Does.Contain(owner).And.Not.Contain("Owners"), $"{grid.Format}: the owners column under the plan's heading");
            }
        });
    }

    /// <summary>What Word's reference column says: the reference as printed, or "Not numbered" when no row on the way down was numbered.</summary>
    public static string WordReference(string reference) => reference.Length == 0 ? "Not numbered" : reference;

    /// <summary>Names as every format but the JSON's bare fields prints them: "Priya Raman (from action 1.1)" when taken from a row above.</summary>
    public static string People(string names, string? from) => names.Length > 0 && from is not null ? $"{names} (from {from})" : names;

    /// <summary>The JSON row of an item, found by its text.</summary>
    public JsonNode Row(string itemText) =>
        Json["rows"]!.AsArray().SingleOrDefault(r => (string)r!["text"]! == itemText)
        ?? throw new AssertionException($"The JSON report has no row \"{itemText}\".");

    /// <summary>The words every format prints for an item's score in one review ("2 Amber", "No score (0)"); "" for a blank cell.</summary>
    public string JsonScore(string itemText, string reviewLabel)
    {
        var index = Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!).ToList().IndexOf(reviewLabel);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"The JSON report has no review column \"{reviewLabel}\".");
        return (string?)Row(itemText)["scores"]![index]?["text"] ?? "";
    }

    /// <summary>
    /// A scored row as each format prints it: reference, leads, owners (where the format has them), the deadline as
    /// written, the score in named reviews, the direction of travel and the latest update. <paramref name="peopleFrom"/>
    /// names the row above that the leads (and owners, when there are any) are taken from ("action 2.1"); null when the
    /// row names its own. Word, Excel and CSV print taken names with "(from …)"; the JSON keeps the names and says where.
    /// </summary>
    public void ShowsScoredRow(string itemText, string reference, string leads, string? owners, string? deadline,
        IReadOnlyDictionary<string, string> scores, string direction, string? latestUpdate, string? peopleFrom = null)
    {
        var leadsText = People(leads, peopleFrom);
        var ownersText = owners is null ? null : People(owners, peopleFrom);
        Assert.Multiple(() =>
        {
            var row = Row(itemText);
            Assert.That((string)row["reference"]!, Is.EqualTo(reference), $"JSON: the reference of \"{itemText}\"");
            Assert.That(((string)row["leads"]!, (string?)row["leadsInheritedFrom"], (string)row["leadsText"]!), Is.EqualTo((leads, peopleFrom, leadsText)),
                $"JSON: the leads of \"{itemText}\"");
            if (owners is not null)
                Assert.That(((string)row["owners"]!, (string?)row["ownersInheritedFrom"], (string)row["ownersText"]!),
                    Is.EqualTo((owners, owners.Length == 0 ? null : peopleFrom, ownersText)), $"JSON: the owners of \"{itemText}\"");
            Assert.That((string?)row["deadlineText"], Is.EqualTo(deadline), $"JSON: the deadline of \"{itemText}\"");
            foreach (var (label, words) in scores) Assert.That(JsonScore(itemText, label), Is.EqualTo(words), $"JSON: \"{itemText}\" in {label}");
            Assert.That((string)row["directionText"]!, Is.EqualTo(direction), $"JSON: the direction of travel of \"{itemText}\"");
            Assert.That((string?)row["latestUpdate"], Is.EqualTo(latestUpdate), $"JSON: the latest update of \"{itemText}\"");

            Assert.That(Word.Cell(itemText, "Reference"), Is.EqualTo(WordReference(reference)), $"Word: the reference of \"{itemText}\"");
            Assert.That(Word.Cell(itemText, Word.LeadColumn), Is.EqualTo(leadsText), $"Word: the lead of \"{itemText}\"");
            // Word has an owner column only when the plan names owners: a row with none then has an empty cell, or no cell at all.
            if (ownersText is not null)
                Assert.That(Word.Cell(itemText, Word.OwnerColumn) ?? "", Is.EqualTo(ownersText), $"Word: the owner of \"{itemText}\"");
            Assert.That(Word.Cell(itemText, "Deadline"), deadline is null ? Is.Not.Null : Does.StartWith(deadline), $"Word: the deadline of \"{itemText}\"");
            foreach (var (label, words) in scores.Where(s => Word.Headers.Contains(s.Key)))
                Assert.That(Word.Cell(itemText, label), Is.EqualTo(words), $"Word: \"{itemText}\" in {label}");
            // The direction the scores give is the cell's first line; a printed direction, when there is one, is its second.
            var directionLines = Word.Lines(itemText, "Direction of travel");
            Assert.That(directionLines.Length > 0 ? directionLines[0] : null, Is.EqualTo(direction), $"Word: the direction of travel of \"{itemText}\"");
            Assert.That(directionLines, Has.Length.EqualTo(row["printedDirection"] is null ? 1 : 2), $"Word: a second line only for a printed direction (\"{itemText}\")");
            Assert.That(Word.Cell(itemText, "Latest update"), latestUpdate is null ? Is.EqualTo("") : Does.EndWith(latestUpdate),
                $"Word: the latest update of \"{itemText}\"");

            foreach (var grid in new[] { Excel, Csv })
            {
                Assert.That(grid.Cell(itemText, "Reference"), Is.EqualTo(reference), $"{grid.Format}: the reference of \"{itemText}\"");
                Assert.That(grid.Cell(itemText, grid.LeadColumn), Is.EqualTo(leadsText), $"{grid.Format}: the leads of \"{itemText}\"");
                if (ownersText is not null)
                    Assert.That(grid.Cell(itemText, grid.OwnerColumn) ?? "", Is.EqualTo(ownersText), $"{grid.Format}: the owners of \"{itemText}\"");
                Assert.That(grid.Cell(itemText, "Deadline as written"), Is.EqualTo(deadline ?? ""), $"{grid.Format}: the deadline of \"{itemText}\"");
                foreach (var (label, words) in scores) Assert.That(grid.Cell(itemText, label), Is.EqualTo(words), $"{grid.Format}: \"{itemText}\" in {label}");
                Assert.That(grid.Cell(itemText, "Direction of travel"), Is.EqualTo(direction), $"{grid.Format}: the direction of travel of \"{itemText}\"");
                Assert.That(grid.Cell(itemText, "Latest update"), Is.EqualTo(latestUpdate ?? ""), $"{grid.Format}: the latest update of \"{itemText}\"");
            }
        });
    }

    /// <summary>
    /// A row the plan does not score (a priority, or a recommendation above scored actions): in the JSON and Word only.
    /// <paramref name="leadsFrom"/> names the row above its leads are taken from, as for scored rows.
    /// </summary>
    public void ShowsUnscoredRow(string itemText, string reference, string leads, string? leadsFrom = null)
    {
        var row = Row(itemText);
        Assert.That(((string)row["reference"]!, (string)row["leads"]!, (string?)row["leadsInheritedFrom"], (bool)row["isScored"]!),
            Is.EqualTo((reference, leads, leadsFrom, false)), $"JSON: \"{itemText}\"");
        Assert.That((Word.Cell(itemText, "Reference"), Word.Cell(itemText, Word.LeadColumn)), Is.EqualTo((WordReference(reference), People(leads, leadsFrom))),
            $"Word: \"{itemText}\"");
        Assert.That(Excel.HasRow(itemText) || Csv.HasRow(itemText), Is.False, "Excel and CSV hold only the scored rows");
    }

    /// <summary>Each format's review columns, in column order (the Word table shows at most the latest four).</summary>
    public void ShowsReviewColumns(params string[] labels)
    {
        Assert.That(Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(labels), "JSON: the review columns");
        Assert.That(Word.ReviewColumns, Is.EqualTo(labels.TakeLast(4)), "Word: the review columns of the plan table (the latest four)");
        foreach (var grid in new[] { Excel, Csv })
            Assert.That(grid.ReviewColumns, Is.EqualTo(labels), $"{grid.Format}: the review columns");
    }

    /// <summary>No format prints the word "null" anywhere: a value the source lacked is left blank or said in words.</summary>
    public void NoFormatPrintsNull()
    {
        Assert.Multiple(() =>
        {
            foreach (var (format, texts) in new[] { ("JSON", JsonStrings(Json)), ("Word", Word.AllText), ("Excel", Excel.AllText), ("CSV", Csv.AllText) })
                Assert.That(texts.Where(t => NullWord().IsMatch(t)), Is.Empty, $"{format} prints \"null\"");
        });
    }

    private static IEnumerable<string> JsonStrings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => JsonStrings(p.Value)),
        JsonArray a => a.SelectMany(JsonStrings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    [GeneratedRegex(@"\bnull\b", RegexOptions.IgnoreCase)]
    private static partial Regex NullWord();
}

/// <summary>The Word download's text: its paragraphs and tables, and the full-plan table's cells by item and header.</summary>
public sealed class WordReport
{
    /// <summary>The plan table's lead column: the plan's own heading, or "Lead".</summary>
    public required string LeadColumn { get; init; }
    /// <summary>The plan table's owner column (there only when the plan names owners): the plan's own heading, or "Owner".</summary>
    public required string OwnerColumn { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    /// <summary>Every table in order, by its caption (the alternative text a screen reader announces).</summary>
    public required IReadOnlyList<(string Caption, List<string[]> Rows)> Tables { get; init; }

    /// <summary>The last table: the full plan, one row per row of the plan.</summary>
    public List<string[]> PlanTable => Tables[^1].Rows;

    /// <summary>The rows under the header of the table with this caption; empty when there is no such table (an empty list prints its sentence instead).</summary>
    public IReadOnlyList<string[]> TableRows(string caption) =>
        Tables.Where(t => t.Caption == caption).SelectMany(t => t.Rows.Skip(1)).ToList();

    public string[] Headers => PlanTable[0];

    /// <summary>The score columns of the plan table: between Deadline and Direction of travel.</summary>
    // The plan table's columns: Reference, Item, the lead column (and an owner column when the plan names owners),
    // Deadline, then one per review up to Direction of travel.
    public string[] ReviewColumns => Headers[(Array.IndexOf(Headers, "Deadline") + 1)..Array.IndexOf(Headers, "Direction of travel")];

    public IEnumerable<string> AllText => Paragraphs.Concat(Tables.SelectMany(t => t.Rows.SelectMany(r => r)));

    public static WordReport Read(byte[] bytes, string leadColumn, string ownerColumn)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var footers = document.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerText);
        return new WordReport
        {
            LeadColumn = leadColumn, OwnerColumn = ownerColumn,
            Paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).Concat(footers).ToList(),
            Tables = body.Elements<W.Table>()
                .Select(t => (t.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableCaption>()?.Val?.Value ?? "", Cells(t)))
                .ToList(),
        };
    }

    /// <summary>
    /// A table's cells, each its paragraphs joined with a line break: an item's cell may have a second line ("Addressed
    /// to …"), and a direction of travel the one printed beside it.
    /// </summary>
    private static List<string[]> Cells(W.Table table) => table.Elements<W.TableRow>()
        .Select(r => r.Elements<W.TableCell>().Select(c => string.Join("\n", c.Elements<W.Paragraph>().Select(p => p.InnerText))).ToArray())
        .ToList();

    /// <summary>The plan table's row whose Item cell starts "Recommendation: {text}" (or Action, Priority, Success measure) on its first line.</summary>
    public string[]? RowOf(string itemText) =>
        PlanTable.Skip(1).SingleOrDefault(r => r[1].Split('\n')[0].EndsWith(": " + itemText, StringComparison.Ordinal));

    /// <summary>A plan-table cell's lines (its paragraphs); empty when the table has no such column.</summary>
    public string[] Lines(string itemText, string header) => Cell(itemText, header)?.Split('\n') ?? [];

    public string? Cell(string itemText, string header)
    {
        var row = RowOf(itemText) ?? throw new AssertionException($"The Word plan table has no row \"{itemText}\".");
        var index = Array.IndexOf(Headers, header);
        return index < 0 ? null : row[index];
    }
}

/// <summary>The Excel sheet "Action plan" or the CSV: a header row and one row per scored item.</summary>
public sealed class GridReport
{
    public required string Format { get; init; }
    public required string ItemColumn { get; init; }
    /// <summary>The leads column: the plan's own heading, or "Leads".</summary>
    public required string LeadColumn { get; init; }
    /// <summary>The owners column, where there is one: the plan's own heading, or "Owners".</summary>
    public required string OwnerColumn { get; init; }
    public required string[] Headers { get; init; }
    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; init; }
    /// <summary>Every other text in the file: Excel's Summary sheet, row by row (empty cells left out).</summary>
    public IReadOnlyList<string[]> SummaryRows { get; init; } = [];
    /// <summary>Excel's Reconciliation sheet, row by row (empty cells left out); nothing for the CSV.</summary>
    public IReadOnlyList<string[]> ReconciliationRows { get; init; } = [];

    /// <summary>The score columns: between Deadline status and Direction of travel.</summary>
    // After the deadline columns and the date the status was judged on (and why), one column per review.
    public string[] ReviewColumns => Headers[(Array.IndexOf(Headers, "Why that date") + 1)..Array.IndexOf(Headers, "Direction of travel")];

    public IEnumerable<string> AllText =>
        Headers.Concat(Rows.SelectMany(r => r.Values)).Concat(SummaryRows.SelectMany(r => r)).Concat(ReconciliationRows.SelectMany(r => r));

    public bool HasRow(string itemText) => Rows.Any(r => r.GetValueOrDefault(ItemColumn) == itemText);

    public string? Cell(string itemText, string header)
    {
        var row = Rows.SingleOrDefault(r => r.GetValueOrDefault(ItemColumn) == itemText)
                  ?? throw new AssertionException($"{Format} has no row \"{itemText}\" (column {ItemColumn}).");
        return row.TryGetValue(header, out var text) ? text : null;
    }

    public static GridReport ReadXlsx(byte[] bytes, string itemColumn, string leadColumn, string ownerColumn)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = new XlsxReportTests.Sheet(document, "Action plan");
        // Empty cells are not written at all, so cells are read by their column letter rather than by position in the row.
        var headers = sheet.RowTexts(sheet.Rows[0]);
        var letters = headers.ToDictionary(h => h, sheet.Column);
        var rows = sheet.Rows.Skip(1)
            .Select(r => (IReadOnlyDictionary<string, string>)headers.ToDictionary(h => h, h => sheet.Text(sheet.Cell($"{letters[h]}{r.RowIndex}"))))
            .ToList();
        var summary = new XlsxReportTests.Sheet(document, "Summary");
        var reconciliation = new XlsxReportTests.Sheet(document, "Reconciliation");
        return new GridReport
        {
            Format = "Excel", ItemColumn = itemColumn, LeadColumn = leadColumn, OwnerColumn = ownerColumn, Headers = headers, Rows = rows,
            SummaryRows = summary.Rows.Select(summary.RowTexts).ToList(),
            ReconciliationRows = reconciliation.Rows.Select(reconciliation.RowTexts).ToList(),
        };
    }

    public static GridReport ReadCsv(byte[] bytes, string itemColumn, string leadColumn, string ownerColumn)
    {
        var records = CsvReportTests.Parse(bytes, out var headers);
        return new GridReport
        {
            Format = "CSV", ItemColumn = itemColumn, LeadColumn = leadColumn, OwnerColumn = ownerColumn, Headers = headers,
            Rows = records.Select(r => (IReadOnlyDictionary<string, string>)headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList(),
        };
    }

    /// <summary>The level numbers printed in a review's column ("3 On track" is 3), leaving out "No score" and blanks.</summary>
    public IReadOnlyList<int> LevelsIn(string reviewLabel) =>
        Rows.Select(r => r.GetValueOrDefault(reviewLabel) ?? "")
            .Select(text => text.Split(' ')[0])
            .Where(first => int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(first => int.Parse(first, CultureInfo.InvariantCulture)).ToList();
}
