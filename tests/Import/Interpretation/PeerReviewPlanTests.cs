using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// Shape 3 of domain.md: recommendations numbered "7 (14)" inside their text (the original number kept after merging),
/// several action rows under one recommendation with its cell merged down, RAG as a word (RED, AMBER, GREEN,
/// COMPLETED, and BLUE that the person mapped), a dated update, and leads as initials.
/// </summary>
public class PeerReviewPlanTests
{
    private static SourceDocument Plan() => Sources.Workbook(new TableBuilder("Peer review", 6)
        .Row("Recommendation", "Actions", "Timeframe", "RAG", "Update", "Lead")
        .Row("7 (14) Improve the quality of plans", "Audit plans", "Sept 16", "AMBER", "12/03/2016 - audit started", "PR")
        .Row("^", "Train managers", "Dec 16", "", "", "OH")
        .Row("8 (15) Hear children's views", "Survey", "Ongoing", "COMPLETED", "", "PR & OH")
        .Row("9 (16) Use the views of families", "Family forum", "Mar-17", "BLUE", "", "PR")
        .Row("10 (17) Review thresholds", "Threshold review", "Mar-17", "green", "", "PR")
        .Row("11 (18) Report to the board", "Quarterly report", "Mar-17", "RED", "", "PR")
        .Row("12 (19) Share learning", "Learning events", "Mar-17", "PURPLE", "", "PR")
        .Row("13 (20) Track outcomes", "Dashboard", "Mar-17", "See notes below for detail", "", "PR")
        .Build());

    private static ImportMapping Mapping(params ValueMapping[] values) => new()
    {
        Tables = [new TableChoice(0, 1, 1)],
        Columns =
        [
            new(1, "Recommendation", ColumnRole.Text, ItemLevel.Recommendation),
            new(2, "Actions", ColumnRole.Text, ItemLevel.Action),
            new(3, "Timeframe", ColumnRole.Deadline, ItemLevel.Action),
            new(4, "RAG", ColumnRole.Score, Review: "RAG"),
            new(5, "Update", ColumnRole.Update, Review: "RAG"),
            new(6, "Lead", ColumnRole.Lead, ItemLevel.Recommendation),
        ],
        Levels = [ItemLevel.Recommendation, ItemLevel.Action],
        ScoreLevel = ItemLevel.Recommendation,
        NumbersInText = true,
        Reviews = [new ReviewColumn("RAG")],
        Scale = new ScaleChoice { ScaleId = 3 },
        Values = values,
    };

    [Test]
    public void Numbers_that_keep_the_original_number_are_kept_as_written()
    {
        var draft = Sources.Interpret(Plan(), Mapping()).Draft;

        Assert.That(draft.Recommendations.Select(r => $"{r.Number}|{r.Text}").Take(2),
            Is.EqualTo(new[] { "7 (14)|Improve the quality of plans", "8 (15)|Hear children's views" }));
        Assert.That(draft.Recommendations, Has.Count.EqualTo(7));
    }

    [Test]
    public void Action_rows_under_a_merged_recommendation_belong_to_it_and_the_lead_stays_on_the_recommendation()
    {
        var draft = Sources.Interpret(Plan(), Mapping()).Draft;

        Assert.That(draft.Actions.Take(3).Select(a => $"{a.Recommendation}|{a.Description}|{a.DeadlineText}"),
            Is.EqualTo(new[] { "0|Audit plans|Sept 16", "0|Train managers|Dec 16", "1|Survey|Ongoing" }));
        Assert.That(draft.Named(draft.Recommendations[0].Leads), Is.EqualTo(new[] { "PR / -", "OH / -" }));
        Assert.That(draft.Named(draft.Recommendations[1].Leads), Is.EqualTo(new[] { "PR / -", "OH / -" }));
        Assert.That(draft.People.Select(p => p.Name), Is.EqualTo(new[] { "PR", "OH" }));
    }

    [Test]
    public void Word_scores_are_read_by_label_and_a_word_not_on_the_scale_is_kept_until_mapped()
    {
        var read = Sources.Interpret(Plan(), Mapping());
        var scores = read.Draft.Scores.Select(s => $"{s.Item.Index}: {s.Level?.ToString() ?? "none"} {s.RecordedAs}".Trim());

        Assert.That(scores, Is.EqualTo(new[]
            { "0: 2", "1: 4", "2: none BLUE", "3: 3", "4: 1", "5: none PURPLE", "6: none See notes below for detail" }));
        Assert.That(read.Of(FindingKind.ValueNotOnScale).Select(f => f.Where),
            Is.EqualTo(new[] { "Sheet 'Peer review', row 5, column D", "Sheet 'Peer review', row 8, column D" }));
        Assert.That(read.Of(FindingKind.UnreadableCell).Single().Message, Does.StartWith("\"See notes below for detail\" (1 cell: "));
    }

    [Test]
    public void A_word_the_person_mapped_is_read_as_their_level()
    {
        var draft = Sources.Interpret(Plan(), Mapping(new ValueMapping("BLUE", 4), new ValueMapping("PURPLE", null))).Draft;

        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 2, 0)!.Level, Is.EqualTo(4));
        Assert.That(draft.ScoreOf(ItemLevel.Recommendation, 5, 0), Is.EqualTo(draft.ScoreOf(ItemLevel.Recommendation, 5, 0)! with { Level = null, RecordedAs = "PURPLE" }));
    }

    [Test]
    public void A_dated_update_is_the_reviews_narrative_with_its_date()
    {
        var score = Sources.Interpret(Plan(), Mapping()).Draft.ScoreOf(ItemLevel.Recommendation, 0, 0)!;

        Assert.That((score.Narrative, score.NarrativeDate), Is.EqualTo(("12/03/2016 - audit started", "2016-03-12")));
    }
}
