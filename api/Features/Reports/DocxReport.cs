using System.Globalization;
using System.Text;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The Word download, written with the Open XML SDK so it pastes into a council's committee-report template: real
/// Heading 1–3 styles (Word's navigation pane lists them), real tables with header rows that repeat on every page, RAG
/// cells shaded with the level's colour and saying the level in words, an A4 portrait section for the summary and
/// exceptions and an A4 landscape one for the wide plan table, and the footer on every page.
/// </summary>
public static class DocxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Creator = "Improvement action-plan tracker";
    /// <summary>
    /// How many score-history columns the Word table shows: the review reported on and the three before it. More do not
    /// fit A4 landscape beside the item and its latest update at a readable size; Excel and CSV have every review.
    /// </summary>
    public const int ScoreColumns = 4;

    // A4 in twentieths of a point; 2 cm margins in portrait, 1.27 cm ("narrow") in landscape for the wide table.
    private const int A4Short = 11906, A4Long = 16838, Margin = 1134, NarrowMargin = 720;
    private const int PortraitWidth = A4Short - 2 * Margin, LandscapeWidth = A4Long - 2 * NarrowMargin;

    public static byte[] Write(ReportResponse report, CompressionOption compression = ReportFile.Compression)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.CompressionOption = compression;
            document.PackageProperties.Title = Clean($"{report.Plan.Title}: scrutiny report");
            document.PackageProperties.Creator = Creator;
            document.PackageProperties.Subject = report.Review is { } r ? Clean($"Review {r.Label}") : "No reviews yet";
            if (DateTime.TryParse(report.GeneratedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var generated))
                document.PackageProperties.Created = generated;

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }), TextRun(report.Footer)));
            var footerId = main.GetIdOfPart(footer);

            var body = new Body();
            Portrait(body, report);
            // The portrait section ends with the paragraph that carries its properties; the landscape one is the body's last.
            body.Append(new Paragraph(new ParagraphProperties(Section(footerId, landscape: false))));
            Landscape(body, report);
            body.Append(Section(footerId, landscape: true));
            SpaceAfterTables(body);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Portrait(Body body, ReportResponse report)
    {
        var plan = report.Plan;
        body.Append(Heading(1, $"{plan.Title}: scrutiny report"));
        var source = plan.SourceType + (plan.SourceReportDate is { } d ? $", report of {ReportWords.Date(d)}" : "") +
                     (string.IsNullOrWhiteSpace(plan.OverallJudgement) ? "." : $". Overall judgement: {plan.OverallJudgement}.");
        body.Append(Para(source));
        body.Append(Para($"{ReportWords.PlanVersion(plan.PlanVersion, plan.PlanDate)}."));
        body.Append(Para(report.Review is { } review
            ? $"Review: {review.Label} ({ReportWords.Date(review.ReviewDate)})" +
              (report.PreviousReview is { } previous ? $", compared with {previous.Label} ({ReportWords.Date(previous.ReviewDate)})." : ", the plan's first review.")
            : report.AsOf is { } asOf ? $"No review had been held by {ReportWords.Date(asOf)}." : "The plan has no reviews yet."));
        body.Append(Para(report.JudgedOnText));
        body.Append(Para($"Scale: {plan.ScaleName} ({ReportWords.Sense(plan.HigherIsBetter)}). " +
                         $"Each score below is shown as its number and words as well as its colour."));

        body.Append(Heading(2, "Summary"));
        foreach (var sentence in report.Summary.Sentences) body.Append(Para(sentence));
        var levelRows = report.Summary.LevelCounts
            .Select(l => new[] { Level(new ReportLevel(l.Value, l.Label, l.Colour, l.TextColour)), Cell(Number(l.Count)) })
            .Append([Cell("No score"), Cell(Number(report.Summary.NoScoreCount))]);
        body.Append(Table("Scores in this review: how many at each level", [($"Level", 3000), ($"{Capitalised(plan.ItemNounPlural)}", 2000)], levelRows));
        body.Append(Table("Direction of travel since the last review", [("Direction of travel", 3000), (Capitalised(plan.ItemNounPlural), 2000)],
            DirectionCounts(report).Select(x => new[] { Cell(x.Word), Cell(Number(x.Count)) })));
        if (report.Summary.Addressees.Count > 0)
        {
            var byItem = plan.ScoreLevel is not "recommendation";
            var addresseeColumns = new List<(string, int)> { ("Addressed to", 4000), ("Recommendations", 2000) };
            if (byItem) addresseeColumns.Add(($"{Capitalised(plan.ItemNounPlural)} under them", 2400));
            body.Append(Table("Who the recommendations are addressed to", addresseeColumns, report.Summary.Addressees.Select(a =>
                byItem ? new[] { Cell(a.Addressee), Cell(Number(a.Recommendations)), Cell(Number(a.ScoredItems)) }
                    : new[] { Cell(a.Addressee), Cell(Number(a.Recommendations)) })));
        }

        body.Append(Heading(2, report.Priorities.Count > 0 ? "Averages by priority" : "Average score"));
        // Grouped plans have two whole-plan figures, and each says which mean it is.
        var overItems = report.Summary.OverPriorities is null ? "Whole plan" : $"Whole plan, mean over scored {plan.ItemNounPlural}";
        var averages = new List<TableCell[]> { AverageRow(overItems, report.Summary.Overall.Previous, report.Summary.Overall.Current, report.Summary.Overall.DirectionText) };
        if (report.Summary.OverPriorities is { } op)
            averages.Add(AverageRow("Whole plan, mean of the priority averages", op.Previous, op.Current, op.DirectionText));
        averages.AddRange(report.Priorities.Select(p =>
            AverageRow(string.IsNullOrEmpty(p.Number) ? p.Title : $"Priority {p.Number}: {p.Title}", p.Previous, p.Current, p.DirectionText)));
        body.Append(Table("Average scores at the previous review and this one, with the direction of travel",
            [("", 4438), ("Previous review", 1600), ("This review", 1600), ("Direction of travel", 2000)], averages));
        foreach (var p in report.Priorities) body.Append(Para(p.Sentence));
        body.Append(Para(report.Summary.AverageMethod));

        body.Append(Heading(2, "Exceptions"));
        foreach (var exception in report.Exceptions) Exception(body, report, exception);

        Reconciliation(body, report);
    }

    private static void Exception(Body body, ReportResponse report, ReportException exception)
    {
        body.Append(Heading(3, $"{exception.Heading} ({Number(exception.Items.Count)})"));
        if (exception.Items.Count == 0)
        {
            body.Append(Para(exception.EmptyText));
            return;
        }
        body.Append(Table(exception.Heading,
            [("Reference", 1150), (Capitalised(report.Plan.ItemNoun), 2450), (ReportGrid.Heading(report.Plan.LeadHeading, "Lead"), 1250), ("Score", 1250),
                ("Why it is listed", 1638), ("Latest update", 1900)],
            exception.Items.Select(i => new[]
            {
                Cell(Reference(i.Reference)), Cell(i.Text), Cell(i.LeadsText),
                i.Level is { } level ? Level(level) : Cell("No score"),
                Cell(i.Detail), Cell(Update(i.LatestUpdate, i.LatestUpdateDate)),
            })));
    }

    /// <summary>
    /// The board's reconciliation: averages typed into the plan or a board report beside both means the scores give,
    /// directions of travel printed by hand that the scores contradict, and which end of the scale is better.
    /// </summary>
    private static void Reconciliation(Body body, ReportResponse report)
    {
        var reconciliation = report.Reconciliation;
        var grouped = report.Summary.OverPriorities is not null;
        body.Append(Heading(2, "Reconciliation"));
        body.Append(Para("What the plan printed, checked against its scores: averages worked out by hand, directions of travel picked from a list, " +
                         "and which end of the scale is better."));

        var printed = reconciliation.PrintedAverages;
        body.Append(Heading(3, $"Printed averages checked against the scores ({Number(printed.Count)})"));
        body.Append(Para(grouped
            ? $"Each printed figure is set beside the two means the scores give: the mean over scored {report.Plan.ItemNounPlural} (each counts once) " +
              "and the mean of the priority figures (each priority counts once, the way overall figures have been worked out by hand)."
            : $"Each printed figure is set beside the mean over scored {report.Plan.ItemNounPlural}, to one decimal."));
        if (printed.Count == 0) body.Append(Para(reconciliation.PrintedAveragesEmptyText));
        else
        {
            var columns = grouped
                ? new List<(string, int)> { ("Figure", 1400), ("Printed", 800), ("Where printed", 1500), ("Mean over scored items", 1000),
                    ("Mean of the priority figures", 1000), ("Which it matches", 1400), ("Finding", 2538) }
                : [("Figure", 1600), ("Printed", 900), ("Where printed", 1800), ("Mean over scored items", 1100), ("Which it matches", 1500), ("Finding", 2738)];
            body.Append(Table("Printed averages checked against the scores", columns, printed.Select(a =>
            {
                var cells = new List<TableCell>
                {
                    Cell(a.Scope), Cell(ReportSentences.Number(a.Printed), bold: a.Disagrees), Cell(a.Source ?? "Not recorded"),
                    Cell(ReportSentences.Number(a.OverItems)),
                };
                if (grouped) cells.Add(Cell(a.PriorityId is null ? ReportSentences.Number(a.OverPriorities) : "Not applicable"));
                cells.Add(Cell(a.MatchesText, bold: a.Disagrees));
                cells.Add(Cell(a.Explanation));
                return cells.ToArray();
            })));
        }

        var figures = reconciliation.PrintedFigures;
        body.Append(Heading(3, $"Other printed figures checked against the scores ({Number(figures.Count)})"));
        if (figures.Count == 0) body.Append(Para(reconciliation.PrintedFiguresEmptyText));
        else
            body.Append(Table("Other printed figures checked against the scores",
                [("Figure", 1400), ("Printed", 1100), ("What it claims", 1600), ("Where printed", 1400), ("The scores give", 900), ("Finding", 2738)],
                figures.Select(f => new[]
                {
                    Cell($"{f.Scope}: {f.Label}"), Cell(f.ValueText, bold: f.Verdict == "disagrees"), Cell(f.Claims ?? ""),
                    Cell(f.Source ?? "Not recorded"), Cell(f.Computed is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "Not worked out"),
                    Cell($"{f.VerdictText}. {f.Explanation}", bold: f.Verdict == "disagrees"),
                })));

        Exception(body, report, reconciliation.ContradictingPrintedDirections);

        if (reconciliation.Inspection is { } inspection)
        {
            body.Append(Heading(3, $"The inspection's recommendations: {Number(inspection.Answered)} of {Number(inspection.ReportRecommendations)} answered"));
            body.Append(Para($"{inspection.Name}{(inspection.OverallJudgement is { } j ? $", judged \"{j}\"" : "")}. " +
                             (inspection.Gaps.Count == 0 ? "Every recommendation of the report is answered by an item of a plan."
                                 : "These recommendations of the report are answered by no plan item yet:")));
            if (inspection.Gaps.Count > 0)
                body.Append(Table("The inspection report's recommendations no plan item answers",
                    [("Report number", 1300), ("Recommendation", 5000), ("Addressed to", 2000), ("Paragraphs", 1338)],
                    inspection.Gaps.Select(g => new[] { Cell(g.Number ?? "Not numbered"), Cell(g.Text), Cell(g.Addressee ?? ""), Cell(g.Paragraphs ?? "") })));
        }

        var scale = reconciliation.ScaleDirection;
        body.Append(Heading(3, "Which end of the scale is better"));
        body.Append(Para(scale.Text));
        if (!scale.Stated && scale.Compared > 0)
            body.Append(Table("Printed directions of travel beside a score that moved, by the reading they fit",
                [("Reading of the scale", 4000), ("Printed directions that fit it", 2600)],
                [
                    [Cell("Higher is better"), Cell($"{Number(scale.AgreeIfHigherIsBetter)} of {Number(scale.Compared)}")],
                    [Cell("Lower is better"), Cell($"{Number(scale.AgreeIfLowerIsBetter)} of {Number(scale.Compared)}")],
                ]));
    }

    /// <summary>Improving to no data, and changed on a scale that does not say which end is better (where it can happen).</summary>
    public static IEnumerable<(string Word, int Count)> DirectionCounts(ReportResponse report)
    {
        var dc = report.Summary.DirectionCounts;
        var counts = new List<(string, int)> { ("Improving", dc.Improving), ("Maintained", dc.Maintained), ("Declining", dc.Declining) };
        if (report.Plan.HigherIsBetter is null) counts.Add((ReportWords.Direction(Direction.Changed), dc.Changed));
        counts.Add(("New", dc.New));
        counts.Add(("No data", dc.NoData));
        return counts;
    }

    /// <summary>A reference as printed; a top-level row the source left unnumbered says so rather than leaving a blank.</summary>
    private static string Reference(string reference) => reference.Length == 0 ? "Not numbered" : reference;

    // Text that follows a table directly would touch its bottom border (headings bring their own space above).
    private static void SpaceAfterTables(Body body)
    {
        foreach (var table in body.Elements<Table>().ToList())
            // Two tables with nothing between them would also merge into one.
            if (table.NextSibling() is Table || table.NextSibling() is Paragraph next
                && !(next.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) ?? false))
                table.InsertAfterSelf(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
    }

    private static void Landscape(Body body, ReportResponse report)
    {
        var shown = report.Reviews.Skip(Math.Max(0, report.Reviews.Count - ScoreColumns)).ToList();
        var skip = report.Reviews.Count - shown.Count;
        if (report.Scorecard is { } scorecard) Scorecard(body, scorecard);
        body.Append(Heading(2, "The full plan"));
        body.Append(Para(report.Reviews.Count == 0
            ? "Every row of the plan, with its deadline and latest update. There are no reviews yet, so there are no scores."
            : skip == 0
                ? "Every row of the plan, with its score in each review, its deadline, direction of travel and latest update."
                : $"Every row of the plan, with its scores in the latest {Number(shown.Count)} of {Number(report.Reviews.Count)} reviews " +
                  "(the Excel download has every review), its deadline, direction of travel and latest update."));

        // Owners get a column of their own only when the plan names any: otherwise the room goes to the item and its update.
        var withOwners = report.Rows.Any(r => r.Owners.Length > 0);
        var columns = new List<(string, int)>
        {
            ("Reference", 1050), ("Item", withOwners ? 3000 : 3300), (ReportGrid.Heading(report.Plan.LeadHeading, "Lead"), withOwners ? 1200 : 1250),
        };
        if (withOwners) columns.Add((ReportGrid.Heading(report.Plan.OwnerHeading, "Owner"), 1200));
        columns.Add(("Deadline", 1250));
        columns.AddRange(shown.Select(r => (r.Label, withOwners ? 1100 : 1150)));
        columns.Add(("Direction of travel", 1300));
        columns.Add(("Latest update", LandscapeWidth - columns.Sum(c => c.Item2)));

        var rows = report.Rows.Select(row =>
        {
            var item = new List<string> { $"{KindWord(row.Kind)}: {row.Text}" };
            if (row.Kind == "recommendation" && row.Addressees.Count > 0) item.Add($"Addressed to {string.Join("; ", row.Addressees)}");
            var cells = new List<TableCell>
            {
                Cell(Reference(row.Reference), bold: !row.IsScored),
                Cell(item, bold: !row.IsScored, indent: row.Depth),
                Cell(row.LeadsText),
            };
            if (withOwners) cells.Add(Cell(row.OwnersText));
            cells.Add(Cell(Deadline(row)));
            cells.AddRange(shown.Select((_, i) => row.IsScored && row.Scores[skip + i] is { } score
                ? score.Level is { } level ? Level(level, score.Text) : Cell(score.Text)
                : Cell("")));
            var direction = new List<string> { row.DirectionText };
            if (row.PrintedDirection is not null)
                direction.Add($"Printed: {ReportRow.Printed(row.PrintedDirection, row.PrintedDirectionText)}" +
                              (row.PrintedDirectionContradicts ? ", which the scores do not support" : ""));
            cells.Add(Cell(direction));
            cells.Add(Cell(Update(row.LatestUpdate, row.LatestUpdateDate)));
            return cells.ToArray();
        });
        body.Append(Table($"{report.Plan.Title}: every row with its scores, deadline and latest update", columns, rows));
    }

    /// <summary>
    /// The performance scorecard on landscape pages: a table of every indicator (RAG and direction of travel in words, so
    /// never by colour alone; the header row repeats on each page), then a sentence for each indicator off target or getting worse.
    /// </summary>
    private static void Scorecard(Body body, ReportScorecard scorecard)
    {
        body.Append(Heading(2, scorecard.Heading));
        body.Append(Para(scorecard.Sentence));
        body.Append(Table($"Performance scorecard, figures to {scorecard.AsOfLabel}",
            [("Reference", 1000), ("Indicator", 3000), ("Period", 1500), ("Latest", 1300), ("Target", 1500), ("RAG", 1000),
             ("Since the previous period", 1400), ("Year on year", 1300), ("Year to date", 1300), ("Statistical neighbours", 1500)],
            scorecard.Indicators.Select(i => new[]
            {
                Cell(i.Reference, bold: true), Cell([i.Name, i.PolarityText]), Cell(i.PeriodLabel ?? "No period yet"), Cell(WithCounts(i.ValueText, i.CountsText)),
                Cell(i.TargetText), Cell(i.RagText, bold: true), Cell(i.DirectionText), Cell(i.YearOnYearText), Cell(WithCounts(i.YearToDateText, i.YearToDateCountsText)),
                Cell(i.NeighboursText),
            })));
        var attention = scorecard.Indicators.Where(i => i.NeedsAttention).ToList();
        body.Append(Heading(3, $"Indicators off target or getting worse ({Number(attention.Count)})"));
        if (attention.Count == 0) body.Append(Para("No indicator is red or amber, and none is getting worse since the previous period."));
        foreach (var i in attention)
            body.Append(Para($"{i.Reference} {i.Name}: {i.RagText}. {i.RagSentence} {i.DirectionSentence}".Trim()));
    }

    /// <summary>A figure with a ratio indicator's counts on the line below it ("87.5%", "42 of 48 plans reviewed within timescales").</summary>
    private static string[] WithCounts(string figure, string? counts) => counts is null ? [figure] : [figure, counts];

    private static string KindWord(string kind) => kind switch
    {
        "priority" => "Priority",
        "recommendation" => "Recommendation",
        "action" => "Action",
        _ => "Success measure",
    };

    private static string Deadline(ReportRow row)
    {
        if (row.DeadlineText is null) return row.DeadlineStatusText is "" or "No date" ? "" : row.DeadlineStatusText;
        var text = row.DeadlineInheritedFrom is { } from ? $"{row.DeadlineText}, from {from}" : row.DeadlineText;
        if (row.DeadlineToConfirm.Count > 0) text += ", date to confirm";
        return row.DeadlineStatusText is "" or "No date" ? text : $"{text} ({row.DeadlineStatusText.ToLowerInvariant()})";
    }

    private static string Update(string? text, DateOnly? date) =>
        text is null ? "" : date is { } d ? $"{ReportWords.Date(d)}: {text}" : text;

    private static TableCell[] AverageRow(string name, double? previous, double? current, string direction) =>
        [Cell(name), Cell(ReportSentences.Number(previous)), Cell(ReportSentences.Number(current)), Cell(direction)];

    private static SectionProperties Section(string footerId, bool landscape) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short), Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = landscape ? NarrowMargin : Margin, Bottom = landscape ? NarrowMargin : Margin,
            Left = (UInt32Value)(uint)(landscape ? NarrowMargin : Margin), Right = (UInt32Value)(uint)(landscape ? NarrowMargin : Margin),
            Header = 400, Footer = 400, Gutter = 0,
        });

    private static Paragraph Heading(int level, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), TextRun(text));

    private static Paragraph Para(string text) => new(TextRun(text));

    private static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Table Table(string caption, IReadOnlyList<(string Header, int Width)> columns, IEnumerable<TableCell[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = columns.Sum(c => c.Width).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            // Alternative text for screen readers and Word's accessibility checker.
            new TableCaption { Val = Clean(caption) }));
        table.Append(new TableGrid(columns.Select(c => new GridColumn { Width = c.Width.ToString(CultureInfo.InvariantCulture) })));

        // The header row repeats at the top of every page the table runs onto.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var (text, width) in columns)
            header.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F2F1" }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), TextRun(text, new RunProperties(new Bold())))));
        table.Append(header);

        foreach (var cells in rows)
        {
            // A row never splits across pages: a score and its update stay together.
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(cells);
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(string text, bool bold = false, int indent = 0) => Cell([text], bold, indent);

    /// <summary>A cell of one paragraph per line (an item and who it is addressed to; a direction and the one printed).</summary>
    private static TableCell Cell(IReadOnlyList<string> lines, bool bold = false, int indent = 0) => new(lines.Select(line =>
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (indent > 0) properties.Append(new Indentation { Left = (indent * 170).ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(properties, TextRun(line, bold ? new RunProperties(new Bold()) : null));
    }));

    /// <summary>
    /// A score: the cell shaded with the level's colour (none when the plan gives the level none), its number and label,
    /// or the score's fuller text ("… (complete as printed in …)"), written in a colour that reads on it.
    /// </summary>
    private static TableCell Level(ReportLevel level, string? text = null) => new(
        level.Colour is null ? new TableCellProperties()
            : new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Hex(level.Colour) }),
        new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }),
            TextRun(text ?? level.Text, new RunProperties(new Bold(), new Color { Val = Hex(level.TextColour) }))));

    /// <summary>"#92d050" → "92D050", as Word stores colours.</summary>
    public static string Hex(string colour) => colour.TrimStart('#').ToUpperInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Text without what XML 1.0 cannot carry (see <see cref="XmlSafeText"/>), for text stored before the API refused it.</summary>
    public static string Clean(string text) => XmlSafeText.Clean(text);

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold = false, int? outline = null, int before = 0, int after = 120,
            string? basedOn = "Normal", bool keepNext = false)
        {
            var pPr = new StyleParagraphProperties();
            if (keepNext) pPr.Append(new KeepNext());
            pPr.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            if (outline is { } o) pPr.Append(new OutlineLevel { Val = o });
            var rPr = new StyleRunProperties();
            if (bold) rPr.Append(new Bold());
            rPr.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
            if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
            if (outline is not null) style.Append(new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
            style.Append(pPr, rPr);
            return style;
        }

        var normal = Paragraph("Normal", "Normal", 22, basedOn: null);
        normal.Default = true;
        // The schema wants qFormat before the style's paragraph and run properties.
        normal.InsertBefore(new PrimaryStyle(), normal.GetFirstChild<StyleParagraphProperties>());
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "22" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            normal,
            // Word recognises its built-in headings by these names ("heading 1"), which puts them in the navigation pane.
            Paragraph("Heading1", "heading 1", 36, bold: true, outline: 0, before: 240, after: 240, keepNext: true),
            Paragraph("Heading2", "heading 2", 30, bold: true, outline: 1, before: 360, after: 120, keepNext: true),
            Paragraph("Heading3", "heading 3", 24, bold: true, outline: 2, before: 240, after: 120, keepNext: true),
            Paragraph("TableText", "Table Text", 18, after: 0),
            Paragraph("Footer", "footer", 16, after: 0),
            new Style(
                new StyleName { Val = "Report Table" },
                new BasedOn { Val = "TableNormal" },
                new StyleTableProperties(
                    new TableBorders(
                        // In the schema's order (top, left, bottom, right), which Word's strict readers and OpenXmlValidator check.
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "ReportTable" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }
}
