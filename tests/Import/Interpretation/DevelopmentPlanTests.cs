using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// Shape 2 of domain.md: numbered priorities (the Outcome column), actions and success measures, the outcome and action
/// cells merged down over their measures, four RAG columns with zeros typed into the last, a progress update for one
/// review, and each priority's average and the plan's overall average typed under the table, some of them wrong.
/// </summary>
public class DevelopmentPlanTests
{
    private static readonly string[] Reviews = ["RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18"];

    private static SourceDocument Plan() => Sources.Workbook(new TableBuilder("Dev plan", 11)
        .Row("Children's services development plan 2017-18")
        .Row("Outcome", "Action", "Success measure(s)", "Lead", "Responsible officer", "Time", "RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18", "Progress update")
        .Row("1. Children are safe", "1.1 Open a single front door", "Contacts screened within a day", "Head of Service", "Team Manager", "Mar-18", "1", "2", "3", "0", "Screening now daily")
        .Row("^", "^", "Audits show good decisions", "Head of Service", "Ann Cole", "Mar-18", "1", "2", "2", "0", "")
        .Row("^", "1.2 Train staff", "All staff trained", "Principal Social Worker", "", "Sept 18", "2", "3", "4", "0", "")
        .Row("Priority average", "", "", "", "", "", "1.3", "2.5", "3.0", "")
        .Row("2. Children in care thrive", "2.1 Stable placements", "Fewer moves", "Head of Children in Care", "", "Dec-18", "2", "2", "3", "0", "")
        .Row("Priority average", "", "", "", "", "", "2", "2", "3.0", "")
        .Row("Overall average", "", "", "", "", "", "1.6", "2.2", "3.2", "")
        .Build());

    private static ImportMapping Mapping() => new()
    {
        Tables = [new TableChoice(0, 2, 2)],
        Columns =
        [
            new(1, "Outcome", ColumnRole.Text, ItemLevel.Priority),
            new(2, "Action", ColumnRole.Text, ItemLevel.Action),
            new(3, "Success measure(s)", ColumnRole.Text, ItemLevel.Measure),
            new(4, "Lead", ColumnRole.Lead),
            new(5, "Responsible officer", ColumnRole.Owner),
            new(6, "Time", ColumnRole.Deadline),
            .. Reviews.Select((label, i) => new ColumnMapping(7 + i, label, ColumnRole.Score, Review: label)),
            new(11, "Progress update", ColumnRole.Update, Review: "RAG 03/18"),
        ],
        Levels = [ItemLevel.Priority, ItemLevel.Action, ItemLevel.Measure],
        ScoreLevel = ItemLevel.Measure,
        NumbersInText = true,
        Reviews = Reviews.Select(label => new ReviewColumn(label)).ToList(),
        OpenReview = "RAG 03/18",
        Scale = new ScaleChoice { ScaleId = 1 },
    };

    private static ImportInterpretation Read() => Sources.Interpret(Plan(), Mapping());

    [Test]
    public void Priorities_actions_and_measures_are_read_from_their_columns_with_numbers_split_off()
    {
        var draft = Read().Draft;

        Assert.That(draft.Priorities.Select(p => $"{p.Number}: {p.Title}"), Is.EqualTo(new[] { "1: Children are safe", "2: Children in care thrive" }));
        Assert.That(draft.Actions.Select(a => $"{a.Priority}|{a.Code}|{a.Description}"),
            Is.EqualTo(new[] { "0|1.1|Open a single front door", "0|1.2|Train staff", "1|2.1|Stable placements" }));
        Assert.That(draft.Measures.Select(m => $"{m.Action}|{m.Text}|{m.DeadlineText}"), Is.EqualTo(new[]
        {
            "0|Contacts screened within a day|Mar-18", "0|Audits show good decisions|Mar-18", "1|All staff trained|Sept 18", "2|Fewer moves|Dec-18",
        }));
        Assert.That(draft.GroupedByPriority, Is.True);
    }

