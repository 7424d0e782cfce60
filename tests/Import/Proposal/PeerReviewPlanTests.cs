using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Layout 3 of domain.md: a peer review plan with RAG as a word (COMPLETED, AMBER, GREEN), a dated update beside it,
/// leads as initials, and recommendations renumbered "7 (14)" at the start of their text.
/// </summary>
public class PeerReviewPlanTests
{
    private static SourceDocument Plan() => Sources.Workbook("SEND peer review plan.xlsx")
        .Table("Sheet1", t => t
            .Row("Recommendation", "Actions", "Timeframe", "RAG", "Update", "Lead")
            .Row("7 (14) Improve the timeliness of education, health and care plans", "Weekly tracking of every plan due",
                "June - Dec 16", "AMBER", "12/10/2016 - tracking in place, 64% on time", "PR")
            .Row("8 (15) Involve parents in designing the local offer", "Parent forum co-production sessions",
                "Sept 16", "COMPLETED", "03/10/2016 - local offer relaunched", "OH & JS")
            .Row("9 (16) Strengthen joint commissioning", "Joint commissioning board set up", "Dec 16", "Green", "", "PR")
            .Row("10 (17) Publish the sufficiency strategy", "Draft strategy to scrutiny", "Mar-17", "TBC",
                "update not available", "JS"))
        .Build();

    private static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, []);

    [Test]
    public void Recommendations_numbered_in_their_text_hold_their_actions_and_carry_the_scores()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 1, 1) }));
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Recommendation, ItemLevel.Action }));
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Columns));
            Assert.That(mapping.NumbersInText, Is.True);
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Recommendation));
            Assert.That(mapping.SplitLetteredActions, Is.False);
        }
    }

    [Test]
    public void The_update_beside_the_RAG_column_is_that_reviews_narrative()
    {
        Assert.That(Proposed().Columns, Is.EqualTo(new[]
        {
            new ColumnMapping(1, "Recommendation", ColumnRole.Text, ItemLevel.Recommendation),
            new ColumnMapping(2, "Actions", ColumnRole.Text, ItemLevel.Action),
            new ColumnMapping(3, "Timeframe", ColumnRole.Deadline, ItemLevel.Recommendation),
            new ColumnMapping(4, "RAG", ColumnRole.Score, Review: "RAG"),
            new ColumnMapping(5, "Update", ColumnRole.Update, Review: "RAG"),
            new ColumnMapping(6, "Lead", ColumnRole.Lead, ItemLevel.Recommendation),
        }));
    }

    [Test]
    public void No_known_scale_explains_the_words_so_a_RAG_scale_is_made_from_them_with_higher_better()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale.ScaleId, Is.Null);
            Assert.That(mapping.Scale.New!.HigherIsBetter, Is.True);
            Assert.That(mapping.Scale.New.Levels, Is.EqualTo(new[]
            {
                new NewScaleLevel(1, "Amber", null, false),
                new NewScaleLevel(2, "Green", null, false),
                new NewScaleLevel(3, "Completed", null, true),
            }));
            Assert.That(mapping.Values, Is.EquivalentTo(new[]
            {
                new ValueMapping("AMBER", 1), new ValueMapping("COMPLETED", 3), new ValueMapping("GREEN", 2), new ValueMapping("TBC", null),
            }));
            Assert.That(mapping.Notes, Has.Some.Contains("a new scale is proposed from the values seen"));
        }
    }

    [Test]
    public void Initials_are_new_people_and_the_review_is_undated()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.People.Select(p => (p.Seen, p.PersonId)), Is.EqualTo(new (string, long?)[]
            {
                ("PR", null), ("OH", null), ("JS", null),
            }));
            Assert.That(mapping.Reviews, Is.EqualTo(new[] { new ReviewColumn("RAG") }));
        }
    }

    [Test]
    public void With_no_title_rows_the_title_is_the_file_name()
    {
        Assert.That(Proposed().Plan, Is.EqualTo(new PlanDetails { Title = "SEND peer review plan", LeadHeading = "Lead" }));
    }
}
