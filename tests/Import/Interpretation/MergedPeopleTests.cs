using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// A development plan whose lead and deadline cells are merged down over several of an action's success measures: printed
/// once for them all, they are the action's; a measure below naming its own keeps its own.
/// </summary>
public class MergedPeopleTests
{
    private static SourceDocument Plan(int leadSpan)
    {
        var table = new TableBuilder("Plan", 4)
            .Row("Action", "Success measure", "Lead", "Time")
            .Row("1.1 Recruit foster carers", "20 households approved", "Sasha Bennett", "Mar-19")
            .Row("^", "Fewer placement moves", "^", "^")
            .Row("^", "Reviews within 6 weeks", "Lena Fischer", "Sept 18")
            .Row("1.2 Train panel members", "Every member trained", "Ben Okafor", "Dec-18")
            .Build();
        var rows = table.Rows.ToList();
        SourceCell Origin(SourceCell cell) => cell with { Merge = CellMerge.Origin, SpanRows = leadSpan };
        rows[1] = rows[1] with { Cells = [rows[1].Cells[0] with { Merge = CellMerge.Origin, SpanRows = 3 }, rows[1].Cells[1], Origin(rows[1].Cells[2]), Origin(rows[1].Cells[3])] };
        if (leadSpan == 1)
            rows[2] = rows[2] with { Cells = [rows[2].Cells[0], rows[2].Cells[1], SourceCell.Empty, SourceCell.Empty] };
        return Sources.Workbook(table with { Rows = rows });
    }

    private static ImportInterpretation Read(int leadSpan) => Sources.Interpret(Plan(leadSpan), new ImportMapping
    {
        Tables = [new TableChoice(0, 1, 1)],
        Columns =
        [
            new(1, "Action", ColumnRole.Text, ItemLevel.Action), new(2, "Success measure", ColumnRole.Text, ItemLevel.Measure),
            new(3, "Lead", ColumnRole.Lead, ItemLevel.Measure), new(4, "Time", ColumnRole.Deadline, ItemLevel.Measure),
        ],
        Levels = [ItemLevel.Action, ItemLevel.Measure],
        ScoreLevel = ItemLevel.Measure,
        NumbersInText = true,
        Scale = new ScaleChoice { ScaleId = 1 },
    });

    [Test]
    public void A_lead_and_deadline_merged_over_two_measures_are_their_actions()
    {
        var read = Read(leadSpan: 2);
        var draft = read.Draft;

        Assert.That(draft.Actions.Select(a => (a.Code, string.Join(",", draft.Named(a.Leads)), a.DeadlineText)),
            Is.EqualTo(new[] { ("1.1", "Sasha Bennett / -", (string?)"Mar-19"), ("1.2", "", null) }));
        Assert.That(draft.Measures.Select(m => (string.Join(",", draft.Named(m.Leads)), m.DeadlineText)),
            Is.EqualTo(new[] { ("", (string?)null), ("", null), ("Lena Fischer / -", "Sept 18"), ("Ben Okafor / -", "Dec-18") }));
        Assert.That(read.Of(FindingKind.Note).Select(f => f.Message), Has.Some.Contains("merged over rows 2 to 3").And.Some.Contains("action 1.1"));
    }

    [Test]
    public void A_lead_on_one_measures_row_is_that_measures()
    {
        var draft = Read(leadSpan: 1).Draft;

        Assert.That(draft.Actions.Select(a => a.Leads.Count), Is.EqualTo(new[] { 0, 0 }));
        Assert.That(draft.Measures.Select(m => (string.Join(",", draft.Named(m.Leads)), m.DeadlineText)),
            Is.EqualTo(new[] { ("Sasha Bennett / -", (string?)"Mar-19"), ("", null), ("Lena Fischer / -", "Sept 18"), ("Ben Okafor / -", "Dec-18") }));
    }
}
