using System.Globalization;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// What each report format shows of the fields issue 10 added to the reports (docs/reports.md): addressees, people a
/// row takes from the row above, printed directions of travel, completions printed in a source, the reconciliation of
/// printed figures with the scores, and the date the figures are as of and judged on. One helper per field and format,
/// each asserting the field where that format carries it, so a shape test reads the same fact in all four.
/// </summary>
public static class ReportShows
{
    // ---- Addressees: who a recommendation is addressed to ("the local authority", "the youth justice management board").

    private const string AddresseesTable = "Who the recommendations are addressed to";

    /// <summary>What the summary's counts call recommendations addressed to nobody, beside those that are.</summary>
    private const string NoAddressee = "(none)";

    public static void JsonReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        var row = report.Row(itemText);
        Assert.That((string)row["reference"]!, Is.EqualTo(reference), $"JSON: \"{itemText}\" keeps its printed number");
        Assert.That(Reads.Strings(row["addressees"]), Is.EqualTo(addressees), $"JSON: who \"{itemText}\" is addressed to");
        var counted = report.Json["summary"]!["addressees"]!.AsArray().Select(a => (string)a!["addressee"]!).ToList();
        Assert.That(counted, addressees.Length == 0 ? Does.Contain(NoAddressee) : Is.SupersetOf(addressees), "JSON: the summary counts recommendations by addressee");
    }

    public static void WordReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Word.Cell(itemText, "Reference"), Is.EqualTo(PrintedReport.WordReference(reference)), $"Word: \"{itemText}\" keeps its printed number");
        // The addressees are the item cell's second line; a recommendation addressed to nobody has none.
        Assert.That(report.Word.Lines(itemText, "Item").Skip(1),
            Is.EqualTo(addressees.Length == 0 ? Array.Empty<string>() : [$"Addressed to {string.Join("; ", addressees)}"]), $"Word: who \"{itemText}\" is addressed to");
        Assert.That(report.Word.TableRows(AddresseesTable).Select(r => r[0]), addressees.Length == 0 ? Does.Contain(NoAddressee) : Is.SupersetOf(addressees),
            "Word: the summary's table of recommendations by addressee");
    }

    public static void ExcelReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Excel.Cell(itemText, "Reference"), Is.EqualTo(reference), $"Excel: \"{itemText}\" keeps its printed number");
        Assert.That(report.Excel.Cell(itemText, "Addressed to"), Is.EqualTo(string.Join("; ", addressees)), $"Excel: who \"{itemText}\" is addressed to");
        // The Summary sheet counts them under an "Addressed to" header row.
        var rows = report.Excel.SummaryRows.SkipWhile(r => r.FirstOrDefault() != "Addressed to").Skip(1).TakeWhile(r => r.Length > 0).Select(r => r[0]);
        Assert.That(rows, addressees.Length == 0 ? Does.Contain(NoAddressee) : Is.SupersetOf(addressees), "Excel: the Summary sheet's counts by addressee");
    }

    public static void CsvReportShowsAddressees(PrintedReport report, string itemText, string reference, params string[] addressees)
    {
        Assert.That(report.Csv.Cell(itemText, "Reference"), Is.EqualTo(reference), $"CSV: \"{itemText}\" keeps its printed number");
        Assert.That(report.Csv.Cell(itemText, "Addressed to"), Is.EqualTo(string.Join("; ", addressees)), $"CSV: who \"{itemText}\" is addressed to");
    }

    // ---- Inherited people: a row that names nobody answers to the row above, and says so ("from action 1.1").

    public static void JsonReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string from)
    {
        var row = report.Row(itemText);
        Assert.That(((string)row["leads"]!, (string?)row["leadsInheritedFrom"], (string)row["leadsText"]!), Is.EqualTo((leads, from, $"{leads} (from {from})")),
            $"JSON: \"{itemText}\" is answered for by the lead of the {from}");
        if (owners is not null)
            Assert.That(((string)row["owners"]!, (string?)row["ownersInheritedFrom"], (string)row["ownersText"]!), Is.EqualTo((owners, from, $"{owners} (from {from})")),
                $"JSON: \"{itemText}\" takes the owners of the {from}");
    }

    public static void WordReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string from)
    {
        Assert.That(report.Word.Cell(itemText, report.Word.LeadColumn), Is.EqualTo($"{leads} (from {from})"), $"Word: \"{itemText}\" is answered for by the lead of the {from}");
        if (owners is not null)
            Assert.That(report.Word.Cell(itemText, report.Word.OwnerColumn), Is.EqualTo($"{owners} (from {from})"), $"Word: \"{itemText}\" takes the owners of the {from}");
    }

    public static void ExcelReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string from) =>
        GridShowsInheritedPeople(report.Excel, itemText, leads, owners, from);

    public static void CsvReportShowsInheritedPeople(PrintedReport report, string itemText, string leads, string? owners, string from) =>
        GridShowsInheritedPeople(report.Csv, itemText, leads, owners, from);

    private static void GridShowsInheritedPeople(GridReport grid, string itemText, string leads, string? owners, string from)
    {
        Assert.That(grid.Cell(itemText, grid.LeadColumn), Is.EqualTo($"{leads} (from {from})"), $"{grid.Format}: \"{itemText}\" is answered for by the lead of the {from}");
        if (owners is not null)
            Assert.That(grid.Cell(itemText, grid.OwnerColumn), Is.EqualTo($"{owners} (from {from})"), $"{grid.Format}: \"{itemText}\" takes the owners of the {from}");
    }

    // ---- Printed directions of travel: the words the source printed, beside the direction the scores give.
    // printedText is the direction as printed, which here is also the word for its reading ("Improving").

    private const string ContradictingPrinted = "Printed directions of travel that contradict the scores";

    public static void JsonReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        var row = report.Row(itemText);
        Assert.That((string)row["directionText"]!, Is.EqualTo(computed), $"JSON: the direction of travel the scores give for \"{itemText}\"");
        Assert.That(((string?)row["printedDirectionText"], (bool)row["printedDirectionContradicts"]!), Is.EqualTo(((string?)printedText, contradicts)),
            $"JSON: the direction printed for \"{itemText}\" and whether the scores contradict it");
        var listed = report.Json["reconciliation"]!["contradictingPrintedDirections"]!["items"]!.AsArray().Select(i => (string)i!["text"]!);
        Assert.That(listed, contradicts ? Does.Contain(itemText) : Does.Not.Contain(itemText), "JSON: the reconciliation lists the printed directions the scores contradict");
    }

    public static void WordReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That(report.Word.Lines(itemText, "Direction of travel"),
            Is.EqualTo(new[] { computed, $"Printed: {printedText}" + (contradicts ? ", which the scores do not support" : "") }),
            $"Word: the direction of travel the scores give for \"{itemText}\", and the one printed beneath it");
        Assert.That(report.Word.TableRows(ContradictingPrinted).Select(r => r[1]), contradicts ? Does.Contain(itemText) : Does.Not.Contain(itemText),
            "Word: the reconciliation's table of printed directions the scores contradict");
    }

    public static void ExcelReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts)
    {
        GridShowsPrintedDirections(report.Excel, itemText, computed, printedText, contradicts);
        Assert.That(report.Excel.ReconciliationRows.Where(r => r.Length > 1).Select(r => r[1]), contradicts ? Does.Contain(itemText) : Does.Not.Contain(itemText),
            "Excel: the Reconciliation sheet lists the printed directions the scores contradict");
    }

    public static void CsvReportShowsPrintedDirections(PrintedReport report, string itemText, string computed, string printedText, bool contradicts) =>
        GridShowsPrintedDirections(report.Csv, itemText, computed, printedText, contradicts);

    private static void GridShowsPrintedDirections(GridReport grid, string itemText, string computed, string printedText, bool contradicts)
    {
        Assert.That(grid.Cell(itemText, "Direction of travel"), Is.EqualTo(computed), $"{grid.Format}: the direction of travel the scores give for \"{itemText}\"");
        Assert.That((grid.Cell(itemText, "Printed direction of travel"), grid.Cell(itemText, "Printed direction contradicts the scores")),
            Is.EqualTo(((string?)printedText, (string?)(contradicts ? "Yes" : "No"))), $"{grid.Format}: the direction printed for \"{itemText}\" and whether the scores contradict it");
    }

    // ---- Complete as printed: a completion copied from a document printed before the tracker existed.

    private const string AwaitingSignOff = "Marked complete, waiting for the board's sign-off";
    private const string CompleteAsPrinted = "Complete as printed in the source, not signed off in the tracker";

    /// <summary>"4 Completed (complete as printed in …)": the score never reads as one the board signed off.</summary>
    private static string AsPrinted(string levelText, string sourceDocument) => $"{levelText} (complete as printed in {sourceDocument})";

    /// <summary>Why the item is on the list: the document and the review it was printed for.</summary>
    private static string AsPrintedDetail(string reviewLabel, string sourceDocument) => $"Complete as printed in {sourceDocument} ({reviewLabel})";

    public static void JsonReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string levelText, string sourceDocument)
    {
        Assert.That(report.JsonScore(itemText, reviewLabel), Is.EqualTo(AsPrinted(levelText, sourceDocument)), $"JSON: \"{itemText}\" in {reviewLabel}");
        var index = report.Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!).ToList().IndexOf(reviewLabel);
        var score = report.Row(itemText)["scores"]![index]!;
        Assert.That(((bool)score["completeAsPrinted"]!, (string?)score["sourceDocument"], (string?)score["signOffStatus"]), Is.EqualTo((true, (string?)sourceDocument, (string?)null)),
            $"JSON: \"{itemText}\" is complete as printed in its source, with no sign-off");
        Assert.That((string)report.Row(itemText)["deadlineStatusText"]!, Is.EqualTo("Completed"), $"JSON: \"{itemText}\" counts as complete for its deadline");
        var exceptions = report.Json["exceptions"]!.AsArray();
        var waiting = exceptions.Single(e => (string)e!["kind"]! == "awaitingSignOff")!["items"]!.AsArray();
        Assert.That(waiting.Select(i => (string)i!["text"]!), Has.No.Member(itemText), "JSON: a completion printed in a source waits for no sign-off");
        var asPrinted = exceptions.Single(e => (string)e!["kind"]! == "completeAsPrinted")!["items"]!.AsArray();
        Assert.That(asPrinted.Select(i => ((string)i!["text"]!, (string)i["detail"]!)), Does.Contain((itemText, AsPrintedDetail(reviewLabel, sourceDocument))),
            "JSON: the list of completions as printed names it and its document");
        Assert.That((int)report.Json["summary"]!["completeAsPrinted"]!, Is.EqualTo(asPrinted.Count), "JSON: the summary counts the completions as printed");
    }

    public static void WordReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string levelText, string sourceDocument)
    {
        Assert.That(report.Word.Cell(itemText, reviewLabel), Is.EqualTo(AsPrinted(levelText, sourceDocument)), $"Word: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Word.TableRows(AwaitingSignOff).Select(r => r[1]), Has.No.Member(itemText), "Word: a completion printed in a source waits for no sign-off");
        var listed = report.Word.TableRows(CompleteAsPrinted);
        Assert.That(listed.Select(r => (r[1], r[4])), Does.Contain((itemText, AsPrintedDetail(reviewLabel, sourceDocument))),
            "Word: the list of completions as printed names it and its document");
        Assert.That(report.Word.Paragraphs, Does.Contain($"{CompleteAsPrinted} ({listed.Count})"), "Word: the list's heading counts it");
    }

    public static void ExcelReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string levelText, string sourceDocument)
    {
        Assert.That(report.Excel.Cell(itemText, reviewLabel), Is.EqualTo(AsPrinted(levelText, sourceDocument)), $"Excel: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Excel.Cell(itemText, "Deadline status"), Is.EqualTo("Completed"), $"Excel: \"{itemText}\" counts as complete for its deadline");
        var completions = report.Json["summary"]!["completeAsPrinted"]!.ToString();
        Assert.That(report.Excel.SummaryRows, Has.Some.EqualTo(new[] { CompleteAsPrinted, completions }), "Excel: the Summary sheet counts the completions as printed");
    }

    public static void CsvReportShowsCompleteAsPrinted(PrintedReport report, string itemText, string reviewLabel, string levelText, string sourceDocument)
    {
        Assert.That(report.Csv.Cell(itemText, reviewLabel), Is.EqualTo(AsPrinted(levelText, sourceDocument)), $"CSV: \"{itemText}\" in {reviewLabel}");
        Assert.That(report.Csv.Cell(itemText, "Deadline status"), Is.EqualTo("Completed"), $"CSV: \"{itemText}\" counts as complete for its deadline");
    }

    // ---- Reconciliation: what the plan printed (averages, directions of travel, the scale's sense) against the scores.

    /// <summary>
    /// An average the plan printed, beside the two means the scores give. Matches: "The mean over scored items", "The mean
    /// of the priority figures" or "Neither". OverPriorities only for the whole of a grouped plan.
    /// </summary>
    public sealed record PrintedAverage(string Scope, double Printed, string Source, double OverItems, double? OverPriorities, string Matches, string Finding)
    {
        public bool Disagrees => Matches == "Neither";
        public bool IsPriority => Scope.StartsWith("Priority", StringComparison.Ordinal);
    }

    /// <summary>
    /// The figures the scores give at the reported review, which printed figures are checked against; the averages the
    /// plan printed for that review; and what the report says of the scale's sense. Reading: how many printed directions
    /// beside a moved score fit each reading, for a scale whose direction is not stated (null when it is).
    /// </summary>
    public sealed record Figures(double OverItems, double? OverPriorities, IReadOnlyList<(string Number, string Title, double Current)> Priorities)
    {
        public IReadOnlyList<PrintedAverage> PrintedAverages { get; init; } = [];
        public string Scale { get; init; } = "The scale says higher is better, so directions of travel are judged that way.";
        public (int Compared, int IfHigherIsBetter, int IfLowerIsBetter)? Reading { get; init; }
    }

    private const string PrintedAveragesTable = "Printed averages checked against the scores";
    private const string ReadingTable = "Printed directions of travel beside a score that moved, by the reading they fit";

    public static void JsonReportShowsReconciliation(PrintedReport report, Figures figures)
    {
        var summary = report.Json["summary"]!;
        Assert.That((double?)summary["overall"]!["current"], Is.EqualTo(figures.OverItems), "JSON: the mean over scored items");
        Assert.That((double?)summary["overPriorities"]?["current"], Is.EqualTo(figures.OverPriorities), "JSON: the mean of the priority figures");
        Assert.That(report.Json["priorities"]!.AsArray().Select(p => ((string?)p!["number"], (string)p["title"]!, (double?)p["current"])),
            Is.EqualTo(figures.Priorities.Select(p => ((string?)p.Number, p.Title, (double?)p.Current))), "JSON: each priority's figure");

        var reconciliation = report.Json["reconciliation"]!;
        Assert.That(reconciliation["printedAverages"]!.AsArray().Select(a => new PrintedAverage((string)a!["scope"]!, (double)a["printed"]!, (string)a["source"]!,
                (double)a["overItems"]!, (double?)a["overPriorities"], (string)a["matchesText"]!, (string)a["explanation"]!)),
            Is.EqualTo(figures.PrintedAverages), "JSON: each printed average beside both means, which it matches, and the finding");
        Assert.That(reconciliation["printedAverages"]!.AsArray().Select(a => (bool)a!["disagrees"]!), Is.EqualTo(figures.PrintedAverages.Select(a => a.Disagrees)),
            "JSON: which printed averages disagree with the scores");
        if (figures.PrintedAverages.Count == 0)
            Assert.That((string)reconciliation["printedAveragesEmptyText"]!, Is.EqualTo($"No average was recorded as printed for {(string)report.Json["review"]!["label"]!}."),
                "JSON: what to print when no average was printed");

        var scale = reconciliation["scaleDirection"]!;
        Assert.That(((string)scale["text"]!, (bool)scale["stated"]!), Is.EqualTo((figures.Scale, figures.Reading is null)), "JSON: which end of the scale is better");
        if (figures.Reading is { } reading)
            Assert.That(((int)scale["compared"]!, (int)scale["agreeIfHigherIsBetter"]!, (int)scale["agreeIfLowerIsBetter"]!), Is.EqualTo(reading),
                "JSON: how many printed directions fit each reading of the scale");
    }

    public static void WordReportShowsReconciliation(PrintedReport report, Figures figures)
    {
        var rows = report.Word.TableRows("Average scores at the previous review and this one, with the direction of travel")
            .ToDictionary(r => r[0], r => r[2]);
        // A grouped plan has two whole-plan figures, and each says which mean it is.
        var overItems = figures.OverPriorities is null ? "Whole plan" : $"Whole plan, mean over scored {(string)report.Json["plan"]!["itemNounPlural"]!}";
        Assert.That(rows.GetValueOrDefault(overItems), Is.EqualTo(Show(figures.OverItems)), "Word: the mean over scored items");
        if (figures.OverPriorities is { } overPriorities)
            Assert.That(rows.GetValueOrDefault("Whole plan, mean of the priority averages"), Is.EqualTo(Show(overPriorities)), "Word: the mean of the priority figures");
        foreach (var (number, title, current) in figures.Priorities)
            Assert.That(rows.GetValueOrDefault($"Priority {number}: {title}"), Is.EqualTo(Show(current)), $"Word: priority {number}'s figure");

        // The printed averages, with the mean of the priority figures only in grouped plans.
        var grouped = figures.OverPriorities is not null;
        Assert.That(report.Word.TableRows(PrintedAveragesTable), Is.EqualTo(figures.PrintedAverages.Select(a => grouped
            ? new[] { a.Scope, Show(a.Printed), a.Source, Show(a.OverItems), a.OverPriorities is { } op ? Show(op) : "Not applicable", a.Matches, a.Finding }
            : [a.Scope, Show(a.Printed), a.Source, Show(a.OverItems), a.Matches, a.Finding])), "Word: the printed averages checked against the scores");
        Assert.That(report.Word.Paragraphs, Does.Contain($"{PrintedAveragesTable} ({figures.PrintedAverages.Count})"), "Word: the printed averages' heading counts them");
        if (figures.PrintedAverages.Count == 0)
            Assert.That(report.Word.Paragraphs, Does.Contain($"No average was recorded as printed for {(string)report.Json["review"]!["label"]!}."), "Word: no average was printed");

        Assert.That(report.Word.Paragraphs.SkipWhile(p => p != "Which end of the scale is better").Skip(1).FirstOrDefault(), Is.EqualTo(figures.Scale),
            "Word: which end of the scale is better");
        Assert.That(report.Word.TableRows(ReadingTable), Is.EqualTo(figures.Reading is { } reading
            ? new[] { new[] { "Higher is better", $"{reading.IfHigherIsBetter} of {reading.Compared}" }, ["Lower is better", $"{reading.IfLowerIsBetter} of {reading.Compared}"] }
            : []), "Word: how many printed directions fit each reading of a scale whose direction is not stated");
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

        // The Reconciliation sheet: the printed averages under their header row (numbers as number cells; an empty cell is
        // not written, so the whole of an ungrouped plan has no "mean of the priority figures" cell at all).
        var sheet = report.Excel.ReconciliationRows;
        Assert.That(sheet, Has.Some.EqualTo(new[] { $"{PrintedAveragesTable} ({figures.PrintedAverages.Count})" }), "Excel: the printed averages' heading counts them");
        // The printed averages' table (its header has "Where printed" third); other printed figures have a table of their own.
        var printed = sheet.SkipWhile(r => !(r.Length > 2 && r[0] == "Figure" && r[2] == "Where printed")).Skip(1).TakeWhile(r => r.Length > 0).ToList();
        Assert.That(printed, Is.EqualTo(figures.PrintedAverages.Select(a => new[]
            {
                a.Scope, Number(a.Printed), a.Source, Number(a.OverItems),
                a.OverPriorities is { } op ? Number(op) : a.IsPriority ? "Not applicable" : null, a.Matches, a.Finding,
            }.OfType<string>().ToArray())), "Excel: the printed averages checked against the scores");
        if (figures.PrintedAverages.Count == 0)
            Assert.That(sheet, Has.Some.EqualTo(new[] { $"No average was recorded as printed for {(string)report.Json["review"]!["label"]!}." }), "Excel: no average was printed");

        Assert.That(sheet.SkipWhile(r => r.FirstOrDefault() != "Which end of the scale is better").Skip(1).FirstOrDefault(), Is.EqualTo(new[] { figures.Scale }),
            "Excel: which end of the scale is better");
        var readings = sheet.Where(r => r.FirstOrDefault() is "Higher is better" or "Lower is better").ToList();
        Assert.That(readings, Is.EqualTo(figures.Reading is { } reading
            ? new[] { new[] { "Higher is better", Number(reading.IfHigherIsBetter), Number(reading.Compared) }, ["Lower is better", Number(reading.IfLowerIsBetter), Number(reading.Compared)] }
            : []), "Excel: how many printed directions fit each reading of a scale whose direction is not stated");
    }

    public static void CsvReportShowsReconciliation(PrintedReport report, string reviewLabel, Figures figures)
    {
        // The CSV has no summary: a reader works the figure out from the review's column, and must get the same mean.
        var levels = report.Csv.LevelsIn(reviewLabel);
        Assert.That(levels, Is.Not.Empty, $"CSV: scores in {reviewLabel}");
        Assert.That(Math.Round((decimal)levels.Average(), 1, MidpointRounding.AwayFromZero), Is.EqualTo((decimal)figures.OverItems),
            $"CSV: the mean of the scores in {reviewLabel} is the figure over scored items");
        // It stays one table of the scored rows: the printed-average checks are not added as rows (docs/reports.md, Choices).
        Assert.That(report.Csv.Rows, Has.Count.EqualTo(report.Json["rows"]!.AsArray().Count(r => (bool)r!["isScored"]!)), "CSV: one row per scored item, and no other");
        Assert.That(report.Csv.AllText.Where(t => figures.PrintedAverages.Any(a => t.Contains(a.Finding, StringComparison.Ordinal)) || t.StartsWith(PrintedAveragesTable, StringComparison.Ordinal)),
            Is.Empty, "CSV: the printed-average checks are in the JSON, Word and Excel, not the CSV");
    }

    // ---- As of: the plan as it stood at an earlier point, and the date overdue and due soon were judged on.

    /// <summary>
    /// The date overdue was judged on and why: today (the test server's 23 November 2026), the date asked for (asOf), or
    /// a past review's own date (reviewDate).
    /// </summary>
    public sealed record Judged(string Why, DateOnly Date, string? AsOf)
    {
        public static Judged Today { get; } = new("today", new DateOnly(2026, 11, 23), null);
        public static Judged OnReviewDate(string date) => new("reviewDate", DateOnly.Parse(date, CultureInfo.InvariantCulture), null);
        public static Judged AsOfDate(string date) => new("asOf", DateOnly.Parse(date, CultureInfo.InvariantCulture), date);

        public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        public string Words => Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

        /// <summary>The header's sentence (judgedOnText).</summary>
        public string Sentence(string reviewLabel) => Why switch
        {
            "asOf" => $"Figures as at {Words}, the date asked for: reviews held after it are left out, and overdue and due soon are judged on that date.",
            "reviewDate" => $"Overdue and due soon are judged as at {Words}, the date of {reviewLabel}: a past review is reported as it stood at its meeting.",
            _ => $"Overdue and due soon are judged as at {Words}, the day this report was made.",
        };

        /// <summary>How the footer line ends.</summary>
        public string Footer(string reviewLabel) => Why switch
        {
            "asOf" => $" · Judged as at {Words} (the date asked for)",
            "reviewDate" => $" · Judged as at {Words} (the date of {reviewLabel})",
            _ => $" · Judged as at {Words} (today)",
        };

        /// <summary>The Excel and CSV column "Why that date".</summary>
        public string Reason(string reviewLabel) => Why switch
        {
            "asOf" => "The date asked for",
            "reviewDate" => $"The date of {reviewLabel}",
            _ => "Today",
        };
    }

    public static void JsonReportShowsAsOf(PrintedReport report, string reviewLabel, Judged judged, params string[] reviewColumns)
    {
        Assert.That((string)report.Json["review"]!["label"]!, Is.EqualTo(reviewLabel), "JSON: the review reported on");
        Assert.That(report.Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(reviewColumns), "JSON: no later review's column");
        Assert.That(((string)report.Json["judgedOn"]!, (string)report.Json["today"]!, (string?)report.Json["asOf"]), Is.EqualTo((judged.Why, judged.Iso, judged.AsOf)),
            "JSON: the date judged on, why, and the date asked for");
        Assert.That((string)report.Json["judgedOnText"]!, Is.EqualTo(judged.Sentence(reviewLabel)), "JSON: the header's sentence on the date judged on");
        Assert.That((string)report.Json["footer"]!, Does.Contain($"Review: {reviewLabel} (").And.EndWith(judged.Footer(reviewLabel)),
            "JSON: the footer names the review and ends with the date judged on");
    }

    public static void WordReportShowsAsOf(PrintedReport report, string reviewLabel, Judged judged, params string[] reviewColumns)
    {
        Assert.That(report.Word.ReviewColumns, Is.EqualTo(reviewColumns.TakeLast(4)), "Word: no later review's column");
        Assert.That(report.Word.Paragraphs, Has.Some.StartsWith($"Review: {reviewLabel} ("), "Word: the review reported on");
        Assert.That(report.Word.Paragraphs, Does.Contain(judged.Sentence(reviewLabel)), "Word: the header block says the date judged on and why");
        Assert.That(report.Word.Paragraphs[^1], Does.EndWith(judged.Footer(reviewLabel)), "Word: the footer ends with the date judged on");
        Assert.That(report.FileNames[0], judged.AsOf is { } asOf ? Does.EndWith($"-as-of-{asOf}.docx") : Does.Not.Contain("-as-of-"), "Word: the file name");
    }

    public static void ExcelReportShowsAsOf(PrintedReport report, string reviewLabel, Judged judged, params string[] reviewColumns)
    {
        Assert.That(report.Excel.ReviewColumns, Is.EqualTo(reviewColumns), "Excel: no later review's column");
        Assert.That(report.Excel.SummaryRows.Select(r => r.FirstOrDefault()), Has.Some.Contains($"Review: {reviewLabel} (").And.Some.EndsWith(judged.Footer(reviewLabel)),
            "Excel: the footer line names the review and ends with the date judged on");
        Assert.That(report.Excel.SummaryRows, Has.Some.EqualTo(new[] { judged.Sentence(reviewLabel) }), "Excel: the Summary sheet says the date judged on and why");
        // Each row of the grid says it too: a real date cell (an Excel serial number) and the reason.
        var serial = judged.Date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
        Assert.That(report.Excel.Rows.Select(r => (r["Status judged as at"], r["Why that date"])), Has.All.EqualTo((serial, judged.Reason(reviewLabel))),
            "Excel: every row says the date its deadline status was judged on, and why");
        Assert.That(report.FileNames[1], judged.AsOf is { } asOf ? Does.EndWith($"-as-of-{asOf}.xlsx") : Does.Not.Contain("-as-of-"), "Excel: the file name");
    }

    public static void CsvReportShowsAsOf(PrintedReport report, string reviewLabel, Judged judged, params string[] reviewColumns)
    {
        Assert.That(report.Csv.ReviewColumns, Is.EqualTo(reviewColumns), "CSV: no later review's column");
        Assert.That(report.Csv.ReviewColumns[^1], Is.EqualTo(reviewLabel), "CSV: the last review column is the one reported on");
        // The CSV has no header block or footer, so each row says the date its deadline status was judged on, and why.
        Assert.That(report.Csv.Rows.Select(r => (r["Status judged as at"], r["Why that date"])), Has.All.EqualTo((judged.Iso, judged.Reason(reviewLabel))),
            "CSV: every row says the date its deadline status was judged on, and why");
        Assert.That(report.FileNames[2], judged.AsOf is { } asOf ? Does.EndWith($"-as-of-{asOf}.csv") : Does.Not.Contain("-as-of-"), "CSV: the file name");
    }

    private static string Show(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A number as an Excel number cell holds it: "3" for 3.0, "3.2".</summary>
    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
