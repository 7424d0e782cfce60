using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// An action carried over from the inspection, in a plan with no column for its tag: the tag ends the action's text, on a
/// line of its own or in brackets, and is kept as the action's tag with a note saying so.
/// </summary>
public class ActionTagTests
{
    private static ImportInterpretation Read(string action) => Sources.Interpret(
        Sources.Workbook(new TableBuilder("Plan", 3).Row("Priority", "Action", "Lead").Row("Early help", action, "Owen Hughes").Build()),
        new ImportMapping
        {
            Tables = [new TableChoice(0, 1, 1)],
            Columns = [new(1, "Priority", ColumnRole.Text, ItemLevel.Priority), new(2, "Action", ColumnRole.Text, ItemLevel.Action), new(3, "Lead", ColumnRole.Lead)],
            Levels = [ItemLevel.Priority, ItemLevel.Action],
            ScoreLevel = ItemLevel.Action,
            NumbersInText = true,
            Scale = new ScaleChoice { ScaleId = 1 },
        });

    [TestCase("1.2 Strengthen oversight of assessments\nOfsted rec 14", "Strengthen oversight of assessments", "Ofsted rec 14")]
    [TestCase("1.2 Strengthen oversight of assessments (Ofsted recommendation 3)", "Strengthen oversight of assessments", "Ofsted recommendation 3")]
    [TestCase("1.2 Strengthen oversight - ILACS rec. 7", "Strengthen oversight", "ILACS rec. 7")]
    public void A_tag_ending_an_actions_text_becomes_its_tag(string cell, string description, string tag)
    {
        var read = Read(cell);

        Assert.That(read.Draft.Actions.Select(a => (a.Code, a.Description, a.SourceReference)), Is.EqualTo(new[] { ("1.2", description, tag) }));
        Assert.That(read.Findings.Where(f => f.Kind == FindingKind.Note).Select(f => f.Message), Has.One.Contains($"\"{tag}\""));
    }

    [TestCase("1.2 Act on Ofsted rec 14 by March")]
    [TestCase("1.2 Report to the board on recommendation 14")]
    [TestCase("Ofsted rec 14")]
    public void Text_that_only_mentions_a_recommendation_is_left_as_written(string cell)
    {
        var read = Read(cell);

        Assert.That(read.Draft.Actions.Select(a => a.SourceReference), Is.EqualTo(new string?[] { null }));
        Assert.That(read.Draft.Actions[0].Description, Is.EqualTo(cell.StartsWith("1.2 ", StringComparison.Ordinal) ? cell[4..] : cell));
    }
}
