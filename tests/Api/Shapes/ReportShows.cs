using System.Globalization;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// What each report format shows of the fields being added to the reports now: addressees, people a row inherits,
/// printed directions of travel, completions printed in a source, the reconciliation of printed figures, and figures
/// as of a date. One helper per field and format. Each asserts what that format shows today (every assertion can fail),
/// and its "Next:" line says what to add once the format carries the field, so the shape tests need no change.
/// </summary>
public static class ReportShows
{
    // ---- Addressees: who a recommendation is addressed to ("the local authority", "the youth justice management board").

    public static void JsonReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That((string)report.Row(itemText)["reference"]!, Is.EqualTo(reference), $"JSON: \"{itemText}\" keeps its printed number");
        // Next: Assert.That(Reads.Strings(report.Row(itemText)["addressees"]), Is.EqualTo(addressees)), and the summary's
        // counts by addressee once the report model carries them.
    }

    public static void WordReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Word.Cell(itemText, "Reference"), Is.EqualTo(reference), $"Word: \"{itemText}\" keeps its printed number");
        // Next: the plan table (or the item's cell) names each addressee, and a table counts recommendations by addressee.
    }

    public static void ExcelReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Excel.Cell(itemText, "Reference"), Is.EqualTo(reference), $"Excel: \"{itemText}\" keeps its printed number");
        // Next: Assert.That(report.Excel.Cell(itemText, "Addressed to"), Is.EqualTo(string.Join("; ", addressees))).
    }

    public static void CsvReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Csv.Cell(itemText, "Reference"), Is.EqualTo(reference), $"CSV: \"{itemText}\" keeps its printed number");
        // Next: the same column as Excel ("Addressed to"), since CSV and Excel share their columns.
    }

    // ---- Inherited people: a row that names nobody answers to the row above, and says so.

    public static void JsonReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string fromReference)
    {
        var row = report.Row(itemText);
        Assert.That((string)row["leads"]!, Is.EqualTo(leads), $"JSON: \"{itemText}\" is answered for by the lead above it");
        if (owners is not null) Assert.That((string)row["owners"]!, Is.EqualTo(owners), $"JSON: \"{itemText}\" takes the owners above it");
        // Next: the row says the people are inherited and from where, e.g. row["leadsFrom"] == fromReference.
    }

    public static void WordReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string fromReference)
    {
        Assert.That(report.Word.Cell(itemText, "Lead"), Is.EqualTo(leads), $"Word: \"{itemText}\" is answered for by the lead above it");
        // Next: the Lead cell says "(from {fromReference})", and owners are shown.
    }

    public static void ExcelReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string fromReference)
    {
        Assert.That(report.Excel.Cell(itemText, "Leads"), Is.EqualTo(leads), $"Excel: \"{itemText}\" is answered for by the lead above it");
        if (owners is not null && report.Excel.Headers.Contains("Owners"))
            Assert.That(report.Excel.Cell(itemText, "Owners"), Is.EqualTo(owners), $"Excel: \"{itemText}\" takes the owners above it");
        // Next: a column saying where the people come from ("Leads from": fromReference).
    }

    public static void CsvReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string fromReference)
    {
        Assert.That(report.Csv.Cell(itemText, "Leads"), Is.EqualTo(leads), $"CSV: \"{itemText}\" is answered for by the lead above it");
        if (owners is not null && report.Csv.Headers.Contains("Owners"))
            Assert.That(report.Csv.Cell(itemText, "Owners"), Is.EqualTo(owners), $"CSV: \"{itemText}\" takes the owners above it");
        // Next: the same "Leads from" column as Excel.
    }

    // ---- Printed directions of travel: the words the source printed, beside the direction the scores give.

    public static void JsonReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That((string)report.Row(itemText)["directionText"]!, Is.EqualTo(computed), $"JSON: the direction of travel the scores give for \"{itemText}\"");
        // Next: row["printedDirectionText"] == printedText, row["printedContradicts"] == contradicts, and a sentence or an
        // exception list of printed directions that contradict the scores (the summary's contradictingPrintedDirections).
    }

    public static void WordReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That(report.Word.Cell(itemText, "Direction of travel"), Is.EqualTo(computed), $"Word: the direction of travel the scores give for \"{itemText}\"");
        // Next: the cell reads e.g. "Maintained; printed as Improving, which the scores do not support" when contradicts.
    }

    public static void ExcelReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That(report.Excel.Cell(itemText, "Direction of travel"), Is.EqualTo(computed), $"Excel: the direction of travel the scores give for \"{itemText}\"");
        // Next: a "Direction as printed" column holding printedText.
    }

    public static void CsvReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That(report.Csv.Cell(itemText, "Direction of travel"), Is.EqualTo(computed), $"CSV: the direction of travel the scores give for \"{itemText}\"");
        // Next: the same "Direction as printed" column as Excel.
    }

    // ---- Complete as printed: a completion copied from a document printed before the tracker existed.

    private const string AwaitingSignOff = "Marked complete, waiting for the board's sign-off";

    public static void JsonReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string scoreText, string sourceDocument)
    {
        Assert.That(report.JsonScore(itemText, reviewLabel), Is.EqualTo(scoreText), $"JSON: \"{itemText}\" in {reviewLabel}");
        Assert.That((string)report.Row(itemText)["deadlineStatusText"]!, Is.EqualTo("Completed"), $"JSON: \"{itemText}\" counts as complete for its deadline");
        var waiting = report.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "awaitingSignOff")!["items"]!.AsArray();
        Assert.That(waiting.Select(i => (string)i!["text"]!), Has.No.Member(itemText), "JSON: a completion printed in a source waits for no sign-off");
        // Next: the row (or its score) says "Complete as printed in {sourceDocument}".
    }

    public static void WordReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string scoreText, string sourceDocument)
    {
        Assert.That(report.Word.Cell(itemText, reviewLabel), Is.EqualTo(scoreText), $"Word: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Word.TableRows(AwaitingSignOff).Select(r => r[1]), Has.No.Member(itemText), "Word: a completion printed in a source waits for no sign-off");
        // Next: "Complete as printed in {sourceDocument}" beside the score or in its own list.
    }

    public static void ExcelReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string scoreText, string sourceDocument)
    {
        Assert.That(report.Excel.Cell(itemText, reviewLabel), Is.EqualTo(scoreText), $"Excel: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Excel.Cell(itemText, "Deadline status"), Is.EqualTo("Completed"), $"Excel: \"{itemText}\" counts as complete for its deadline");
        // Next: a column saying where the completion was printed (sourceDocument).
    }

    public static void CsvReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string scoreText, string sourceDocument)
    {
        Assert.That(report.Csv.Cell(itemText, reviewLabel), Is.EqualTo(scoreText), $"CSV: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Csv.Cell(itemText, "Deadline status"), Is.EqualTo("Completed"), $"CSV: \"{itemText}\" counts as complete for its deadline");
        // Next: the same column as Excel.
    }

    // ---- Reconciliation: figures the plan printed (averages, counts, percentages) against what the scores give.

    /// <summary>The figures the scores give at the reported review, which printed figures are checked against.</summary>
    public sealed record Figures(double OverItems, double? OverPriorities, IReadOnlyList<(string Number, string Title, double Current)> Priorities);

    public static void JsonReportShowsReconciliation(PrintedReport report, Figures figures)
    {
        var summary = report.Json["summary"]!;
        Assert.That((double?)summary["overall"]!["current"], Is.EqualTo(figures.OverItems), "JSON: the mean over scored items");
        Assert.That((double?)summary["overPriorities"]?["current"], Is.EqualTo(figures.OverPriorities), "JSON: the mean of the priority figures");
        Assert.That(report.Json["priorities"]!.AsArray().Select(p => ((string?)p!["number"], (string)p["title"]!, (double?)p["current"])),
            Is.EqualTo(figures.Priorities.Select(p => ((string?)p.Number, p.Title, (double?)p.Current))), "JSON: each priority's figure");
        // Next: the summary's reportedAverages and printedFigures, each printed value beside these with its verdict and
        // explanation ("2.8 was printed, but the scores give 2.5.").
    }

    public static void WordReportShowsReconciliation(PrintedReport report, Figures figures)
    {
        var rows = report.Word.TableRows("Average scores at the previous review and this one, with the direction of travel")
            .ToDictionary(r => r[0], r => r[2]);
        Assert.That(rows.GetValueOrDefault("Whole plan"), Is.EqualTo(Show(figures.OverItems)), "Word: the mean over scored items");
        if (figures.OverPriorities is { } overPriorities)
            Assert.That(rows.GetValueOrDefault("Whole plan, mean of the priority averages"), Is.EqualTo(Show(overPriorities)), "Word: the mean of the priority figures");
        foreach (var (number, title, current) in figures.Priorities)
            Assert.That(rows.GetValueOrDefault($"Priority {number}: {title}"), Is.EqualTo(Show(current)), $"Word: priority {number}'s figure");
        // Next: a "Figures as printed" table: each printed figure, what the scores give, and whether they agree.
    }

    public static void ExcelReportShowsReconciliation(PrintedReport report, Figures figures)
    {
        // The figures are number cells ("This review" is the third column), so a spreadsheet can chart them.
        var rows = report.Excel.SummaryRows.Where(r => r.Length >= 3).GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => double.TryParse(g.First()[2], CultureInfo.InvariantCulture, out var v) ? v : (double?)null);
        Assert.That(rows.GetValueOrDefault("Whole plan (over items)"), Is.EqualTo(figures.OverItems), "Excel: the mean over scored items");
        if (figures.OverPriorities is { } overPriorities)
            Assert.That(rows.GetValueOrDefault("Whole plan (over priorities)"), Is.EqualTo(overPriorities), "Excel: the mean of the priority figures");
        foreach (var (number, title, current) in figures.Priorities)
            Assert.That(rows.GetValueOrDefault($"Priority {number}: {title}"), Is.EqualTo(current), $"Excel: priority {number}'s figure");
        // Next: the Summary sheet lists each printed figure with what the scores give and the verdict.
    }

    public static void CsvReportShowsReconciliation(PrintedReport report, string reviewLabel, Figures figures)
    {
        // The CSV has no summary: a reader works the figure out from the review's column, and must get the same mean.
        var levels = report.Csv.LevelsIn(reviewLabel);
        Assert.That(levels, Is.Not.Empty, $"CSV: scores in {reviewLabel}");
        Assert.That(Math.Round((decimal)levels.Average(), 1, MidpointRounding.AwayFromZero), Is.EqualTo((decimal)figures.OverItems),
            $"CSV: the mean of the scores in {reviewLabel} is the figure over scored items");
        // Next: nothing more unless the CSV gains a summary; the reconciliation belongs in the JSON, Word and Excel.
    }

    // ---- As of: the plan as it stood at an earlier point. Today the reports take a review; asOf is being added.

    public static void JsonReportShowsAsOf(PrintedReport report, string reviewLabel, params string[] reviewColumns)
    {
        Assert.That((string)report.Json["review"]!["label"]!, Is.EqualTo(reviewLabel), "JSON: the review reported on");
        Assert.That(report.Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(reviewColumns), "JSON: no later review's column");
        Assert.That((string)report.Json["footer"]!, Does.Contain($"Review: {reviewLabel} ("), "JSON: the footer names the review");
        // Next: with ?asOf= the report's "today" is that date and it says why (judgedOn "asOf"), as the summary does.
    }

    public static void WordReportShowsAsOf(PrintedReport report, string reviewLabel, params string[] reviewColumns)
    {
        Assert.That(report.Word.ReviewColumns, Is.EqualTo(reviewColumns.TakeLast(4)), "Word: no later review's column");
        Assert.That(report.Word.Paragraphs, Has.Some.StartsWith($"Review: {reviewLabel} ("), "Word: the review reported on");
        // Next: a line saying the figures are as of the date asked for.
    }

    public static void ExcelReportShowsAsOf(PrintedReport report, string reviewLabel, params string[] reviewColumns)
    {
        Assert.That(report.Excel.ReviewColumns, Is.EqualTo(reviewColumns), "Excel: no later review's column");
        Assert.That(report.Excel.SummaryRows.Select(r => r.FirstOrDefault()), Has.Some.Contains($"Review: {reviewLabel} ("), "Excel: the footer line names the review");
        // Next: the Summary sheet says the date the figures are as of.
    }

    public static void CsvReportShowsAsOf(PrintedReport report, string reviewLabel, params string[] reviewColumns)
    {
        Assert.That(report.Csv.ReviewColumns, Is.EqualTo(reviewColumns), "CSV: no later review's column");
        Assert.That(report.Csv.ReviewColumns[^1], Is.EqualTo(reviewLabel), "CSV: the last review column is the one reported on");
        // Next: nothing in the file itself; the file name could carry the date (…-as-of-2026-10-31.csv).
    }

    private static string Show(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
