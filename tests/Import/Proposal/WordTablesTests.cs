using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// "How plans arrive": a Word document with one table per priority sharing one header, each with the priority's heading
/// as a paragraph above it, and a sign-off table at the end that is not the plan.
/// </summary>
public class WordTablesTests
{
    private static SourceDocument Plan() => Sources.Word("Improvement plan.docx")
        .Table("Table 1", t => t
            .Row("Ref", "Action", "Lead", "Deadline", "RAG", "Update")
            .Row("1.1", "Open a multi-agency front door", "Priya Raman", "31/03/2018", "Green", "Open since January")
            .Row("1.2", "Publish thresholds guidance", "Owen Hughes", "Dec-17", "Amber", "Draft with partners"),
            heading: "Priority 1: Early help")
        .Table("Table 2", t => t
            .Row("Ref", "Action", "Lead", "Deadline", "RAG", "Update")
            .Row("2.1", "Recruit 20 foster carers", "Sam Lee", "March 2018", "Red", "Eight approved"),
            heading: "Priority 2: Children in care")
        .Table("Table 3", t => t
            .Row("Ref", "Action", "Lead", "Deadline", "RAG", "Update")
            .Row("3.1", "Care leavers' hub", "Sam Lee", "Ongoing", "Green", ""),
            heading: "Priority 3: Care leavers")
        .Table("Table 4", t => t
            .Row("Signed", "Name", "Date")
            .Row("Director of Children's Services", "Ann Other", "01/04/2018"))
        .Build();

    private static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, []);

    [Test]
    public void Every_table_sharing_the_header_is_read_and_each_heading_starts_a_priority()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 1, 1), new TableChoice(1, 1, 1), new TableChoice(2, 1, 1) }));
            Assert.That(mapping.TableHeadingsArePriorities, Is.True);
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Priority, ItemLevel.Action }));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Action));
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Columns));
        }
    }

    [Test]
    public void The_columns_of_a_table_per_priority()
    {
        Assert.That(Proposed().Columns, Is.EqualTo(new[]
        {
            new ColumnMapping(1, "Ref", ColumnRole.Number, ItemLevel.Action),
            new ColumnMapping(2, "Action", ColumnRole.Text, ItemLevel.Action),
            new ColumnMapping(3, "Lead", ColumnRole.Lead, ItemLevel.Action),
            new ColumnMapping(4, "Deadline", ColumnRole.Deadline, ItemLevel.Action),
            new ColumnMapping(5, "RAG", ColumnRole.Score, Review: "RAG"),
            new ColumnMapping(6, "Update", ColumnRole.Update, Review: "RAG"),
        }));
    }

    [Test]
    public void Words_of_every_table_are_read_on_the_RAG_scale()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale, Is.EqualTo(new ScaleChoice { ScaleId = KnownScales.Rag.Id }));
            Assert.That(mapping.Values, Is.EqualTo(new[]
            {
                new ValueMapping("GREEN", 3), new ValueMapping("AMBER", 2), new ValueMapping("RED", 1),
            }));
            Assert.That(mapping.People.Select(p => p.Seen), Is.EqualTo(new[] { "Priya Raman", "Owen Hughes", "Sam Lee" }));
            Assert.That(mapping.Plan.Title, Is.EqualTo("Improvement plan"));
        }
    }

    [Test]
    public void A_workbook_reads_only_its_best_sheet_even_when_others_share_the_header()
    {
        var document = Plan() with { FileName = "Improvement plan.xlsx", Format = "xlsx" };

        var mapping = MappingProposer.Propose(document, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 1, 1) }));
            Assert.That(mapping.TableHeadingsArePriorities, Is.False);
        }
    }

    [Test]
    public void The_plans_title_is_the_paragraph_above_the_first_table_not_its_priority_heading()
    {
        var plan = Plan();
        var titled = plan with
        {
            Tables = [plan.Tables[0] with { TextAbove = ["Children's Social Care Improvement Plan", "Version 2.3", "Priority 1: Early help"] }, .. plan.Tables.Skip(1)],
        };

        var details = MappingProposer.Propose(titled, KnownScales.All, []).Plan;

        Assert.That((details.Title, details.PlanVersion), Is.EqualTo(("Children's Social Care Improvement Plan", "Version 2.3")));
        Assert.That(Proposed().Plan.Title, Is.EqualTo("Improvement plan"), "with only the priority heading above, the file's name");
    }
}
