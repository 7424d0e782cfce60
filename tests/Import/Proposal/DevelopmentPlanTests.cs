using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Layout 2 of domain.md: numbered priorities as section rows, an outcome per priority, actions tagged "Ofsted rec 14",
/// success measures as the row unit with their own lead, responsible officer and deadline, a two-row header (a merged
/// "RAG" over "initial", "01/18" ...), "0" typed into future reviews, averages typed under the table and a KPI sheet.
/// </summary>
public class DevelopmentPlanTests
{
    private static readonly IReadOnlyList<KnownPerson> People =
    [
        new(20, "Priya Raman", "Head of Early Help", "priya.raman@council.gov.uk"),
    ];

    internal static SourceDocument Plan() => Sources.Workbook("Development plan 2017-19.xlsx")
        .Table("Development plan", t => t
            .Row("Children's Services Development Plan 2017-19")
            .Blank()
            .Row("Outcome", "Action", "Ofsted rec", "Success measure(s)", "Lead", "Responsible officer", "Time", "RAG", "", "", "",
                "Progress update")
            .Row("", "", "", "", "", "", "", "initial", "01/18", "03/18", "05/18", "")
            .Row("Priority 1: Children get the right help at the right time")
            .Row("Families get help as soon as problems emerge", "1.1 Open an early help front door", "Ofsted rec 14",
                "Contacts screened within 24 hours", "priya.raman@council.gov.uk", "Owen Hughes", "Mar-18", "2", "3", "3", "0",
                "Front door open since January.")
            .Row("", "", "", "Re-referrals within 12 months fall below 20%", "Priya Raman", "Sam Lee", "Sept 18", "1", "2", "2", "0",
                "Re-referrals 22% in March.")
            .Row("", "1.2 Train staff in the early help assessment", "", "90% of staff trained", "Priya Raman", "Head of Service",
                "Dec-17", "2", "2", "4", "0", "")
            .Row("", "", "", "Priority 1 average", "", "", "", "1.7", "2.3", "3.0", "")
            .Row("Priority 2: Children in care live in stable homes")
            .Row("Children stay in one home", "2.1 Recruit 20 more foster carers", "", "20 carers approved by March 2018",
                "Sam Lee", "Owen Hughes", "March 2018", "1", "1", "2", "0", "Campaign launched.")
            .Row("", "", "", "Priority 2 average", "", "", "", "1.0", "1.0", "2.0", "")
            .Blank()
            .Row("", "", "", "Overall average", "", "", "", "1.4", "1.7", "2.5", "")
            .Merge(3, 1, down: 2).Merge(3, 2, down: 2).Merge(3, 3, down: 2).Merge(3, 4, down: 2).Merge(3, 5, down: 2)
            .Merge(3, 6, down: 2).Merge(3, 7, down: 2).Merge(3, 8, across: 4).Merge(3, 12, down: 2)
            .Merge(5, 1, across: 12).Merge(6, 1, down: 3).Merge(6, 2, down: 2).Merge(6, 3, down: 2).Merge(10, 1, across: 12))
        .Table("KPIs", t => t
            .Row("Indicator", "Polarity", "Outturn 2016-17", "Jul", "Aug", "Direction of travel", "RAG")
            .Row("Contacts screened in 24 hours", "Higher is better", "80%", "85%", "90%", "↑", "|#92d050"))
        .Build();

    internal static ImportMapping Proposed() => MappingProposer.Propose(Plan(), KnownScales.All, People);

