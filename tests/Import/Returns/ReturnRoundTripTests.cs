using System.Net;
using ActionPlanTracker.Tests.Api;
using DocumentFormat.OpenXml.Spreadsheet;
using static ActionPlanTracker.Tests.Import.Returns.Returns;

namespace ActionPlanTracker.Tests.Import.Returns;

/// <summary>
/// The monthly return, offline and back (issue 11): download the workbook, fill it in as a person would (through the
/// Open XML SDK), upload it for a dry run, apply it, and read the scores back through the API.
/// </summary>
public sealed class ReturnRoundTripTests
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Return Administrator");

    /// <summary>
    /// A recommendation plan on the 1 to 5 progress scale: the manager leads recommendations 1 and 2, someone else leads 3.
    /// RAG 10/26 scored recommendation 1; RAG 11/26 is open and already has recommendation 2's score.
    /// </summary>
    private sealed record Plan(long Id, long Previous, long Review, long First, long Second, long Third, HttpClient Manager, string ManagerName);

    private static async Task<Plan> ArrangeAsync(string who)
    {
        var managerName = $"{who} Rahman";
        var personId = await Arrange.PersonAsync(managerName, "Service manager");
        var other = await Arrange.PersonAsync($"{who} Hughes", "Head of Service");
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, title: $"Improvement plan ({who})");
        var first = await Arrange.RecommendationAsync(Admin, planId, "1", "Improve the quality of assessments.", leadIds: [personId], deadlineText: "Mar-27");
        var second = await Arrange.RecommendationAsync(Admin, planId, "2", "Strengthen management oversight.", leadIds: [personId], deadlineText: "Ongoing");
        var third = await Arrange.RecommendationAsync(Admin, planId, "3", "Hear children's voices in plans.", leadIds: [other]);
        var previous = await ReviewAsync(Admin, planId, "RAG 10/26", "2026-10-31");
        var review = await ReviewAsync(Admin, planId, "RAG 11/26", "2026-11-30");
        await Saved(SaveScoreAsync(Admin, planId, previous, first, new { level = 2, narrative = "Audits started." }));
        await Saved(SaveScoreAsync(Admin, planId, review, second, new { level = 3, narrative = "On track.", narrativeDate = "2026-11-20" }));
        return new Plan(planId, previous, review, first, second, third, TrackerApp.ClientFor(managerName, "manager", personId), managerName);
    }

    private static async Task Saved(Task<HttpResponseMessage> save)
    {
        var response = await save;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_manager_downloads_only_their_items_with_a_dropdown_of_the_scale_and_a_hidden_locked_key()
    {
        var plan = await ArrangeAsync("Aisha");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));

        Assert.That(workbook.ItemRows.Select(r => workbook.Get(r, "Reference")), Is.EqualTo(new[] { "1", "2" }));
        var first = workbook.RowOf("1");
        Assert.That(workbook.Get(first, "Previous score (RAG 10/26)"), Is.EqualTo("2 Started with some delay"));
        Assert.That(workbook.Get(first, "Previous update (RAG 10/26)"), Is.EqualTo("Audits started."));
        Assert.That(workbook.Get(first, "Deadline"), Is.EqualTo("Mar-27"));
        Assert.That(workbook.Get(first, "Score"), Is.Empty, "no score yet in this review");
        var second = workbook.RowOf("2");
        Assert.That(workbook.Get(second, "Score"), Is.EqualTo("3 On track"), "pre-filled with this review's score");
        Assert.That(workbook.Get(second, "Update"), Is.EqualTo("On track."));

        // The Score column's dropdown lists the scale's levels in words, then "No score", from the hidden sheet.
        var validation = workbook.Sheet.Descendants<DataValidation>().Single();
        Assert.That(validation.Type!.Value, Is.EqualTo(DataValidationValues.List));
        Assert.That(validation.SequenceOfReferences!.InnerText, Does.StartWith(workbook.Columns["Score"] + "7"));
        var name = workbook.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == validation.Formula1!.Text);
        Assert.That(name.Text, Is.EqualTo("'Return details'!$A$7:$A$12"));
        var details = workbook.Part("Return details").Worksheet.Descendants<Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('A') && int.Parse(c.CellReference.Value[1..]) is >= 7 and <= 12).Select(workbook.Text);
        Assert.That(details, Is.EqualTo(new[]
        {
            "1 Not started or seriously delayed", "2 Started with some delay", "3 On track", "4 Complete, monitoring", "5 Complete and sustained", "No score",
        }));
        Assert.That(workbook.Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Return details").State!.Value, Is.EqualTo(SheetStateValues.Hidden));

        // The key column is hidden and locked; the sheet is protected without a password, so only the keys are read-only.
        var keyIndex = (uint)(workbook.Columns["Key"][0] - 'A' + 1);
        var keyColumn = workbook.Sheet.Descendants<Column>().Single(c => c.Min! == keyIndex);
        Assert.That(keyColumn.Hidden?.Value, Is.True);
        Assert.That(workbook.Get(first, "Key"), Does.Match(@"^recommendation:\d+:new:[0-9a-f]{8}$"));
        var protection = workbook.Sheet.Descendants<SheetProtection>().Single();
        Assert.That(protection.Password, Is.Null);
        Assert.That(protection.AlgorithmName, Is.Null);
    }

    [Test]
    public async Task A_filled_in_return_shows_its_changes_then_applies_them_and_the_same_workbook_again_changes_nothing()
    {
        var plan = await ArrangeAsync("Bilal");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        var first = workbook.RowOf("1");
        workbook.Set(first, "Score", "3 On track");
        workbook.Set(first, "Update", "Twenty audits done; feedback given to every team.");
        workbook.Set(first, "Update date", "25/11/2026");
        var filled = workbook.Save();

        var (uploaded, etag) = await UploadedAsync(plan.Manager, plan.Id, filled);
        Assert.That(uploaded.Status, Is.EqualTo("pending"));
        Assert.That(uploaded.ReviewLabel, Is.EqualTo("RAG 11/26"));
        Assert.That(uploaded.Counts, Is.EqualTo(new CountsDto(Rows: 2, Changes: 1, Unchanged: 1, Invalid: 0, Conflicts: 0, Skipped: 0)));
        var change = uploaded.Rows.Single();
        Assert.That((change.Outcome, change.Reference, change.ItemId), Is.EqualTo(("change", "1", (long?)plan.First)));
        Assert.That(change.Change!.Summary, Is.EqualTo("No score → 3 On track; update added; update date added"));
        Assert.That(await ScoreAsync(Admin, plan.Id, plan.Review, plan.First), Is.Null, "nothing is written by the dry run");

        var applied = await AppliedAsync(plan.Manager, plan.Id, uploaded, etag);
        Assert.That(applied.Status, Is.EqualTo("committed"));
        Assert.That(applied.Counts.Changes, Is.EqualTo(1));
        var saved = (await ScoreAsync(Admin, plan.Id, plan.Review, plan.First))!;
        Assert.That((saved.Level, saved.Narrative, saved.NarrativeDate, saved.UpdatedBy),
            Is.EqualTo(((int?)3, "Twenty audits done; feedback given to every team.", (DateOnly?)new DateOnly(2026, 11, 25), plan.ManagerName)));

        var again = await ApplyAsync(plan.Manager, plan.Id, uploaded.Id, $"\"{applied.Version}\"");
        Assert.That((await again.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "importId" }));

        var (second, secondEtag) = await UploadedAsync(plan.Manager, plan.Id, filled);
        Assert.That(second.Counts, Is.EqualTo(new CountsDto(2, 0, 2, 0, 0, 0)));
        Assert.That((await AppliedAsync(plan.Manager, plan.Id, second, secondEtag)).Counts.Changes, Is.Zero);
        Assert.That((await ScoreAsync(Admin, plan.Id, plan.Review, plan.First))!.Version, Is.EqualTo(saved.Version), "the second upload wrote nothing");
    }

    [Test]
    public async Task A_score_someone_else_saved_after_the_download_is_a_conflict_with_both_values_and_is_not_overwritten()
    {
        var plan = await ArrangeAsync("Chloe");
        var board = TrackerApp.ClientFor("Chloe Board Chair", "board");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(board, plan.Id, plan.Review));
        Assert.That(workbook.ItemRows, Has.Count.EqualTo(3), "the board gets every item");

        // After the download, the manager saves recommendation 1 through the tracker.
        await Saved(SaveScoreAsync(plan.Manager, plan.Id, plan.Review, plan.First, new { level = 1, narrative = "Delayed by staffing." }));

        var firstRow = workbook.RowOf("1");
        workbook.Set(firstRow, "Score", "3 On track");
        workbook.Set(firstRow, "Update", "The board's view: on track.");
        workbook.Set(workbook.RowOf("3"), "Score", "2 Started with some delay");
        workbook.Set(workbook.RowOf("3"), "Update", "Started with two teams.");
        var (uploaded, etag) = await UploadedAsync(board, plan.Id, workbook.Save());

        Assert.That(uploaded.Counts, Is.EqualTo(new CountsDto(Rows: 3, Changes: 1, Unchanged: 1, Invalid: 0, Conflicts: 1, Skipped: 0)));
        var conflict = uploaded.Rows.Single(r => r.Outcome == "conflict");
        Assert.That(conflict.Reference, Is.EqualTo("1"));
        Assert.That((conflict.Theirs!.LevelText, conflict.Theirs.Update), Is.EqualTo(("1 Not started or seriously delayed", "Delayed by staffing.")));
        Assert.That((conflict.Yours!.LevelText, conflict.Yours.Update), Is.EqualTo(("3 On track", "The board's view: on track.")));
        var finding = uploaded.Findings.Single(f => f.Kind == "conflict");
        Assert.That(finding.Where, Is.EqualTo($"Sheet 'Return', row {firstRow}"));
        Assert.That(finding.Message, Does.Contain(plan.ManagerName).And.Contain("Delayed by staffing.").And.Contain("The board's view: on track."));

        var applied = await AppliedAsync(board, plan.Id, uploaded, etag);
        Assert.That((applied.Counts.Changes, applied.Counts.Conflicts), Is.EqualTo((1, 1)));
        var theirs = (await ScoreAsync(Admin, plan.Id, plan.Review, plan.First))!;
        Assert.That((theirs.Level, theirs.Narrative, theirs.UpdatedBy), Is.EqualTo(((int?)1, "Delayed by staffing.", plan.ManagerName)));
        var third = (await ScoreAsync(Admin, plan.Id, plan.Review, plan.Third))!;
        Assert.That((third.Level, third.Narrative, third.UpdatedBy), Is.EqualTo(((int?)2, "Started with two teams.", "Chloe Board Chair")));
    }

    [Test]
    public async Task A_row_added_by_hand_for_an_item_the_manager_does_not_lead_or_own_is_refused_and_the_rest_is_saved()
    {
        var plan = await ArrangeAsync("Dev");
        var board = TrackerApp.ClientFor("Dev Board Member", "board");
        using var boardCopy = new ReturnWorkbookFile(await DownloadAsync(board, plan.Id, plan.Review));
        var thirdKey = boardCopy.Get(boardCopy.RowOf("3"), "Key");

        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        workbook.Set(workbook.RowOf("1"), "Score", "2 Started with some delay");
        var added = workbook.AddRow(("Reference", "3"), ("Score", "3 On track"), ("Update", "Done it for them."), ("Key", thirdKey));
        var (uploaded, etag) = await UploadedAsync(plan.Manager, plan.Id, workbook.Save());

        Assert.That(uploaded.Counts, Is.EqualTo(new CountsDto(Rows: 3, Changes: 1, Unchanged: 1, Invalid: 1, Conflicts: 0, Skipped: 0)));
        var refused = uploaded.Rows.Single(r => r.Outcome == "invalid");
        Assert.That((refused.Row, refused.ItemId), Is.EqualTo(((int)added, (long?)plan.Third)));
        var finding = uploaded.Findings.Single(f => f.Kind == "notYours");
        Assert.That(finding.Message, Does.StartWith("You can only update the recommendations you lead or own"));

        await AppliedAsync(plan.Manager, plan.Id, uploaded, etag);
        Assert.That(await ScoreAsync(Admin, plan.Id, plan.Review, plan.Third), Is.Null);
        Assert.That((await ScoreAsync(Admin, plan.Id, plan.Review, plan.First))!.Level, Is.EqualTo(2));
    }

    [Test]
    public async Task A_completion_without_evidence_is_invalid_and_one_with_evidence_waits_for_sign_off()
    {
        var plan = await ArrangeAsync("Efe");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        var firstRow = workbook.RowOf("1");
        workbook.Set(firstRow, "Score", "4 Complete, monitoring");
        workbook.Set(workbook.RowOf("2"), "Score", "5");
        workbook.Set(workbook.RowOf("2"), "Evidence", "Audit report, November 2026 (SharePoint > Quality).");
        var (uploaded, etag) = await UploadedAsync(plan.Manager, plan.Id, workbook.Save());

        Assert.That(uploaded.Counts, Is.EqualTo(new CountsDto(Rows: 2, Changes: 1, Unchanged: 0, Invalid: 1, Conflicts: 0, Skipped: 0)));
        var finding = uploaded.Findings.Single(f => f.Kind == "evidenceNeeded");
        Assert.That(finding.Where, Is.EqualTo($"Sheet 'Return', row {firstRow}, column {workbook.Columns["Evidence"]}"));
        Assert.That(finding.Message, Does.StartWith("4 Complete, monitoring means complete: give the evidence"));

        await AppliedAsync(plan.Manager, plan.Id, uploaded, etag);
        Assert.That(await ScoreAsync(Admin, plan.Id, plan.Review, plan.First), Is.Null);
        var complete = (await ScoreAsync(Admin, plan.Id, plan.Review, plan.Second))!;
        Assert.That((complete.Level, complete.Evidence, complete.SignOffStatus, complete.Narrative),
            Is.EqualTo(((int?)5, "Audit report, November 2026 (SharePoint > Quality).", "pending", "On track.")));
    }

    [Test]
    public async Task A_score_not_on_the_scale_a_date_that_is_no_date_and_a_changed_key_are_each_named_by_row_and_column()
    {
        var plan = await ArrangeAsync("Femi");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        var first = workbook.RowOf("1");
        var second = workbook.RowOf("2");
        workbook.Set(first, "Score", "Purple");
        workbook.Set(second, "Update", "Changed, with a bad date.");
        workbook.Set(second, "Update date", "next Tuesday");
        var (uploaded, _) = await UploadedAsync(plan.Manager, plan.Id, workbook.Save());
        Assert.That(uploaded.Counts.Invalid, Is.EqualTo(2));
        Assert.That(uploaded.Findings.Select(f => (f.Kind, f.Where)), Is.EquivalentTo(new[]
        {
            ("notOnScale", $"Sheet 'Return', row {first}, column {workbook.Columns["Score"]}"),
            ("notADate", $"Sheet 'Return', row {second}, column {workbook.Columns["Update date"]}"),
        }));

        using var tampered = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        var key = tampered.Get(first, "Key");
        tampered.Set(first, "Key", key.Replace($":{plan.First}:", $":{plan.Third}:"));
        tampered.Set(first, "Score", "3 On track");
        var (changed, _) = await UploadedAsync(plan.Manager, plan.Id, tampered.Save());
        Assert.That(changed.Counts.Skipped, Is.EqualTo(1));
        Assert.That(changed.Findings.Single().Kind, Is.EqualTo("keyChanged"));
    }

    [Test]
    public async Task A_return_for_another_plan_or_review_or_a_workbook_that_is_no_return_is_refused_with_a_clear_problem()
    {
        var plan = await ArrangeAsync("Gita");
        var other = await Arrange.PlanAsync(Admin, title: "Another plan (Gita)");
        var download = await DownloadAsync(plan.Manager, plan.Id, plan.Review);

        var wrongPlan = await (await UploadAsync(Admin, other, download)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(wrongPlan.ReasonFor("file"), Is.EqualTo($"This return was made for another plan (plan {plan.Id}), not plan {other}. Upload it to the plan it was made for, or download this plan's return."));

        var wrongReview = await (await UploadAsync(plan.Manager, plan.Id, download, reviewId: plan.Previous)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(wrongReview.ReasonFor("reviewId"), Does.StartWith($"This return was made for RAG 11/26 (review {plan.Review}), not review {plan.Previous}."));

        var report = await (await Admin.GetAsync($"/api/plans/{plan.Id}/report/xlsx")).Content.ReadAsByteArrayAsync();
        var notAReturn = await (await UploadAsync(Admin, plan.Id, report)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(notAReturn.ReasonFor("file"), Does.StartWith("The workbook has no sheet called 'Return'"));

        var (uploaded, _) = await UploadedAsync(plan.Manager, plan.Id, download);
        var someoneElse = await TrackerApp.ClientFor("Gita Board Member", "board").GetAsync($"/api/plans/{plan.Id}/returns/uploads/{uploaded.Id}");
        Assert.That((await someoneElse.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "importId" }));
        var mine = await (await plan.Manager.GetAsync($"/api/plans/{plan.Id}/returns/uploads/{uploaded.Id}")).ReadAsync<ReturnDto>();
        Assert.That(mine.Counts, Is.EqualTo(new CountsDto(2, 0, 2, 0, 0, 0)));
    }

    [Test]
    public async Task A_closed_review_has_no_return_to_download_and_a_return_for_it_cannot_be_applied()
    {
        var plan = await ArrangeAsync("Hana");
        using var workbook = new ReturnWorkbookFile(await DownloadAsync(plan.Manager, plan.Id, plan.Review));
        workbook.Set(workbook.RowOf("1"), "Score", "3 On track");
        var (uploaded, etag) = await UploadedAsync(plan.Manager, plan.Id, workbook.Save());

        var review = await Admin.GetAsync($"/api/plans/{plan.Id}/reviews/{plan.Review}");
        var closed = await Admin.PutJsonAsync($"/api/plans/{plan.Id}/reviews/{plan.Review}",
            new { label = "RAG 11/26", reviewDate = "2026-11-30", status = "closed" }, review.ETag());
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await closed.Content.ReadAsStringAsync());

        var download = await plan.Manager.GetAsync($"/api/plans/{plan.Id}/returns/{plan.Review}");
        Assert.That((await download.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "reviewId" }));
        var reread = await (await plan.Manager.GetAsync($"/api/plans/{plan.Id}/returns/uploads/{uploaded.Id}")).ReadAsync<ReturnDto>();
        Assert.That(reread.CanApply, Is.False);
        Assert.That(reread.Notes[0], Does.StartWith("RAG 11/26 is closed"));
        var apply = await ApplyAsync(plan.Manager, plan.Id, uploaded.Id, etag);
        Assert.That((await apply.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "reviewId" }));
        Assert.That(await ScoreAsync(Admin, plan.Id, plan.Review, plan.First), Is.Null);
    }
}