    [Test]
    public void A_measure_has_its_own_lead_and_responsible_officer()
    {
        var draft = Read().Draft;

        Assert.That(draft.Named(draft.Measures[0].Leads), Is.EqualTo(new[] { "- / Head of Service" }));
        Assert.That(draft.Named(draft.Measures[0].Owners), Is.EqualTo(new[] { "- / Team Manager" }));
        Assert.That(draft.Named(draft.Measures[1].Owners), Is.EqualTo(new[] { "Ann Cole / -" }));
        Assert.That(draft.Measures[2].Owners, Is.Empty);
        Assert.That(draft.Actions.All(a => a.Leads.Count == 0 && a.Owners.Count == 0), Is.True);
        Assert.That(draft.People.Count, Is.EqualTo(5));
    }

    [Test]
    public void Every_measure_is_scored_in_every_review_and_the_zeros_are_no_score()
    {
        var draft = Read().Draft;
        string Row(int measure) => string.Join(" ", Enumerable.Range(0, 4)
            .Select(r => draft.ScoreOf(ItemLevel.Measure, measure, r) is { } s ? s.Level?.ToString() ?? $"({s.RecordedAs})" : "-"));

        Assert.That(Enumerable.Range(0, 4).Select(Row), Is.EqualTo(new[] { "1 2 3 (0)", "1 2 2 (0)", "2 3 4 (0)", "2 2 3 (0)" }));
        Assert.That(Read().Of(FindingKind.Placeholder).Single().Message, Does.StartWith("\"0\" (4 cells: "));
    }

    [Test]
    public void The_progress_update_is_the_narrative_of_its_review()
    {
        var draft = Read().Draft;

        Assert.That(draft.ScoreOf(ItemLevel.Measure, 0, 2)!.Narrative, Is.EqualTo("Screening now daily"));
        Assert.That(draft.Scores.Count(s => s.Narrative is not null), Is.EqualTo(1));
        Assert.That(draft.Reviews.Select(r => r.IsOpen), Is.EqualTo(new[] { false, false, true, false }));
    }

    [Test]
    public void Printed_averages_are_kept_for_their_priority_or_the_whole_plan()
    {
        var averages = Read().Draft.ReportedAverages.Select(a => $"{a.Review}|{a.Priority?.ToString() ?? "plan"}|{a.ValueText}");

        Assert.That(averages, Is.EqualTo(new[]
        {
            "0|0|1.3", "1|0|2.5", "2|0|3.0", "0|1|2", "1|1|2", "2|1|3.0", "0|plan|1.6", "1|plan|2.2", "2|plan|3.2",
        }));
    }

    [Test]
    public void Averages_that_disagree_with_the_scores_beneath_them_are_pointed_out()
    {
        var read = Read();

        Assert.That(read.Of(FindingKind.FigureDisagrees).Select(f => $"{f.Where}: {f.Message}"), Is.EqualTo(new[]
        {
            "Sheet 'Dev plan', row 6, column H: Priority 1's average at RAG 01/18 is printed as 2.5; its scores give 2.3.",
            "Sheet 'Dev plan', row 9, column G: The plan's average at RAG initial is printed as 1.6; its scores give 1.5 over scored items "
                + "and 1.7 over priorities (the mean of the priority figures).",
            "Sheet 'Dev plan', row 9, column I: The plan's average at RAG 03/18 is printed as 3.2; its scores give 3.0 over scored items "
                + "and 3.0 over priorities (the mean of the priority figures).",
        }));
        Assert.That(read.Of(FindingKind.Note).Select(f => f.Message), Has.Some.EqualTo(
            "The plan's average at RAG 01/18, printed as 2.2, is the mean of the priority figures; the mean over scored items is 2.3."));
        Assert.That(read.CanCommit, Is.True);
    }

    [Test]
    public void The_preview_shows_measures_and_figure_rows()
    {
        var preview = Read().Preview;

        Assert.That(preview.Select(p => p.Item), Is.EqualTo(new[] { "measure", "measure", "measure", "figure", "measure", "figure", "figure" }));
        Assert.That(preview[0].Scores, Is.EqualTo(new[] { "1 Not started or seriously delayed", "2 Started with some delay", "3 On track", "no score (“0”)" }));
        Assert.That(preview[3].Scores, Is.EqualTo(new[] { "1.3", "2.5", "3.0", null }));
    }
}
