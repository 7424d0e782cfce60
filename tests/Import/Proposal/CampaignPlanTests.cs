using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Layout 4 of domain.md: a campaign plan whose RAG rating is only a cell's fill, two greens of different shades, a grey
/// fill that is no RAG colour, outcomes merged down over their actions and a running log of dated notes.
/// </summary>
public class CampaignPlanTests
{
    private static SourceDocument Plan() => Sources.Workbook("Fostering campaign.xlsx")
        .Table("Campaign", t => t
            .Row("Outcome", "Actions", "Progress", "Timescales", "RAG rating")
            .Row("More children live with local foster carers", "Run a recruitment campaign on local radio",
                "01/02/2022 - Campaign launched\n15/03/2022 - 40 enquiries so far", "June/July 2022", "|#00b050")
            .Row("", "Hold monthly information evenings", "12/03/2022 - First evening held, 12 families came", "Ongoing", "|#ffc000")
            .Row("Carers stay with us", "Offer carers a support group", "02/04/2022 - Group meets monthly", "Sep-22", "|#ff0000")
            .Row("", "Review carers' allowances", "04/04/2022 - Paper to cabinet\n01/05/2022 - Approved", "Completed April 2022", "|#92d050")
            .Row("", "Buddy scheme for new carers", "", "Review in Sept 2022", "|#d9d9d9")
            .Row("", "Exit interviews with every carer who leaves", "10/04/2022 - Template agreed", "Ongoing", "|#92d050")
            .Merge(2, 1, down: 2).Merge(4, 1, down: 4))
        .Build();

    private static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, []);

    [Test]
    public void Outcomes_are_priorities_over_scored_actions_and_the_progress_log_belongs_to_no_review()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Priority, ItemLevel.Action }));
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Columns));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Action));
            Assert.That(mapping.SectionRows, Is.EqualTo(SectionRows.Ignore));
            Assert.That(mapping.Columns, Is.EqualTo(new[]
            {
                new ColumnMapping(1, "Outcome", ColumnRole.Text, ItemLevel.Priority),
                new ColumnMapping(2, "Actions", ColumnRole.Text, ItemLevel.Action),
                new ColumnMapping(3, "Progress", ColumnRole.Update),
                new ColumnMapping(4, "Timescales", ColumnRole.Deadline, ItemLevel.Action),
                new ColumnMapping(5, "RAG rating", ColumnRole.Score, Review: "RAG rating"),
            }));
            Assert.That(mapping.Reviews, Is.EqualTo(new[] { new ReviewColumn("RAG rating") }));
        }
    }

    [Test]
    public void Fills_map_to_the_RAG_scale_by_colour_both_greens_are_green_and_grey_is_left_for_a_person()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale, Is.EqualTo(new ScaleChoice { ScaleId = KnownScales.Rag.Id }));
            Assert.That(mapping.Values, Is.EqualTo(new[]
            {
                new ValueMapping("#00b050", 3), new ValueMapping("#ffc000", 2), new ValueMapping("#ff0000", 1),
                new ValueMapping("#92d050", 3),
            }), "grey is on no level and no placeholder: it is left unmapped for the dry run to ask about");
        }
    }

    [Test]
    public void With_no_RAG_scale_in_the_tracker_a_colour_scale_is_made_with_the_colours_as_filled()
    {
        var mapping = MappingProposer.Propose(Plan(), [KnownScales.OneToThree], []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale.New!.Levels, Is.EqualTo(new[]
            {
                new NewScaleLevel(1, "Red", "#ff0000", false),
                new NewScaleLevel(2, "Amber", "#ffc000", false),
                new NewScaleLevel(3, "Green", "#92d050", false),
            }));
            Assert.That(mapping.Values, Is.EqualTo(new[]
            {
                new ValueMapping("#00b050", 3), new ValueMapping("#ffc000", 2), new ValueMapping("#ff0000", 1),
                new ValueMapping("#92d050", 3),
            }), "grey is on no level and no placeholder: it is left unmapped for the dry run to ask about");
        }
    }

    [Test]
    public void A_colour_left_unmapped_is_asked_about_in_the_dry_run_not_held_as_a_placeholder()
    {
        var source = Plan();
        var read = PlanInterpreter.Interpret(source, MappingProposer.Propose(source, KnownScales.All, []), KnownScales.All, []);

        Assert.That(read.Findings.Where(f => f.Kind == FindingKind.ValueNotOnScale).Select(f => f.Message), Has.One.Contains("#d9d9d9"));
        Assert.That(read.Findings.Where(f => f.Kind == FindingKind.Placeholder).Select(f => f.Message), Has.None.Contains("#d9d9d9"));
    }
}
