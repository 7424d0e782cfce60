using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// A deadline in a workbook's date cell names its day exactly, so the dry run does not ask whether "01/09/2018" is day or
/// month first; the same text typed as text still asks.
/// </summary>
public class DateCellDeadlineTests
{
    private static ImportInterpretation Read(SourceCell deadline)
    {
        var table = new TableBuilder("Plan", 2).Row("Action", "By when").Row("Audit plans", "").Build();
        var rows = table.Rows.ToList();
        rows[1] = rows[1] with { Cells = [rows[1].Cells[0], deadline] };
        return Sources.Interpret(Sources.Workbook(table with { Rows = rows }), new ImportMapping
        {
            Tables = [new TableChoice(0, 1, 1)],
            Columns = [new(1, "Action", ColumnRole.Text), new(2, "By when", ColumnRole.Deadline)],
            Levels = [ItemLevel.Recommendation],
            Scale = new ScaleChoice { ScaleId = 1 },
        });
    }

    [Test]
    public void A_date_cell_asks_nothing_and_is_kept_as_shown()
    {
        var read = Read(new SourceCell("01/09/2018", IsDate: true));

        Assert.That(read.Draft.Recommendations.Single().DeadlineText, Is.EqualTo("01/09/2018"));
        Assert.That(read.Of(FindingKind.DeadlineQuestion), Is.Empty);
    }

    [Test]
    public void The_same_date_typed_as_text_asks_which_reading_was_meant()
    {
        Assert.That(Read(new SourceCell("01/09/2018")).Of(FindingKind.DeadlineQuestion).Select(f => f.Message), Has.One.Contains("month first"));
    }
}
