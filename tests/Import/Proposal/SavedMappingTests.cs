using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Next month's file read with last month's mapping: one more title row, the lead and deadline columns moved, a new
/// review column "RAG 07/18" with a value not seen before, and someone new named as a lead.
/// </summary>
public class SavedMappingTests
{
    private static SourceDocument NextMonth() => Sources.Workbook("Development plan 2017-19 July.xlsx")
        .Table("Development plan", t => t
            .Row("Children's Services Development Plan 2017-19")
            .Row("Version 4")
            .Blank()
            .Row("Outcome", "Action", "Ofsted rec", "Success measure(s)", "Time", "Responsible officer", "Lead", "RAG", "", "", "", "",
                "Progress update")
            .Row("", "", "", "", "", "", "", "initial", "01/18", "03/18", "05/18", "07/18", "")
            .Row("Priority 1: Children get the right help at the right time")
            .Row("Families get help as soon as problems emerge", "1.1 Open an early help front door", "Ofsted rec 14",
                "Contacts screened within 24 hours", "Mar-18", "Owen Hughes", "Priya Raman", "2", "3", "3", "4", "5",
                "Sustained for six months.")
            .Row("", "", "", "Re-referrals within 12 months fall below 20%", "Sept 18", "Sam Lee", "Kim Chan", "1", "2", "2", "3", "0",
                "Re-referrals 19% in June.")
            .Merge(4, 1, down: 2).Merge(4, 2, down: 2).Merge(4, 3, down: 2).Merge(4, 4, down: 2).Merge(4, 5, down: 2)
            .Merge(4, 6, down: 2).Merge(4, 7, down: 2).Merge(4, 8, across: 5).Merge(4, 13, down: 2)
            .Merge(6, 1, across: 13).Merge(7, 1, down: 2))
        .Build();

    private static ImportMapping Saved() => DevelopmentPlanTests.Proposed() with
    {
        // What a person adjusted last month and expects to keep.
        Plan = DevelopmentPlanTests.Proposed().Plan with { Title = "Development plan", SourceType = "Ofsted ILACS" },
        Scale = new ScaleChoice { ScaleId = KnownScales.Progress.Id },
        OpenReview = "RAG 03/18",
    };

    private static ImportMapping Applied() => MappingProposer.Propose(NextMonth(), KnownScales.All, [], Saved());

    [Test]
    public void The_header_is_found_again_below_an_extra_title_row()
    {
        Assert.That(Applied().Tables, Is.EqualTo(new[] { new TableChoice(0, 4, 5) }));
    }

    [Test]
    public void Saved_columns_follow_their_headers_to_new_places_the_new_review_column_is_added_and_the_update_after_it_is_its()
    {
        Assert.That(Applied().Columns, Is.EqualTo(new[]
        {
            new ColumnMapping(1, "Outcome", ColumnRole.OutcomeStatement),
            new ColumnMapping(2, "Action", ColumnRole.Text, ItemLevel.Action),
            new ColumnMapping(3, "Ofsted rec", ColumnRole.SourceReference),
            new ColumnMapping(4, "Success measure(s)", ColumnRole.Text, ItemLevel.Measure),
            new ColumnMapping(5, "Time", ColumnRole.Deadline, ItemLevel.Measure),
            new ColumnMapping(6, "Responsible officer", ColumnRole.Owner, ItemLevel.Measure),
            new ColumnMapping(7, "Lead", ColumnRole.Lead, ItemLevel.Measure),
            new ColumnMapping(8, "RAG initial", ColumnRole.Score, Review: "RAG initial"),
            new ColumnMapping(9, "RAG 01/18", ColumnRole.Score, Review: "RAG 01/18"),
            new ColumnMapping(10, "RAG 03/18", ColumnRole.Score, Review: "RAG 03/18"),
            new ColumnMapping(11, "RAG 05/18", ColumnRole.Score, Review: "RAG 05/18"),
            new ColumnMapping(12, "RAG 07/18", ColumnRole.Score, Review: "RAG 07/18"),
            new ColumnMapping(13, "Progress update", ColumnRole.Update, Review: "RAG 07/18"),
        }));
    }

    [Test]
    public void The_new_review_comes_last_and_nothing_is_left_open_by_name()
    {
        var mapping = Applied();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Reviews.Select(r => r.Label), Is.EqualTo(new[] { "RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18", "RAG 07/18" }));
            Assert.That(mapping.OpenReview, Is.Null);
            Assert.That(mapping.Notes, Has.Some.Contains("\"RAG 07/18\""));
        }
    }

    [Test]
    public void Levels_hierarchy_and_scale_are_kept_and_values_and_people_seen_for_the_first_time_are_added()
    {
        var mapping = Applied();
        var saved = Saved();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(saved.Levels));
            Assert.That(mapping.Hierarchy, Is.EqualTo(saved.Hierarchy));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(saved.ScoreLevel));
            Assert.That(mapping.SectionRows, Is.EqualTo(saved.SectionRows));
            Assert.That(mapping.Scale, Is.EqualTo(saved.Scale));
            Assert.That(mapping.Values, Is.EqualTo(saved.Values.Append(new ValueMapping("5", 5))));
            Assert.That(mapping.People, Is.EqualTo(saved.People.Append(new PersonMapping("Kim Chan", null, "Kim Chan", null))));
        }
    }

    [Test]
    public void The_plan_keeps_its_saved_title_and_takes_this_months_version()
    {
        Assert.That(Applied().Plan, Is.EqualTo(new PlanDetails
        {
            Title = "Development plan",
            SourceType = "Ofsted ILACS",
            PlanVersion = "Version 4",
            LeadHeading = "Lead",
            OwnerHeading = "Responsible officer",
        }));
    }

    [Test]
    public void A_saved_mapping_whose_header_is_not_in_the_file_gives_way_to_a_fresh_proposal()
    {
        var unrelated = Sources.Workbook("Other.xlsx")
            .Table("Plan", t => t
                .Row("Ref", "Action", "Owner", "RAG")
                .Row("1", "Audit the front door", "Sam Lee", "Green"))
            .Build();

        var mapping = MappingProposer.Propose(unrelated, KnownScales.All, [], Saved());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Columns.Select(c => c.Role), Is.EqualTo(new[] { ColumnRole.Number, ColumnRole.Text, ColumnRole.Owner, ColumnRole.Score }));
            Assert.That(mapping.Notes[0], Does.StartWith("The saved mapping's header was not found"));
        }
    }
}
