using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// A two-level Word plan: one table per priority, the priority's heading the paragraph above each table, actions as the
/// rows. The second table has its columns in another order, so its columns are found by their header text.
/// </summary>
public class WordTablePlanTests
{
    private static SourceDocument Plan() => Sources.Word(
        new TableBuilder("Table 1", 5, "Priority 1: Early help")
            .Row("Ref", "Action", "Lead", "Deadline", "RAG 03/26")
            .Row("1.1", "Open a family hub", "Priya Raman", "31/03/2026", "3")
            .Row("1.2", "Train early help workers", "Owen Hughes", "Jun", "2")
            .Build(),
        new TableBuilder("Table 2", 5, "Priority 2 - Children in care")
            .Row("Ref", "Action", "RAG  03/26", "Lead", "Deadline")
            .Row("2.1", "Recruit foster carers", "4", "priya raman", "Dec 26")
            .Row("2.1", "Keep brothers and sisters together", "1", "Owen Hughes", "Ongoing")
            .Build());

    private static ImportMapping Mapping() => new()
    {
        Tables = [new TableChoice(0, 1, 1), new TableChoice(1, 1, 1)],
        Columns =
        [
            new(1, "Ref", ColumnRole.Number, ItemLevel.Action),
            new(2, "Action", ColumnRole.Text, ItemLevel.Action),
            new(3, "Lead", ColumnRole.Lead),
            new(4, "Deadline", ColumnRole.Deadline),
            new(5, "RAG 03/26", ColumnRole.Score, Review: "RAG 03/26"),
        ],
        Levels = [ItemLevel.Priority, ItemLevel.Action],
        ScoreLevel = ItemLevel.Action,
        TableHeadingsArePriorities = true,
        Reviews = [new ReviewColumn("RAG 03/26", "2026-03-31")],
        Scale = new ScaleChoice { ScaleId = 1 },
    };

    private static ImportInterpretation Read() => Sources.Interpret(Plan(), Mapping());

    [Test]
    public void Each_tables_heading_starts_a_priority_and_its_rows_are_the_priorities_actions()
    {
        var draft = Read().Draft;

        Assert.That(draft.Priorities.Select(p => $"{p.Number}|{p.Title}|{p.From}"), Is.EqualTo(new[]
        {
            $"1|Early help|{new SourcePlace(0, 0)}", $"2|Children in care|{new SourcePlace(1, 0)}",
        }));
        Assert.That(draft.Actions.Select(a => $"{a.Priority}|{a.Code}|{a.Description}|{a.DeadlineText}"), Is.EqualTo(new[]
        {
            "0|1.1|Open a family hub|31/03/2026", "0|1.2|Train early help workers|Jun",
            "1|2.1|Recruit foster carers|Dec 26", "1|2.1|Keep brothers and sisters together|Ongoing",
        }));
    }

    [Test]
    public void A_later_tables_columns_are_found_by_their_header_text()
    {
        var draft = Read().Draft;

        Assert.That(draft.Scores.Select(s => s.Level), Is.EqualTo(new int?[] { 3, 2, 4, 1 }));
        Assert.That(draft.Named(draft.Actions[2].Leads), Is.EqualTo(new[] { "Priya Raman / -" }));
        Assert.That(draft.People, Has.Count.EqualTo(2));
        Assert.That(draft.Reviews.Single(), Is.EqualTo(new ReviewDraft("RAG 03/26", "2026-03-31", true)));
    }

    [Test]
    public void Places_in_a_Word_document_are_named_by_table_row_and_column_number()
    {
        var read = Read();

        Assert.That(read.Of(FindingKind.DeadlineQuestion).Select(f => f.Where), Is.EqualTo(new[] { "Table 1, row 3, column 4" }));
        Assert.That(read.Of(FindingKind.Blocking).Single().Message, Is.EqualTo(
            "2 actions are numbered 2.1 under the same parent: Table 2, row 2, column 2 and Table 2, row 3, column 2. Renumber one in the file, or leave one out."));
        Assert.That(read.Of(FindingKind.Blocking).Single().Where, Is.EqualTo("Table 2, row 3, column 2"));
        Assert.That(read.CanCommit, Is.False);
    }
}
