using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>Layouts between the real ones: numbering in one text column, an update per review, unheaded columns, numbers no scale knows.</summary>
public class OtherLayoutsTests
{
    [Test]
    public void One_text_column_numbered_1_1_1_and_1_1_1_makes_priorities_actions_and_measures_by_numbering()
    {
        var source = Sources.Workbook("Numbered.xlsx")
            .Table("Plan", t => t
                .Row("No.", "Description", "Lead", "RAG")
                .Row("1", "Early help", "", "")
                .Row("1.1", "Open a front door for every family who needs help", "Priya Raman", "")
                .Row("1.1.1", "Contacts screened within 24 hours in 95% of cases", "Owen Hughes", "Green")
                .Row("1.1.2", "Re-referrals below 20% across the year", "Owen Hughes", "Amber")
                .Row("2", "Children in care", "", "")
                .Row("2.1", "Recruit more foster carers across the county", "Sam Lee", "")
                .Row("2.1.1", "20 carers approved by March", "Sam Lee", "Red"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Hierarchy, Is.EqualTo(HierarchyFrom.Numbering));
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Priority, ItemLevel.Action, ItemLevel.Measure }));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Measure));
            Assert.That(mapping.Columns, Is.EqualTo(new[]
            {
                new ColumnMapping(1, "No.", ColumnRole.Number),
                new ColumnMapping(2, "Description", ColumnRole.Text),
                new ColumnMapping(3, "Lead", ColumnRole.Lead),
                new ColumnMapping(4, "RAG", ColumnRole.Score, Review: "RAG"),
            }));
        }
    }

    [Test]
    public void An_update_column_after_each_score_column_is_that_reviews_narrative_and_evidence_follows_its_update()
    {
        var source = Sources.Workbook("Pairs.xlsx")
            .Table("Plan", t => t
                .Row("Ref", "Recommendation", "RAG 01/18", "Update 01/18", "RAG 03/18", "Update 03/18", "Evidence")
                .Row("1", "Improve assessments so that risk is always identified", "2", "Audits started", "3", "Audits monthly", "Audit report")
                .Row("2", "Plans for children in care reviewed on time", "1", "Backlog", "2", "Backlog halved", ""))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        Assert.That(mapping.Columns.Skip(2), Is.EqualTo(new[]
        {
            new ColumnMapping(3, "RAG 01/18", ColumnRole.Score, Review: "RAG 01/18"),
            new ColumnMapping(4, "Update 01/18", ColumnRole.Update, Review: "RAG 01/18"),
            new ColumnMapping(5, "RAG 03/18", ColumnRole.Score, Review: "RAG 03/18"),
            new ColumnMapping(6, "Update 03/18", ColumnRole.Update, Review: "RAG 03/18"),
            new ColumnMapping(7, "Evidence", ColumnRole.Evidence, Review: "RAG 03/18"),
        }));
    }

    [Test]
    public void Columns_with_no_header_are_read_by_their_cells()
    {
        var source = Sources.Workbook("Unheaded.xlsx")
            .Table("Plan", t => t
                .Row("", "Action", "Owner", "", "")
                .Row("A1", "Audit 40 assessments a month and report the findings", "Sam Lee", "Mar-18", "GREEN")
                .Row("A2", "Train every social worker in the practice model", "Sam Lee", "Ongoing", "AMBER")
                .Row("A3", "Publish the thresholds document with partners", "Owen Hughes", "31/12/2017", "RED"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        Assert.That(mapping.Columns.Select(c => c.Role), Is.EqualTo(new[]
        {
            ColumnRole.Ignore, ColumnRole.Text, ColumnRole.Owner, ColumnRole.Deadline, ColumnRole.Score,
        }));
    }

    [Test]
    public void A_1_to_3_score_is_not_read_on_a_scale_that_states_a_direction_the_file_never_gave()
    {
        var source = Sources.Workbook("Ofsted plan.xlsx")
            .Table("Plan", t => t
                .Row("No.", "Recommendation", "Score at last review", "Score at this review")
                .Row("1", "Improve assessments so that risk is always identified", "2", "1")
                .Row("2", "Plans for children in care reviewed on time", "3", "Score - please select"))
            .Build();
        KnownScale lowerIsBetter = new(7, new ActionPlanTracker.Domain.RatingScale("Score 1 to 3 (lower is better)", false,
            [new(1, "Good progress", null, null, false), new(2, "Some progress", null, null, false), new(3, "Insufficient progress", null, null, false)]));

        var mapping = MappingProposer.Propose(source, [KnownScales.Progress, lowerIsBetter, KnownScales.Rag], []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale.ScaleId, Is.Null, "neither the 1 to 5 progress scale nor the lower-is-better 1 to 3 score");
            Assert.That(mapping.Scale.New!.HigherIsBetter, Is.Null);
            Assert.That(mapping.Scale.New.Levels.Select(l => (l.Value, l.Colour)), Is.EqualTo(new (int, string?)[] { (1, null), (2, null), (3, null) }));
            Assert.That(mapping.Notes, Has.Some.Contains("does not say which end is better"));
        }
    }

    [Test]
    public void Bare_numbers_take_a_known_scale_with_no_direction_that_holds_every_one_of_them()
    {
        var source = Sources.Workbook("Ofsted plan.xlsx")
            .Table("Plan", t => t
                .Row("No.", "Recommendation", "Score")
                .Row("1", "Improve assessments so that risk is always identified", "2")
                .Row("2", "Plans for children in care reviewed on time", "3"))
            .Build();

        Assert.That(MappingProposer.Propose(source, KnownScales.All, []).Scale, Is.EqualTo(new ScaleChoice { ScaleId = KnownScales.OneToThree.Id }));
    }

    [Test]
    public void Numbers_no_known_scale_holds_make_a_new_scale_in_ascending_order_with_no_direction()
    {
        var source = Sources.Workbook("Sevens.xlsx")
            .Table("Plan", t => t
                .Row("No.", "Recommendation", "Score")
                .Row("1", "Improve assessments so that risk is always identified", "6")
                .Row("2", "Plans for children in care reviewed on time", "7")
                .Row("3", "Strengthen supervision across the service", "4")
                .Row("4", "Publish the sufficiency strategy", "0"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Scale.New, Is.Not.Null);
            Assert.That(mapping.Scale.New!.HigherIsBetter, Is.Null, "nobody wrote down which end is good");
            Assert.That(mapping.Scale.New.Levels.Select(l => (l.Value, l.Label, l.Colour)), Is.EqualTo(new (int, string, string?)[]
            {
                (4, "4", null), (6, "6", null), (7, "7", null),
            }));
            Assert.That(mapping.Values, Is.EqualTo(new[]
            {
                new ValueMapping("6", 6), new ValueMapping("7", 7), new ValueMapping("4", 4), new ValueMapping("0", null),
            }));
        }
    }

    [Test]
    public void A_file_with_no_header_the_tracker_knows_asks_a_person_and_keeps_the_file_name_as_title()
    {
        var source = Sources.Csv("notes.csv")
            .Table("notes", t => t.Row("Minutes of the board").Row("Apologies from Sam Lee"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.Empty);
            Assert.That(mapping.Plan.Title, Is.EqualTo("notes"));
            Assert.That(mapping.Notes.Single(), Does.Contain("No table has a header row"));
        }
    }

    [Test]
    public void A_CSV_header_of_two_rows_without_merges_joins_the_group_word_to_each_column_under_it()
    {
        var source = Sources.Csv("scores.csv")
            .Table("scores", t => t
                .Row("No.", "Recommendation", "Score", "", "Lead")
                .Row("", "", "last review", "this review", "")
                .Row("1", "Improve assessments so that risk is always identified", "2", "3", "Sam Lee")
                .Row("2", "Plans for children in care reviewed on time", "1", "1", "Owen Hughes"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Tables, Is.EqualTo(new[] { new TableChoice(0, 1, 2) }));
            Assert.That(mapping.Reviews.Select(r => r.Label), Is.EqualTo(new[] { "Score last review", "Score this review" }));
            Assert.That(mapping.Columns.Select(c => c.Role), Is.EqualTo(new[]
            {
                ColumnRole.Number, ColumnRole.Text, ColumnRole.Score, ColumnRole.Score, ColumnRole.Lead,
            }));
        }
    }

    [Test]
    public void Recommendations_under_section_rows_sit_under_priorities()
    {
        var source = Sources.Workbook("Sections.xlsx")
            .Table("Plan", t => t
                .Row("No.", "Recommendation", "Actions", "Lead", "RAG")
                .Row("Help and protection")
                .Row("1", "Improve assessments so that risk is always identified", "A. Audit\nB. Train", "Sam Lee", "Green")
                .Row("Children in care")
                .Row("2", "Plans for children in care reviewed on time", "A. Track weekly\nB. More reviewers", "Owen Hughes", "Amber"))
            .Build();

        var mapping = MappingProposer.Propose(source, KnownScales.All, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Levels, Is.EqualTo(new[] { ItemLevel.Priority, ItemLevel.Recommendation, ItemLevel.Action }));
            Assert.That(mapping.SectionRows, Is.EqualTo(SectionRows.Priority));
            Assert.That(mapping.ScoreLevel, Is.EqualTo(ItemLevel.Recommendation));
            Assert.That(mapping.SplitLetteredActions, Is.True);
        }
    }
}
