using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>Numbering, section rows, skipped rows, printed counts, and what stops a commit.</summary>
public class EdgeCaseTests
{
    // A numbering column and a text column, one score column: the common layout of a numbered plan.
    private static ImportMapping Numbered(IReadOnlyList<ItemLevel> levels, ItemLevel scoreLevel) => new()
    {
        Tables = [new TableChoice(0, 1, 1)],
        Columns =
        [
            new(1, "No.", ColumnRole.Number),
            new(2, "Text", ColumnRole.Text),
            new(3, "Owner", ColumnRole.Owner),
            new(4, "Score", ColumnRole.Score, Review: "Score"),
        ],
        Levels = levels,
        ScoreLevel = scoreLevel,
        Hierarchy = HierarchyFrom.Numbering,
        Reviews = [new ReviewColumn("Score")],
        Scale = new ScaleChoice { ScaleId = 1 },
    };

    private static TableBuilder Sheet() => new TableBuilder("Plan", 4).Row("No.", "Text", "Owner", "Score");

    private static IEnumerable<string> Items(PlanDraft draft) =>
        draft.Priorities.Select(p => $"P {p.Number ?? "-"} {p.Title}")
            .Concat(draft.Recommendations.Select(r => $"R {r.Number ?? "-"} {r.Text} <P{r.Priority?.ToString() ?? "-"}"))
            .Concat(draft.Actions.Select(a => $"A {a.Code ?? "-"} {a.Description} <{(a.Recommendation is { } r ? $"R{r}" : $"P{a.Priority}")}"))
            .Concat(draft.Measures.Select(m => $"M {m.Number ?? "-"} {m.Text} <A{m.Action}"));