    [Test]
    public void The_two_row_header_is_found_under_the_title_and_its_texts_are_joined()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 3, 4) }));
            Assert.That(mapping.Columns.Select(c => c.Header), Is.EqualTo(new[]
            {
                "Outcome", "Action", "Ofsted rec", "Success measure(s)", "Lead", "Responsible officer", "Time",
                "RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18", "Progress update",
            }));
        }
    }

    [Test]
    public void Measures_carry_their_own_lead_owner_and_deadline_and_the_update_belongs_to_the_latest_review()
    {
        Assert.That(Proposed().Columns, Is.EqualTo(new[]
        {
            new ColumnMapping(1, "Outcome", ColumnRole.OutcomeStatement),
            new ColumnMapping(2, "Action", ColumnRole.Text, ItemLevel.Action),
            new ColumnMapping(3, "Ofsted rec", ColumnRole.SourceReference),
            new ColumnMapping(4, "Success measure(s)", ColumnRole.Text, ItemLevel.Measure),
            new ColumnMapping(5, "Lead", ColumnRole.Lead, ItemLevel.Measure),
            new ColumnMapping(6, "Responsible officer", ColumnRole.Owner, ItemLevel.Measure),
            new ColumnMapping(7, "Time", ColumnRole.Deadline, ItemLevel.Measure),
            new ColumnMapping(8, "RAG initial", ColumnRole.Score, Review: "RAG initial"),
            new ColumnMapping(9, "RAG 01/18", ColumnRole.Score, Review: "RAG 01/18"),
            new ColumnMapping(10, "RAG 03/18", ColumnRole.Score, Review: "RAG 03/18"),
            new ColumnMapping(11, "RAG 05/18", ColumnRole.Score, Review: "RAG 05/18"),
            new ColumnMapping(12, "Progress update", ColumnRole.Update, Review: "RAG 05/18"),
        }));
    }

    [Test]
    public void Priorities_come_from_the_section_rows_over_actions_and_scored_success_measures()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Priority, ItemLevel.Action, ItemLevel.Measure }));
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Columns));
            Assert.That(mapping.SectionRows, Is.EqualTo(SectionRows.Priority));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Measure));
            Assert.That(mapping.NumbersInText, Is.True, "actions are numbered in their text (\"1.1 Open ...\")");
            Assert.That(mapping.SplitLetteredActions, Is.False);
        }
    }

    [Test]
    public void Four_review_columns_are_four_undated_reviews_in_column_order()
    {
        Assert.That(Proposed().Reviews, Is.EqualTo(new[]
        {
            new ReviewColumn("RAG initial"), new ReviewColumn("RAG 01/18"), new ReviewColumn("RAG 03/18"), new ReviewColumn("RAG 05/18"),
        }));
    }

    [Test]
    public void Bare_numbers_make_a_scale_with_no_direction_zeros_are_no_score_and_the_typed_averages_are_not_values()
    {
        var mapping = Proposed();

        using (Assert.EnterMultipleScope())
        {
            // The sheet never says which end is good, so the 1 to 5 progress scale (higher is better) is not chosen for it.
            Assert.That(mapping.Scale.ScaleId, Is.Null);
            Assert.That(mapping.Scale.New!.HigherIsBetter, Is.Null);
            Assert.That(mapping.Scale.New.Levels.Select(l => l.Value), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(mapping.Values, Is.EquivalentTo(new[]
            {
                new ValueMapping("1", 1), new ValueMapping("2", 2), new ValueMapping("3", 3), new ValueMapping("4", 4),
                new ValueMapping("0", null),
            }));
        }
    }

    [Test]
    public void A_lead_written_as_an_email_is_matched_by_email_and_the_same_person_by_name()
    {
        var people = Proposed().People;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(people.Single(p => p.Seen == "priya.raman@council.gov.uk").PersonId, Is.EqualTo(20));
            Assert.That(people.Single(p => p.Seen == "Priya Raman").PersonId, Is.EqualTo(20));
            Assert.That(people.Where(p => p.PersonId is null).Select(p => p.Seen),
                Is.EqualTo(new[] { "Owen Hughes", "Sam Lee", "Head of Service" }));
        }
    }

    [Test]
    public void Without_title_rows_naming_a_version_or_date_only_the_title_and_headings_are_proposed()
    {
        Assert.That(Proposed().Plan, Is.EqualTo(new PlanDetails
        {
            Title = "Children's Services Development Plan 2017-19",
            LeadHeading = "Lead",
            OwnerHeading = "Responsible officer",
        }));
    }
}
