using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// "How plans arrive": a CSV export with title rows above the header, a review column dated in full, and the title and
/// header repeated where each printed page began.
/// </summary>
public class CsvTitleRowsTests
{
    private static SourceDocument Plan() => Sources.Csv("yj-plan.csv")
        .Table("yj-plan", t => t
            .Row("Youth Justice HMIP inspection action plan")
            .Row("Version 2")
            .Row("Date:", "03/02/2023")
            .Blank()
            .Row("No.", "Recommendation", "Lead", "Deadline", "Score 31/01/2023", "Score Feb 23")
            .Row("1", "Improve the quality of assessments of children's safety and wellbeing", "Head of Youth Justice",
                "31/03/2023", "2", "3")
            .Row("2", "Make sure that children's voices shape their plans", "Sam Lee", "Jun-23", "1", "2")
            .Row("Youth Justice HMIP inspection action plan")
            .Row("No.", "Recommendation", "Lead", "Deadline", "Score 31/01/2023", "Score Feb 23")
            .Row("3", "Strengthen the board's oversight of disproportionality", "Chair of the Board", "Ongoing", "2", "0"))
        .Build();

    private static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, []);

    [Test]
    public void The_header_is_below_the_title_rows_and_a_repeated_page_header_is_not_read_as_data()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 5, 5) }));
            Assert.That(mapping.Values.Select(v => v.Seen), Is.EquivalentTo(new[] { "1", "2", "3", "0" }));
            Assert.That(mapping.People.Select(p => p.Seen), Is.EqualTo(new[] { "Head of Youth Justice", "Sam Lee", "Chair of the Board" }));
            Assert.That(mapping.SectionRows, Is.EqualTo(SectionRows.Ignore), "the repeated title is not a priority");
        }
    }

    [Test]
    public void A_plan_of_recommendations_alone_scores_each_recommendation()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Recommendation }));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Recommendation));
            Assert.That(mapping.Columns.Select(c => (c.Role, c.Level)), Is.EqualTo(new (ColumnRole, ItemLevel?)[]
            {
                (ColumnRole.Number, ItemLevel.Recommendation), (ColumnRole.Text, ItemLevel.Recommendation),
                (ColumnRole.Lead, ItemLevel.Recommendation), (ColumnRole.Deadline, ItemLevel.Recommendation),
                (ColumnRole.Score, null), (ColumnRole.Score, null),
            }));
        }
    }

    [Test]
    public void A_review_is_dated_only_when_its_header_holds_a_full_date()
    {
        Assert.That(Proposed().Reviews, Is.EqualTo(new[]
        {
            new ReviewColumn("Score 31/01/2023", "2023-01-31"), new ReviewColumn("Score Feb 23"),
        }));
    }

    [Test]
    public void The_title_version_date_and_inspectorate_come_from_the_title_rows()
    {
        Assert.That(Proposed().Plan, Is.EqualTo(new PlanDetails
        {
            Title = "Youth Justice HMIP inspection action plan",
            SourceType = "HMIP inspection",
            PlanVersion = "Version 2",
            PlanDate = "2023-02-03",
            LeadHeading = "Lead",
        }));
    }
}
