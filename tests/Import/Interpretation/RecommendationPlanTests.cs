using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// Shape 1 of domain.md: one row per inspection recommendation, two leads in one cell, a score per review on the 1 to 3
/// scale (lower is better) with "Score - please select" and zeros in it, a printed direction of travel, actions lettered
/// A, B, C inside one cell with their owner and deadline, and the header repeated on the printed page.
/// </summary>
public class RecommendationPlanTests
{
    private const string September = "Score September 16";
    private const string November = "Update November 16";

    private static readonly KnownPerson Priya = new(7, "Priya Raman", "Head of Service", "priya.raman@council.gov.uk");

    private static readonly string[] Header =
        ["No.", "Recommendation", "Assigned lead", September, November, "Direction of travel", "Description of actions", "Owner(s)", "By when"];

    private static SourceDocument Plan() => Sources.Workbook(new TableBuilder("Plan", 9)
        .Row("Ofsted recommendation action plan v3.2")
        .Row()
        .Row(Header)
        .Row("1", "Improve the quality of assessments", "Priya Raman (Head of Service) / Owen Hughes", "2", "1", "Improving",
            "A. Audit 20 assessments a month\nB. Train all social workers\nC - Report to the board", "Owen Hughes, Service Manager", "Mar-17")
        .Row("2", "Strengthen management oversight", "Head of Service", "2", "Score - please select", "Same",
            "Managers to agree standards:\nA) Weekly supervision audit\nB) Dip sampling", "PR", "01/02/2017")
        .Row(Header)
        .Row("3", "Ensure care leavers have pathway plans", "Priya Raman", "3", "2", "Better", "Review all pathway plans", "Owen Hughes", "June - Dec 16")
        .Row("4", "Hear children's views", "Sam Lee", "0", "0", "", "Survey children", "Sam Lee", "Ongoing")
        .Build());

    private static ImportMapping Mapping() => new()
    {
        Tables = [new TableChoice(0, 3, 3)],
        Columns =
        [
            new(1, "No.", ColumnRole.Number, ItemLevel.Recommendation),
            new(2, "Recommendation", ColumnRole.Text, ItemLevel.Recommendation),
            new(3, "Assigned lead", ColumnRole.Lead, ItemLevel.Recommendation),
            new(4, September, ColumnRole.Score, Review: September),
            new(5, November, ColumnRole.Score, Review: November),
            new(6, "Direction of travel", ColumnRole.PrintedDirection, Review: November),
            new(7, "Description of actions", ColumnRole.Text, ItemLevel.Action),
            new(8, "Owner(s)", ColumnRole.Owner, ItemLevel.Action),
            new(9, "By when", ColumnRole.Deadline, ItemLevel.Action),
        ],
        Levels = [ItemLevel.Recommendation, ItemLevel.Action],
        ScoreLevel = ItemLevel.Recommendation,
        Reviews = [new ReviewColumn(September), new ReviewColumn(November)],
        Scale = new ScaleChoice { ScaleId = 2 },
        Plan = new PlanDetails { Title = "Ofsted recommendation action plan", PlanVersion = "v3.2" },
    };

    private static ImportInterpretation Read() => Sources.Interpret(Plan(), Mapping(), Priya);

    [Test]
    public void Every_recommendation_is_read_with_its_number_and_text()
    {
        var recommendations = Read().Draft.Recommendations.Select(r => $"{r.Number}: {r.Text}");

        Assert.That(recommendations, Is.EqualTo(new[]
        {
            "1: Improve the quality of assessments", "2: Strengthen management oversight",
            "3: Ensure care leavers have pathway plans", "4: Hear children's views",
        }));
    }

    [Test]
    public void Lettered_actions_in_one_cell_become_one_action_each_with_the_rows_owner_and_deadline()
    {
        var draft = Read().Draft;
        var actions = draft.Actions.Select(a =>
            $"{a.Recommendation}|{a.Code ?? "-"}|{a.Description}|{a.DeadlineText}|{string.Join(", ", draft.Named(a.Owners))}");

        Assert.That(actions, Is.EqualTo(new[]
        {
            "0|A|Audit 20 assessments a month|Mar-17|Owen Hughes / -",
            "0|B|Train all social workers|Mar-17|Owen Hughes / -",
            "0|C|Report to the board|Mar-17|Owen Hughes / -",
            "1|A|Managers to agree standards:\nWeekly supervision audit|01/02/2017|PR / -",
            "1|B|Dip sampling|01/02/2017|PR / -",
            "2|-|Review all pathway plans|June - Dec 16|Owen Hughes / -",
            "3|-|Survey children|Ongoing|Sam Lee / -",
        }));
        Assert.That(draft.Actions.All(a => a.Priority is null), Is.True);
    }

