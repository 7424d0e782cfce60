using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Counts and shares typed under a colour-only plan ("Number of actions Red 1", "% Green 20%") are printed figures,
/// not score values: they must not tip the scale proposal away from the tracker's RAG scale.
/// </summary>
public class CountsUnderTheTableTests
{
    private static SourceDocument Plan(bool withCounts) => Sources.Workbook("Campaign.xlsx")
        .Table("Campaign", t =>
        {
            t.Row("Outcome", "Actions", "Timescales", "RAG rating")
                .Row("Families foster", "Run a radio campaign", "June 18", "|#92d050")
                .Row("", "Hold information evenings", "Monthly", "|#ffcc00")
                .Row("", "Answer enquiries in two days", "Ongoing", "|#ff0000")
                .Row("", "Review allowances", "Dec-18", "|#7030a0")
                .Row("", "Number of foster carers recruited by March", "Mar-19", "|#92d050");
            if (withCounts)
                t.Blank().Row("Number of actions Red", "", "", "1").Row("% Green", "", "", "20%").Row("Count of actions", "", "", "5");
        })
        .Build();

    [Test]
    public void Counts_and_shares_under_the_table_are_not_score_values()
    {
        var mapping = MappingProposer.Propose(Plan(withCounts: true), KnownScales.All, []);

        Assert.That(mapping.Scale, Is.EqualTo(new ScaleChoice { ScaleId = KnownScales.Rag.Id }));
        Assert.That(mapping.Values.Select(v => v.Seen), Is.EquivalentTo(new[] { "#92d050", "#ffcc00", "#ff0000" }));
        Assert.That(MappingProposer.Propose(Plan(withCounts: false), KnownScales.All, []).Scale, Is.EqualTo(mapping.Scale), "the same as without them");
    }

    [Test]
    public void An_action_that_starts_with_number_of_is_still_an_action()
    {
        var source = Plan(withCounts: true);
        var read = PlanInterpreter.Interpret(source, MappingProposer.Propose(source, KnownScales.All, []), KnownScales.All, []);

        Assert.That(read.Draft.Actions.Select(a => a.Description), Has.Member("Number of foster carers recruited by March"));
        Assert.That(read.Draft.PrintedFigures.Select(f => (f.Kind, f.Level, f.Priority)), Is.EqualTo(new[]
        {
            ("countAtLevel", (int?)1, (int?)null), ("percentageAtLevel", 3, null), ("itemCount", null, null),
        }), "figures set apart from the table by a blank row are the whole plan's, not the last priority's");
    }
}
