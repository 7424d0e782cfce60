using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// Shape 4 of domain.md: outcomes (unnumbered priorities) with actions under them, progress as a running log of dated
/// notes in one cell, and the RAG rating shown only as the cell's colour.
/// </summary>
public class CampaignPlanTests
{
    private static SourceDocument Plan() => Sources.Workbook(new TableBuilder("Campaign", 5)
        .Row("Outcome", "Actions", "Progress", "Timescales", "RAG rating")
        .Row("Foster carers stay with us", "Recruit 10 carers",
            "12/03/2026 - Campaign launched\n15/04/2026: 3 enquiries\nMay 2026 panel booked", "Mar-27", "fill:#92d050")
        .Row("^", "Run events", "No progress yet", "Ongoing", "fill:#ffcc00")
        .Row("^", "Review allowances", "", "Dec 26", "fill:#7030a0")
        .Row("Children return home", "Reunification team", "", "", "Green|fill:#d4351c")
        .Build());

    private static ImportMapping Mapping() => new()
    {
        Tables = [new TableChoice(0, 1, 1)],
        Columns =
        [
            new(1, "Outcome", ColumnRole.Text, ItemLevel.Priority),
            new(2, "Actions", ColumnRole.Text, ItemLevel.Action),
            new(3, "Progress", ColumnRole.Update),
            new(4, "Timescales", ColumnRole.Deadline, ItemLevel.Action),
            new(5, "RAG rating", ColumnRole.Score, Review: "RAG rating"),
        ],
        Levels = [ItemLevel.Priority, ItemLevel.Action],
        ScoreLevel = ItemLevel.Action,
        Reviews = [new ReviewColumn("RAG rating")],
        Scale = new ScaleChoice { ScaleId = 3 },
    };

    private static ImportInterpretation Read() => Sources.Interpret(Plan(), Mapping());

    [Test]
    public void Outcomes_are_unnumbered_priorities_with_their_actions()
    {
        var draft = Read().Draft;

        Assert.That(draft.Priorities.Select(p => $"{p.Number ?? "-"}|{p.Title}"), Is.EqualTo(new[] { "-|Foster carers stay with us", "-|Children return home" }));
        Assert.That(draft.Actions.Select(a => $"{a.Priority}|{a.Recommendation?.ToString() ?? "-"}|{a.Description}|{a.DeadlineText ?? "-"}"), Is.EqualTo(new[]
        {
            "0|-|Recruit 10 carers|Mar-27", "0|-|Run events|Ongoing", "0|-|Review allowances|Dec 26", "1|-|Reunification team|-",
        }));
    }

    [Test]
    public void Colour_only_scores_are_read_by_the_scales_colours_and_a_colour_not_on_it_is_kept()
    {
        var read = Read();
        var scores = read.Draft.Scores.Select(s => $"{s.Item.Index}: {s.Level?.ToString() ?? "none"} {s.RecordedAs}".Trim());

        Assert.That(scores, Is.EqualTo(new[] { "0: 3", "1: 2", "2: none colour #7030a0", "3: 3" }));
        Assert.That(read.Of(FindingKind.ValueNotOnScale).Single().Message, Does.StartWith("\"colour #7030a0\" (1 cell: Sheet 'Campaign', row 4, column E)"));
    }

    [Test]
    public void A_running_log_becomes_the_actions_updates_in_printed_order_with_only_full_dates()
    {
        var updates = Read().Draft.Updates.Select(u => $"{u.Item.Index}|{u.Position}|{u.WrittenOn ?? "undated"}|{u.Review?.ToString() ?? "-"}|{u.Text}");

        Assert.That(updates, Is.EqualTo(new[]
        {
            "0|1|2026-03-12|-|12/03/2026 - Campaign launched",
            "0|2|2026-04-15|-|15/04/2026: 3 enquiries",
            "0|3|undated|-|May 2026 panel booked",
            "1|1|undated|-|No progress yet",
        }));
    }
}