    [Test]
    public void Two_leads_in_one_cell_are_two_people_and_a_person_named_twice_is_one()
    {
        var read = Read();
        var draft = read.Draft;

        Assert.That(draft.Named(draft.Recommendations[0].Leads), Is.EqualTo(new[] { "Priya Raman / Head of Service", "Owen Hughes / -" }));
        Assert.That(draft.Named(draft.Recommendations[1].Leads), Is.EqualTo(new[] { "- / Head of Service" }));
        Assert.That(draft.People.Select(p => p.Seen), Is.EqualTo(new[]
            { "Priya Raman (Head of Service)", "Owen Hughes", "Head of Service", "PR", "Sam Lee" }));
        Assert.That(draft.People[0], Is.EqualTo(new PersonDraft(7, "Priya Raman", "Head of Service", null, "name", "Priya Raman (Head of Service)")));
        Assert.That(draft.People.Skip(1).All(p => p.ExistingId is null), Is.True);
        Assert.That(read.Of(FindingKind.PersonMatched).Select(f => f.Where), Is.EqualTo(new[] { "Sheet 'Plan', row 4, column C" }));
        Assert.That(read.Of(FindingKind.PersonCreated).Count(), Is.EqualTo(4));
    }

    [Test]
    public void Scores_are_read_on_the_scale_and_placeholders_are_no_score_with_the_text_kept()
    {
        var draft = Read().Draft;
        var scores = draft.Scores.Select(s => $"{s.Item.Index}@{s.Review}: {s.Level?.ToString() ?? "none"} {s.RecordedAs ?? ""}".Trim());

        Assert.That(scores, Is.EqualTo(new[]
        {
            "0@0: 2", "0@1: 1", "1@0: 2", "1@1: none Score - please select", "2@0: 3", "2@1: 2", "3@0: none 0", "3@1: none 0",
        }));
        Assert.That(draft.Scores.All(s => s.Item.Level == ItemLevel.Recommendation), Is.True);
    }

    [Test]
    public void Each_placeholder_is_one_finding_with_its_count()
    {
        var placeholders = Read().Of(FindingKind.Placeholder).Select(f => f.Message);

        Assert.That(placeholders, Is.EqualTo(new[]
        {
            "\"Score - please select\" (1 cell: Sheet 'Plan', row 5, column E) is held as no score, with the text kept as printed.",
            "\"0\" (2 cells: Sheet 'Plan', row 8, column D; Sheet 'Plan', row 8, column E) is held as no score, with the text kept as printed.",
        }));
    }

    [Test]
    public void The_printed_direction_of_travel_is_kept_with_its_words()
    {
        var draft = Read().Draft;

        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 0, 1)!.PrintedDirection, Is.EqualTo("improving"));
        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 1, 1)!.PrintedDirection, Is.EqualTo("maintained"));
        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 2, 1)!.PrintedDirectionText, Is.EqualTo("Better"));
        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 2, 0)!.PrintedDirection, Is.Null);
    }

    [Test]
    public void The_repeated_header_is_skipped_and_a_deadline_to_confirm_is_asked_about()
    {
        var read = Read();

        Assert.That(read.Of(FindingKind.RowSkipped).Select(f => f.Where), Is.EqualTo(new[] { "Sheet 'Plan', row 6" }));
        Assert.That(read.Of(FindingKind.DeadlineQuestion).Select(f => f.Where), Is.EqualTo(new[] { "Sheet 'Plan', row 5, column I" }));
        Assert.That(read.Of(FindingKind.DeadlineQuestion).Single().Message, Does.StartWith("Deadline \"01/02/2017\": "));
        Assert.That(read.CanCommit, Is.True);
    }

    [Test]
    public void The_preview_shows_each_row_as_it_will_be_stored()
    {
        var preview = Read().Preview;

        Assert.That(preview.Select(p => p.Item), Is.EqualTo(new[] { "recommendation", "recommendation", "skipped", "recommendation", "recommendation" }));
        Assert.That(preview[0].Scores, Is.EqualTo(new[] { "2 Some progress", "1 Good progress" }));
        Assert.That(preview[1].Scores, Is.EqualTo(new[] { "2 Some progress", "no score (“Score - please select”)" }));
        Assert.That(preview[0].Leads, Is.EqualTo(new[] { "Priya Raman (Head of Service)", "Owen Hughes" }));
        Assert.That(preview[0].Owners, Is.EqualTo(new[] { "Owen Hughes, Service Manager" }));
        Assert.That(preview[0].Deadline, Is.EqualTo("Mar-17"));
        Assert.That(preview[0].From, Is.EqualTo(new SourcePlace(0, 4)));
    }

    [Test]
    public void The_draft_carries_the_plans_details_reviews_and_scale_as_mapped()
    {
        var draft = Read().Draft;

        Assert.That(draft.Plan.PlanVersion, Is.EqualTo("v3.2"));
        Assert.That(draft.Scale.ScaleId, Is.EqualTo(2));
        Assert.That(draft.GroupedByPriority, Is.False);
        Assert.That(draft.ScoreLevel, Is.EqualTo(ItemLevel.Recommendation));
        Assert.That(draft.Reviews, Is.EqualTo(new[] { new ReviewDraft(September, null, false), new ReviewDraft(November, null, true) }));
    }
}
