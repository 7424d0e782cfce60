using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// A Word plan with one table per priority where one table carries its priority's heading as its own first row, above
/// the header, instead of as a paragraph above the table.
/// </summary>
public class WordTableHeadingRowTests
{
    private static SourceDocument Plan() => Sources.Word(
        new TableBuilder("Table 1", 3, "Priority 1: Early help")
            .Row("Ref", "Action", "RAG")
            .Row("1.1", "Open a family hub", "3")
            .Build(),
        new TableBuilder("Table 2", 3, "Progress at April 2018")
            .Section("Priority 2: Children in care")
            .Row("Ref", "Action", "RAG")
            .Row("2.1", "Recruit foster carers", "2")
            .Build());

    private static ImportMapping Mapping() => new()
    {
        Tables = [new TableChoice(0, 1, 1), new TableChoice(1, 2, 2)],
        Columns = [new(1, "Ref", ColumnRole.Number, ItemLevel.Action), new(2, "Action", ColumnRole.Text, ItemLevel.Action), new(3, "RAG", ColumnRole.Score, Review: "RAG")],
        Levels = [ItemLevel.Priority, ItemLevel.Action],
        ScoreLevel = ItemLevel.Action,
        TableHeadingsArePriorities = true,
        Reviews = [new ReviewColumn("RAG")],
        Scale = new ScaleChoice { ScaleId = 1 },
    };

    [Test]
    public void A_heading_row_above_a_tables_header_starts_its_priority_before_the_paragraph_above_the_table()
    {
        var draft = Sources.Interpret(Plan(), Mapping()).Draft;

        Assert.That(draft.Priorities.Select(p => $"{p.Number}|{p.Title}|{p.From}"), Is.EqualTo(new[]
        {
            $"1|Early help|{new SourcePlace(0, 0)}", $"2|Children in care|{new SourcePlace(1, 1)}",
        }));
        Assert.That(draft.Actions.Select(a => $"{a.Priority}|{a.Code}"), Is.EqualTo(new[] { "0|1.1", "1|2.1" }));
    }

    [Test]
    public void In_a_workbook_rows_above_the_header_are_title_rows_not_a_priority()
    {
        var workbook = Sources.Workbook(Plan().Tables[1]);
        var draft = Sources.Interpret(workbook, Mapping() with { Tables = [new TableChoice(0, 2, 2)] }).Draft;

        Assert.That(draft.Priorities.Select(p => p.Title), Is.EqualTo(new[] { "Progress at April 2018" }), "a workbook's sheet has no paragraph above; its heading is used as given");
    }
}
