using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes1Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 1 of domain.md, the inspection recommendation plan, as a council's workbook holds it: title rows with the plan's
/// version, date and reviewer, one row per recommendation with two leads in one cell and the actions lettered inside one
/// cell, a 1 to 3 score whose direction nobody wrote down, "Score - please select" and a 0 where there is no score, a
/// direction of travel picked by hand that contradicts the scores, the header printed again on page 2, and averages
/// typed under the table (one dragged down by a zero). Uploaded, committed as proposed, and read back.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class RecommendationPlanImportTests
{
    private const string LastReview = "Score at last review";
    private const string ThisReview = "Score at this review (Update November 16)";

    private static readonly object[] Header =
        ["No.", "Recommendation", "Assigned lead", LastReview, ThisReview, "Direction of travel", "Description of actions", "Owner(s)", "By when"];

    /// <summary>One recommendation as the file writes it, and what the plan must hold for it.</summary>
    private sealed record Row(
        int Number, string Text, string LeadCell, string[] Leads, object Last, object This, string Direction,
        string ActionsCell, string[] Actions, string OwnerCell, string[] Owners, object ByWhen, string Deadline,
        string ExpectedLast, string ExpectedThis);

    private static readonly Row[] Rows =
    [
        new(1, "Ensure that management oversight of decisions at the front door is consistent and recorded, so that thresholds are applied well.",
            "Head of Early Help and MASH – Deborah Achterberg\nService Manager, Front Door – Kwame Mensah",
            ["Deborah Achterberg (Head of Early Help and MASH)", "Kwame Mensah (Service Manager, Front Door)"],
            2, 2, "Improving",
            "A. Daily MASH managers' meeting to review every contact received overnight\nB. Relaunch the threshold document with partners\nC. Monthly audit of 20 contacts by the quality team",
            ["A: Daily MASH managers' meeting to review every contact received overnight", "B: Relaunch the threshold document with partners",
                "C: Monthly audit of 20 contacts by the quality team"],
            "Kwame Mensah", ["Kwame Mensah (Service Manager, Front Door)"], WorkbookCell.Date(new DateTime(2017, 3, 1), "mmm-yy"), "Mar 2017", "2", "2"),
        new(2, "Improve the timeliness and quality of assessments so that they take account of children's histories and their wishes and feelings.",
            "Assistant Director, Children's Social Care – Rachel Thornbury\nHead of Service, Assessment – Liam Costigan",
            ["Rachel Thornbury (Assistant Director, Children's Social Care)", "Liam Costigan (Head of Service, Assessment)"],
            3, 2, "Improving",
            "A) Introduce the single assessment template\nB) Weekly tracking of assessments over 35 days\nC) Practice workshops on chronologies",
            ["A: Introduce the single assessment template", "B: Weekly tracking of assessments over 35 days", "C: Practice workshops on chronologies"],
            "Liam Costigan / Practice Improvement Lead", ["Liam Costigan (Head of Service, Assessment)", "(Practice Improvement Lead)"], "June - Dec 16", "June - Dec 16", "3", "2"),
        new(3, "Strengthen the quality of supervision so that it challenges drift and records the reasons for decisions.",
            "Principal Social Worker - Grace Adeyemi", ["Grace Adeyemi (Principal Social Worker)"],
            1, "Score - please select", "Maintained",
            "A - Supervision policy revised and relaunched\nB - Quarterly supervision audit",
            ["A: Supervision policy revised and relaunched", "B: Quarterly supervision audit"],
            "Grace Adeyemi", ["Grace Adeyemi (Principal Social Worker)"], "Ongoing", "Ongoing", "1", "no score (Score - please select)"),
        new(4, "Ensure that children in care are visited within timescales and seen alone when appropriate.",
            "Head of Service, Children in Care – Tomasz Brennan", ["Tomasz Brennan (Head of Service, Children in Care)"],
            0, 2, "",
            "A. Visits tracked weekly by team managers\nB. Performance clinic for teams below 90%",
            ["A: Visits tracked weekly by team managers", "B: Performance clinic for teams below 90%"],
            "Team Managers, Children in Care", ["(Team Managers, Children in Care)"], WorkbookCell.Date(new DateTime(2017, 1, 31)), "31/01/2017",
            "no score (0)", "2"),
        new(5, "Improve pathway planning for care leavers so that plans are up to date and address housing and employment.",
            "Head of Service, Children in Care – Tomasz Brennan\nLeaving Care Manager – Abigail Fenwick",
            ["Tomasz Brennan (Head of Service, Children in Care)", "Abigail Fenwick (Leaving Care Manager)"],
            2, 3, "Declining",
            "A. Audit every pathway plan\nB. Joint protocol with housing",
            ["A: Audit every pathway plan", "B: Joint protocol with housing"],
            "Abigail Fenwick", ["Abigail Fenwick (Leaving Care Manager)"], "August 16 & March 2017", "August 16 & March 2017", "2", "3"),
    ];

    // Rows after the header printed again on page 2.
    private static readonly Row[] PageTwo =
    [
        new(6, "Ensure that return home interviews are offered to every child who goes missing and that the information is used.",
            "Assistant Director, Children's Social Care – Rachel Thornbury", ["Rachel Thornbury (Assistant Director, Children's Social Care)"],
            3, 3, "Improving",
            "Commissioned service to report monthly:\nA. Return interviews offered within 72 hours\nB. Themes reported to the exploitation panel",
            ["A: Commissioned service to report monthly:\nReturn interviews offered within 72 hours", "B: Themes reported to the exploitation panel"],
            "Exploitation Coordinator", ["(Exploitation Coordinator)"], "Ongoing - review in January 2017", "Ongoing - review in January 2017", "3", "3"),
        new(7, "Make sure that the views of children are heard in their plans and in the design of services.",
            "Head of Quality Assurance – Owain Pritchard", ["Owain Pritchard (Head of Quality Assurance)"],
            2, 1, "Improving",
            "A. Children in care council to meet the lead member quarterly\nB. Mind of My Own app for all teams",
            ["A: Children in care council to meet the lead member quarterly", "B: Mind of My Own app for all teams"],
            "Owain Pritchard", ["Owain Pritchard (Head of Quality Assurance)"], "Dec-16", "Dec-16", "2", "1"),
    ];

    private static object[] Cells(Row row) =>
        [row.Number, row.Text, row.LeadCell, row.Last, row.This, row.Direction, row.ActionsCell, row.OwnerCell, row.ByWhen];

    private static byte[] Workbook(string council = "Brookfield") => new WorkbookBuilder()
        .Sheet("Guidance", sheet => sheet
            .Row("How to complete this plan")
            .Row("Leads update their rows by the 15th of each month and choose a score from the list."))
        .Sheet("Ofsted Action Plan", sheet =>
        {
            sheet.Row($"{council} Council – Children's Services").Merge("A1:I1")
                .Row("Ofsted inspection of services for children in need of help and protection: improvement plan").Merge("A2:I2")
                .Row("Plan version: v2.3", "Plan date: 04/11/2016")
                .Row("Reviewer: Marcus Ellery, Assistant Director", null, null, "Date of review: 21/11/2016")
                .Row()
                .Row(Header);
            foreach (var row in Rows) sheet.Row(Cells(row));
            sheet.Row(Header);
            foreach (var row in PageTwo) sheet.Row(Cells(row));
            // Typed by hand under the table: the last review's figure counts the 0 as a score (13 / 7), this one does not.
            sheet.Row().Row(null, "Average score", null, 1.9, 2.0);
        })
        .Build();

    [Test]
    public async Task Every_recommendation_action_person_score_and_deadline_is_read_back_as_the_workbook_wrote_it()
    {
        var import = await UploadAsync("Ofsted action plan v2.3.xlsx", Workbook());
        var committed = await CommitAsync(import);
        var plan = await ReadBackAsync(committed.PlanId);
        var said = import.Said;
        var all = Rows.Concat(PageTwo).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.ReviewLabels, Is.EqualTo(new[] { LastReview, ThisReview }), said);
            Assert.That(plan.Reviews.Select(r => (string?)r["reviewDate"]), Is.All.Null, "a review's date is never made up from its label");
            Assert.That(plan.Numbered("recommendation"), Is.EqualTo(all.Select(r => $"{r.Number}: {r.Text}")), said);
            Assert.That(plan.Items("priority"), Is.Empty);
            foreach (var row in all)
            {
                var item = plan.Items("recommendation").Single(i => (string?)i["number"] == $"{row.Number}");
                var at = $"recommendation {row.Number}";
                Assert.That(PlanReadBack.People(item["leads"]), Is.EqualTo(row.Leads), $"{at}'s leads\n{said}");
                Assert.That(plan.ScoresOf(item), Is.EqualTo(new[] { row.ExpectedLast, row.ExpectedThis }), $"{at}'s scores\n{said}");
                var actions = item["children"]!.AsArray().Select(a => a!).ToList();
                Assert.That(actions.Select(a => $"{(string?)a["number"] ?? "-"}: {(string)a["text"]!}"), Is.EqualTo(row.Actions), $"{at}'s actions\n{said}");
                // A person named by name alone in Owner(s) is the one the lead cell named with a job title.
                // The owners and the deadline are written once for the row: on the recommendation, or on each of its actions.
                foreach (var action in actions)
                {
                    Assert.That(PlanReadBack.People(action["owners"]).Concat(PlanReadBack.People(action["inheritedOwners"]?["people"])),
                        Is.EqualTo(row.Owners), $"{at}'s owners\n{said}");
                    Assert.That(PlanReadBack.Deadline(action)?.TrimStart('^'), Is.EqualTo(row.Deadline), $"{at}'s deadline");
                }
                var printed = ActionPlanTracker.Tests.Api.Shapes.Reads.ScoreIn(item, (long)plan.Reviews[1]["id"]!);
                Assert.That((string?)printed?["printedDirectionText"], Is.EqualTo(row.Direction.Length == 0 ? null : row.Direction), $"{at}'s printed direction");
            }
        }
    }

    [Test]
    public async Task The_scale_keeps_its_direction_not_stated_and_the_printed_directions_that_contradict_the_scores_are_shown()
    {
        var import = await UploadAsync("Ofsted action plan v2.3 (scale).xlsx", Workbook("Ashcombe"));
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Scale["higherIsBetter"], Is.Null, $"nobody wrote down which end of the 1 to 3 score is good\n{import.Said}");
            Assert.That(plan.Scale["levels"]!.AsArray().Select(l => (int)l!["value"]!), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(plan.Scale["levels"]!.AsArray().Select(l => (string?)l!["colour"]), Is.All.Null, "the file shows no colours");
            // Recommendation 1 kept its 2 and recommendation 6 its 3, yet both were marked "Improving".
            var contradicting = plan.Items("recommendation").Where(i => (bool?)i["direction"]?["printedContradicts"] == true)
                .Select(i => (string)i["number"]!);
            Assert.That(contradicting, Is.EquivalentTo(new[] { "1", "6" }));
        }
    }

    [Test]
    public async Task The_plans_details_and_the_averages_typed_under_the_table_are_kept_as_printed()
    {
        var import = await UploadAsync("Ofsted action plan v2.3 (figures).xlsx", Workbook("Castlemoor"));
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)plan.Plan["planVersion"], Is.EqualTo("v2.3"), import.Said);
            Assert.That((string?)plan.Plan["planDate"], Is.EqualTo("2016-11-04"));
            Assert.That((string?)plan.Plan["leadHeading"], Is.EqualTo("Assigned lead"));
            Assert.That((string?)plan.Plan["ownerHeading"], Is.EqualTo("Owner(s)"));
            Assert.That((string)plan.Plan["title"]!, Does.Contain("Castlemoor").Or.Contain("improvement plan"));
            var averages = plan.Averages.Select(a => $"{(a["priorityId"] is null ? "plan" : "priority")} {(double)a["value"]!:0.0}");
            Assert.That(averages, Is.EqualTo(new[] { "plan 1.9", "plan 2.0" }), import.Said);
            Assert.That(import.FindingsOf("figureDisagrees"), Has.Exactly(1).Contains("1.9"), "13 / 6 is 2.2: the 0 was counted as a score");
        }
    }

    [Test]
    public async Task The_same_workbook_imported_twice_changes_nothing_the_second_time()
    {
        var content = Workbook("Eastleigh Vale");
        var first = await CommitAsync(await UploadAsync("Ofsted action plan v2.3 (twice).xlsx", content));
        var before = await ReadBackAsync(first.PlanId);

        var again = await UploadAsync("Ofsted action plan v2.3 (twice, copy).xlsx", content);
        var second = await CommitAsync(again, HttpStatusCode.OK);
        var after = await ReadBackAsync(first.PlanId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((long?)again.Body["alreadyImported"]?["planId"], Is.EqualTo(first.PlanId), "the dry run says so before the commit");
            Assert.That((second.PlanId, second.PlanCreated), Is.EqualTo((first.PlanId, false)));
            Assert.That(after.Grid.ToJsonString(), Is.EqualTo(before.Grid.ToJsonString()), "the plan is as it was");
        }
    }

    [Test]
    public async Task A_column_the_person_marks_ignore_is_not_imported_and_a_placeholder_they_map_is_a_level()
    {
        var import = await UploadAsync("Ofsted action plan v2.3 (adjusted).xlsx", Workbook("Fernhill"));
        var mapping = import.Mapping.DeepClone();
        var direction = mapping["columns"]!.AsArray().Single(c => (string)c!["header"]! == "Direction of travel")!;
        direction["role"] = "ignore";
        direction["review"] = null;
        // The person knows recommendation 4's 0 at the last review was really the lowest score, typed by mistake.
        mapping["values"]!.AsArray().Single(v => (string)v!["seen"]! == "0")!["level"] = 1;
        var adjusted = await AdjustAsync(import, mapping);
        var plan = await ReadBackAsync((await CommitAsync(adjusted)).PlanId);

        using (Assert.EnterMultipleScope())
        {
            var scores = plan.Items("recommendation").SelectMany(i => i["scores"]!.AsArray()).ToList();
            Assert.That(scores.Select(s => (string?)s!["printedDirectionText"]), Is.All.Null, adjusted.Said);
            var fourth = plan.Items("recommendation").Single(i => (string?)i["number"] == "4");
            Assert.That(plan.ScoresOf(fourth), Is.EqualTo(new[] { "1", "2" }), adjusted.Said);
            Assert.That(adjusted.FindingsOf("placeholder"), Has.None.Contains("\"0\""));
        }
    }

    [Test]
    public async Task The_dry_run_names_each_placeholder_and_the_repeated_header_by_sheet_row_and_column()
    {
        var import = await UploadAsync("Ofsted action plan v2.3 (dry run).xlsx", Workbook("Dunmore"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.FindingsOf("placeholder"), Has.Some.Contains("Sheet 'Ofsted Action Plan', row 9, column E"), import.Said);
            Assert.That(import.FindingsOf("placeholder"), Has.Some.Contains("Sheet 'Ofsted Action Plan', row 10, column D"), import.Said);
            Assert.That(import.FindingsOf("rowSkipped"), Has.Some.StartsWith("Sheet 'Ofsted Action Plan', row 12:"), import.Said);
            Assert.That((bool)import.DryRun["canCommit"]!, Is.True, import.Said);
        }
    }
}
