using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>A column of inspection tags ("Ofsted rec 3") under a header the tracker does not know is the actions' tag column.</summary>
public class InspectionTagColumnTests
{
    private static SourceDocument Plan(string tag) => Sources.Workbook("Plan.xlsx")
        .Table("Plan", t => t
            .Row("Priority", "Action", "Inspection link", "Lead", "RAG")
            .Row("Early help", "1.1 Open a family hub", tag, "Priya Raman", "2")
            .Row("", "1.2 Train early help workers", "", "Owen Hughes", "3")
            .Row("", "1.3 Audit referrals", "ILACS recommendation 7", "Owen Hughes", "3"))
        .Build();

    [Test]
    public void A_column_holding_only_inspection_tags_is_the_actions_tag()
    {
        var column = MappingProposer.Propose(Plan("Ofsted rec 3"), KnownScales.All, []).Columns.Single(c => c.Column == 3);

        Assert.That(column.Role, Is.EqualTo(ColumnRole.SourceReference));
    }

    [Test]
    public void A_column_of_other_words_is_not()
    {
        var column = MappingProposer.Propose(Plan("See board minutes"), KnownScales.All, []).Columns.Single(c => c.Column == 3);

        Assert.That(column.Role, Is.Not.EqualTo(ColumnRole.SourceReference));
    }
}