    [Test]
    public void Numbers_place_items_by_depth_and_letters_and_unnumbered_rows_one_below_the_last_number()
    {
        var source = Sources.Workbook(Sheet()
            .Row("1", "Early help", "", "")
            .Row("1.1", "Open a front door", "", "3")
            .Row("A", "Audit contacts", "", "")
            .Row("B", "Train staff", "", "")
            .Row("", "Report to the board", "", "")
            .Row("1.2", "Hear children", "", "2")
            .Row("1.2.1", "Run a survey", "", "")
            .Row("2", "Children in care", "", "")
            .Row("2.1", "Stable homes", "", "4")
            .Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Priority, ItemLevel.Recommendation, ItemLevel.Action], ItemLevel.Recommendation));

        Assert.That(Items(read.Draft), Is.EqualTo(new[]
        {
            "P 1 Early help", "P 2 Children in care",
            "R 1.1 Open a front door <P0", "R 1.2 Hear children <P0", "R 2.1 Stable homes <P1",
            "A A Audit contacts <R0", "A B Train staff <R0", "A - Report to the board <R0", "A 1.2.1 Run a survey <R1",
        }));
        Assert.That(read.Draft.Scores.Select(s => $"{s.Item.Index}:{s.Level}"), Is.EqualTo(new[] { "0:3", "1:2", "2:4" }));
        Assert.That(read.CanCommit, Is.True);
    }

    [Test]
    public void Numbers_in_the_text_are_split_off_and_section_rows_start_priorities_that_the_numbers_sit_under()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 3)
            .Row("Recommendation", "Owner", "Score")
            .Section("Priority 1: Early help")
            .Row("1. Open a front door", "Priya Raman", "3")
            .Row("a) Audit contacts", "Owen Hughes", "")
            .Section("Priority 2: Children in care")
            .Row("2 Stable homes", "Priya Raman", "2")
            .Build());
        var mapping = new ImportMapping
        {
            Tables = [new TableChoice(0, 1, 1)],
            Columns = [new(1, "Recommendation", ColumnRole.Text), new(2, "Owner", ColumnRole.Owner), new(3, "Score", ColumnRole.Score, Review: "Score")],
            Levels = [ItemLevel.Priority, ItemLevel.Recommendation, ItemLevel.Action],
            ScoreLevel = ItemLevel.Recommendation,
            Hierarchy = HierarchyFrom.Numbering,
            NumbersInText = true,
            Reviews = [new ReviewColumn("Score")],
            Scale = new ScaleChoice { ScaleId = 1 },
        };

        var read = Sources.Interpret(source, mapping);

        Assert.That(read.Preview.Select(p => $"{p.Item} {p.Number} {p.Text}"), Is.EqualTo(new[]
        {
            "priority 1 Early help", "recommendation 1 Open a front door", "action a Audit contacts", "priority 2 Children in care", "recommendation 2 Stable homes",
        }));
        Assert.That(Items(read.Draft), Is.EqualTo(new[]
        {
            "P 1 Early help", "P 2 Children in care", "R 1 Open a front door <P0", "R 2 Stable homes <P1", "A a Audit contacts <R0",
        }));
        Assert.That(read.Draft.Named(read.Draft.Actions[0].Owners), Is.EqualTo(new[] { "Owen Hughes / -" }));
        Assert.That(read.CanCommit, Is.True);
    }

    [Test]
    public void Section_rows_are_left_out_with_a_finding_when_the_plan_has_no_priorities()
    {
        var source = Sources.Workbook(Sheet()
            .Section("Children who need help and protection")
            .Row("1", "Improve assessments", "Priya Raman", "3")
            .Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Recommendation, ItemLevel.Action], ItemLevel.Recommendation));

        Assert.That(read.Draft.Priorities, Is.Empty);
        Assert.That(read.Of(FindingKind.RowSkipped).Single().Where, Is.EqualTo("Sheet 'Plan', row 2"));
        Assert.That(read.Preview.Select(p => p.Item), Is.EqualTo(new[] { "section", "recommendation" }));
    }

    [Test]
    public void Rows_the_person_chose_blank_rows_and_repeated_headers_are_left_out()
    {
        var source = Sources.Workbook(Sheet()
            .Row("1", "Improve assessments", "", "3")
            .Row()
            .Row("No.", "Text", "Owner", "Score")
            .Row("2", "Draft note, not part of the plan", "", "")
            .Row("3", "Hear children", "", "2")
            .Build());
        var mapping = Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation) with { SkipRows = [new RowRef(0, 5)] };

        var read = Sources.Interpret(source, mapping);

        Assert.That(read.Draft.Recommendations.Select(r => r.Number), Is.EqualTo(new[] { "1", "3" }));
        Assert.That(read.Of(FindingKind.RowSkipped).Select(f => f.Message), Is.EqualTo(new[]
        {
            "Sheet 'Plan', row 4 is a repeat of the header row (as printed on every page), left out.",
            "Sheet 'Plan', row 5 is left out as you chose.",
        }));
        Assert.That(read.Of(FindingKind.Note).Select(f => f.Message), Has.Some.EqualTo("1 blank row was left out."));
    }

    [Test]
    public void Two_recommendations_with_one_number_and_a_number_without_text_stop_the_commit()
    {
        var source = Sources.Workbook(Sheet()
            .Row("3", "Improve assessments", "", "3")
            .Row("4", "", "Priya Raman", "")
            .Row("3", "Hear children", "", "2")
            .Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation));

        Assert.That(read.Of(FindingKind.Blocking).Select(f => f.Message), Is.EqualTo(new[]
        {
            "Recommendation 4 has a number but no text: add its text, or leave the row out.",
            "2 recommendations are numbered 3: Sheet 'Plan', row 2, column B and Sheet 'Plan', row 4, column B. Renumber one in the file, or leave one out.",
        }));
        Assert.That(read.CanCommit, Is.False);
    }

    [Test]
    public void A_score_on_a_row_of_another_level_is_not_stored()
    {
        var source = Sources.Workbook(Sheet()
            .Row("1", "Early help", "", "3")
            .Row("1.1", "Open a front door", "", "2")
            .Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Priority, ItemLevel.Action], ItemLevel.Action));

        Assert.That(read.Draft.Scores.Select(s => s.Item), Is.EqualTo(new[] { new ItemRef(ItemLevel.Action, 0) }));
        Assert.That(read.Of(FindingKind.UnreadableCell).Select(f => $"{f.Where}: {f.Message}"), Is.EqualTo(new[]
            { "Sheet 'Plan', row 2, column D: A score on a priority row; this plan scores actions: not stored." }));
    }

    [Test]
    public void A_measure_before_any_action_and_an_action_before_any_parent_stop_the_commit()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 2)
            .Row("Action", "Measure")
            .Row("", "Fewer moves")
            .Row("Recruit carers", "")
            .Build());
        var mapping = new ImportMapping
        {
            Tables = [new TableChoice(0, 1, 1)],
            Columns = [new(1, "Action", ColumnRole.Text, ItemLevel.Action), new(2, "Measure", ColumnRole.Text, ItemLevel.Measure)],
            Levels = [ItemLevel.Priority, ItemLevel.Action, ItemLevel.Measure],
            ScoreLevel = ItemLevel.Measure,
            Scale = new ScaleChoice { ScaleId = 1 },
        };

        var read = Sources.Interpret(source, mapping);

        Assert.That(read.Of(FindingKind.Blocking).Select(f => f.Where), Is.EqualTo(new[] { "Sheet 'Plan', row 2, column B", "Sheet 'Plan', row 3, column A" }));
        Assert.That(read.Of(FindingKind.Blocking).Select(f => f.Message.Split(':')[0]), Is.EqualTo(new[]
            { "Sheet 'Plan', row 2, column B is a success measure before any action", "Sheet 'Plan', row 3, column A is an action before any recommendation or priority" }));
    }

    [Test]
    public void No_items_an_unknown_scale_and_a_review_column_naming_no_review_stop_the_commit()
    {
        var source = Sources.Workbook(Sheet().Row("", "", "", "").Build());
        var mapping = Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation) with
        {
            Scale = new ScaleChoice { ScaleId = 99 },
            Columns = [new(4, "Score", ColumnRole.Score, Review: "September")],
        };

        var read = Sources.Interpret(source, mapping);

        Assert.That(read.Of(FindingKind.Blocking).Select(f => f.Message), Is.EqualTo(new[]
        {
            "The mapping names scale 99, which the tracker does not have: choose one of its scales or make a new one from the values seen.",
            "Column \"Score\" names the review \"September\", which is not among the plan's reviews.",
            "No rows were read as items: check the header row and the column mapping.",
        }));
    }

    [Test]
    public void A_formula_with_no_saved_value_is_no_score_and_said_so()
    {
        var source = Sources.Workbook(Sheet().Row("1", "Improve assessments", "", "formula:").Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation));

        Assert.That(read.Draft.Scores, Is.Empty);
        Assert.That(read.Of(FindingKind.UnreadableCell).Single().Where, Is.EqualTo("Sheet 'Plan', row 2, column D"));
        Assert.That(read.Of(FindingKind.UnreadableCell).Single().Message, Does.StartWith("A formula with no saved value"));
    }

    [Test]
    public void A_new_scale_from_the_values_seen_reads_its_own_labels()
    {
        var source = Sources.Workbook(Sheet().Row("1", "Improve assessments", "", "Good").Row("2", "Hear children", "", "Poor").Build());
        var mapping = Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation) with
        {
            Scale = new ScaleChoice { New = new NewScale("Good or poor", null, [new(1, "Poor", null, false), new(2, "Good", null, false)]) },
        };

        var read = Sources.Interpret(source, mapping);

        Assert.That(read.Draft.Scores.Select(s => s.Level), Is.EqualTo(new int?[] { 2, 1 }));
        Assert.That(read.Preview.Select(p => p.Scores[0]), Is.EqualTo(new[] { "2 Good", "1 Poor" }));
    }

    [Test]
    public void Printed_counts_and_percentages_at_a_level_are_kept_and_checked()
    {
        var source = Sources.Workbook(Sheet()
            .Row("1", "Improve assessments", "", "3")
            .Row("2", "Hear children", "", "3")
            .Row("3", "Stable homes", "", "4")
            .Row("4", "Report to the board", "", "0")
            .Row("Number on track", "", "", "2")
            .Row("% On track", "", "", "50%")
            .Row("Number of recommendations", "", "", "4")
            .Build());

        var read = Sources.Interpret(source, Numbered([ItemLevel.Recommendation], ItemLevel.Recommendation));

        Assert.That(read.Draft.PrintedFigures.Select(f => $"{f.Kind}|{f.Level}|{f.Label}|{f.ValueText}|{f.Review}|{f.Priority?.ToString() ?? "plan"}"), Is.EqualTo(new[]
        {
            "countAtLevel|3|Number on track|2|0|plan", "percentageAtLevel|3|% On track|50%|0|plan", "itemCount||Number of recommendations|4|0|plan",
        }));
        Assert.That(read.Of(FindingKind.FigureDisagrees).Select(f => f.Where), Is.EqualTo(new[] { "Sheet 'Plan', row 7, column D" }));
        Assert.That(read.Of(FindingKind.FigureDisagrees).Single().Message, Does.StartWith("At Score: 50% was printed as % On track, but the scores give 67%"));
    }
}
