using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Layout 1 of domain.md: one row per inspection recommendation, two score columns (last review, this review), a printed
/// direction of travel, the actions lettered inside one cell, title rows above the header and sheets that are not the plan.
/// </summary>
public class RecommendationPlanTests
{
    private static readonly IReadOnlyList<KnownPerson> People =
    [
        new(10, "Priya Raman", "Head of Safeguarding", null),
        new(11, "Owen Hughes", "Service Manager", "owen.hughes@council.gov.uk"),
        new(12, null, "Head of Service", null),
    ];

    private static SourceDocument Plan() => Sources.Workbook("Ofsted plan Nov 16.xlsx")
        .Table("Notes", t => t
            .Row("How to fill in this plan")
            .Row("Score", "Meaning")
            .Row("1", "Good progress"))
        .Table("Action Plan", t => t
            .Row("Children's Services Improvement Plan following the Ofsted inspection")
            .Row("Plan version v3.2", "Date: 01/11/2016")
            .Row("Reviewer: Jane Smith")
            .Row("Date of review: 15/11/2016")
            .Blank()
            .Row("No.", "Recommendation", "Assigned lead", "Score at the last review", "Score at this review (Update November 16)",
                "Direction of travel compared to last review", "Description of actions", "Owner(s)", "By when")
            .Row("1", "Improve the quality and timeliness of assessments so that they consistently identify risk",
                "Priya Raman (Head of Service)", "2", "2", "Improving",
                "A. Audit 40 assessments each month\nB. Train all social workers in the new model\nC. Report audit findings to the board",
                "Owen Hughes", "March 2017")
            .Row("2", "Ensure that children in care have up-to-date plans that are reviewed on time",
                "Head of Service", "1", "Score - please select", "Maintained",
                "A. Track plans weekly\nB. Add capacity to the reviewing team", "Owen Hughes / Sam Lee", "Ongoing")
            .Row("3", "Strengthen management oversight of practice and supervision across the service",
                "Owen Hughes, Service Manager", "3", "2", "Declining",
                "A. Monthly supervision audits\nB. Managers' development programme", "Sam Lee", "August 16 & March 2017"))
        .Table("KPI", t => t
            .Row("Indicator", "Polarity", "RAG", "Direction of travel")
            .Row("Re-referrals", "Lower is better", "|#ff0000", "↑"))
        .Build();

    private static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, People);

    [Test]
    public void The_plan_sheet_is_chosen_below_its_title_rows_and_the_notes_and_KPI_sheets_are_left_out()
    {
        Assert.That(Proposed().Tables, Is.EqualTo(new[] { new TableChoice(1, 6, 6) }));
    }

    [Test]
    public void Each_column_gets_its_role_with_the_recommendation_as_the_row_level()
    {
        Assert.That(Proposed().Columns, Is.EqualTo(new[]
        {
            new ColumnMapping(1, "No.", ColumnRole.Number, ItemLevel.Recommendation),
            new ColumnMapping(2, "Recommendation", ColumnRole.Text, ItemLevel.Recommendation),
            new ColumnMapping(3, "Assigned lead", ColumnRole.Lead, ItemLevel.Recommendation),
            new ColumnMapping(4, "Score at the last review", ColumnRole.Score, Review: "Score at the last review"),
            new ColumnMapping(5, "Score at this review (Update November 16)", ColumnRole.Score,
                Review: "Score at this review (Update November 16)"),
            new ColumnMapping(6, "Direction of travel compared to last review", ColumnRole.PrintedDirection,
                Review: "Score at this review (Update November 16)"),
            new ColumnMapping(7, "Description of actions", ColumnRole.Text, ItemLevel.Action),
            new ColumnMapping(8, "Owner(s)", ColumnRole.Owner, ItemLevel.Recommendation),
            new ColumnMapping(9, "By when", ColumnRole.Deadline, ItemLevel.Recommendation),
        }));
    }

    [Test]
    public void Recommendations_hold_lettered_actions_and_carry_the_scores()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Recommendation, ItemLevel.Action }));
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Columns));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Recommendation));
            Assert.That(mapping.SplitLetteredActions, Is.True);
            Assert.That(mapping.NumbersInText, Is.False);
            Assert.That(mapping.SectionRows, Is.EqualTo(SectionRows.Ignore));
            Assert.That(mapping.TableHeadingsArePriorities, Is.False);
        }
    }

    [Test]
    public void The_two_score_columns_are_two_undated_reviews_with_the_last_left_open()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Reviews, Is.EqualTo(new[]
            {
                new ReviewColumn("Score at the last review"),
                new ReviewColumn("Score at this review (Update November 16)"),
            }));
            Assert.That(mapping.OpenReview, Is.Null);
        }
    }

    [Test]
    public void The_1_to_3_scale_explains_the_scores_and_please_select_is_no_score()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale, Is.EqualTo(new ScaleChoice { ScaleId = KnownScales.OneToThree.Id }));
            Assert.That(mapping.Values, Is.EquivalentTo(new[]
            {
                new ValueMapping("1", 1), new ValueMapping("2", 2), new ValueMapping("3", 3),
                new ValueMapping("SCORE - PLEASE SELECT", null),
            }));
        }
    }

    [Test]
    public void Leads_and_owners_in_the_order_first_named_are_matched_by_name_then_job_title_and_the_rest_are_new()
    {
        Assert.That(Proposed().People, Is.EqualTo(new[]
        {
            new PersonMapping("Priya Raman (Head of Service)", 10, "Priya Raman", "Head of Service"),
            new PersonMapping("Owen Hughes", 11, "Owen Hughes", null),
            new PersonMapping("Head of Service", 12, null, "Head of Service"),
            new PersonMapping("Sam Lee", null, "Sam Lee", null),
            new PersonMapping("Owen Hughes, Service Manager", 11, "Owen Hughes", "Service Manager"),
        }));
    }

    [Test]
    public void The_title_version_date_and_inspection_come_from_the_title_rows()
    {
        Assert.That(Proposed().Plan, Is.EqualTo(new PlanDetails
        {
            Title = "Children's Services Improvement Plan following the Ofsted inspection",
            SourceType = "Ofsted inspection",
            PlanVersion = "v3.2",
            PlanDate = "2016-11-01",
            LeadHeading = "Assigned lead",
            OwnerHeading = "Owner(s)",
        }));
    }
}
