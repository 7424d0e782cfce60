using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Returns;

namespace ActionPlanTracker.Tests.Import.Returns;

/// <summary>The pure rules of a return: its keys, what a score or date cell says, and how a row is judged.</summary>
public sealed class ReturnRulesTests
{
    private static readonly ReturnScale Rag = new([
        new ReturnLevel(1, "Red", false), new ReturnLevel(2, "Amber", false), new ReturnLevel(3, "Green", false), new ReturnLevel(4, "Completed", true),
    ]);

    [TestCase("3 Green", true, 3, false)]
    [TestCase("  3   green ", true, 3, false)]
    [TestCase("3", true, 3, false)]
    [TestCase("AMBER", true, 2, false)]
    [TestCase("", true, null, false)]
    [TestCase("No score", true, null, false)]
    [TestCase("0", true, null, true)]
    [TestCase("N/A", true, null, true)]
    [TestCase("5", false, null, false)]
    [TestCase("Purple", false, null, false)]
    public void A_score_cell_reads_as_a_level_no_score_or_nothing_the_scale_knows(string text, bool known, int? level, bool placeholder) =>
        Assert.That(Rag.Read(text), Is.EqualTo((known, level, placeholder)));

    [TestCase("25/11/2026", true, "2026-11-25")]
    [TestCase("5/1/2026", true, "2026-01-05")]
    [TestCase("2026-11-25", true, "2026-11-25")]
    [TestCase("25 November 2026", true, "2026-11-25")]
    [TestCase("", true, null)]
    [TestCase("next Tuesday", false, null)]
    [TestCase("31/02/2026", false, null)]
    [TestCase("01/01/1850", false, null)]
    public void An_update_date_reads_the_UK_way_or_is_no_date(string text, bool known, string? iso) =>
        Assert.That(ReturnDates.Read(text), Is.EqualTo((known, iso is null ? (DateOnly?)null : DateOnly.Parse(iso))));

    [Test]
    public void A_key_reads_back_only_for_its_own_plan_and_review_and_unchanged()
    {
        var key = new ReturnKey("measure", 412, 3).Write(planId: 7, reviewId: 12);
        Assert.That(ReturnKey.Read(key, 7, 12), Is.EqualTo(new ReturnKey("measure", 412, 3)));
        Assert.That(ReturnKey.Read(new ReturnKey("action", 17, null).Write(7, 12), 7, 12), Is.EqualTo(new ReturnKey("action", 17, null)));
        Assert.That(ReturnKey.Read(key, 8, 12), Is.Null, "another plan's key");
        Assert.That(ReturnKey.Read(key, 7, 13), Is.Null, "another review's key");
        Assert.That(ReturnKey.Read(key.Replace(":412:", ":413:"), 7, 12), Is.Null, "an id changed by hand");
        Assert.That(ReturnKey.Read(key.Replace(":3:", ":4:"), 7, 12), Is.Null, "a version changed by hand");
        Assert.That(ReturnKey.Read("garbage", 7, 12), Is.Null);
    }

    // Judging: the download showed "2 Amber, Audits started." at version 5.
    private static readonly ReturnEntry Shown = ReturnEntry.Of(2, "Audits started.", null, null);

    private static ReturnRowJudgement JudgeOne(string score, string update, ReturnEntry? now, long? nowVersion, string evidence = "")
    {
        var key = new ReturnKey("action", 9, 5).Write(1, 2);
        var document = new SourceDocument("return.xlsx", "xlsx", [new SourceTable("Return", null, 5, [])], []);
        var file = new ReturnFile(document, 0, 1, 2, null, null, new ReturnColumns(1, 2, 3, 4, 5),
            [new ReturnRow(7, key, score, update, "", evidence)],
            new Dictionary<string, ReturnShown> { [key] = new("2 Amber", "Audits started.", null, null) });
        var item = new ReturnItemNow("action", 9, "1.2", "Audit assessments", MayScore: true, now, nowVersion, "Priya Shah", "2026-11-20T10:00:00.000Z", null);
        return ReturnJudge.Judge(file, Rag, new Dictionary<(string, long), ReturnItemNow> { [("action", 9)] = item }).Single();
    }

    [Test]
    public void A_row_left_as_downloaded_is_unchanged_even_when_someone_else_changed_the_score_since()
    {
        var judged = JudgeOne("2 Amber", "Audits started.", ReturnEntry.Of(3, "Now on track.", null, null), 6);
        Assert.That(judged.Outcome, Is.EqualTo(ReturnOutcome.Unchanged));
        Assert.That(judged.Findings.Single().Message, Does.StartWith("Priya Shah changed action 1.2 since the return was made"));
    }

    [Test]
    public void A_changed_row_is_a_conflict_only_when_the_values_now_differ_from_what_it_showed()
    {
        Assert.That(JudgeOne("3 Green", "Done.", Shown, 5).Outcome, Is.EqualTo(ReturnOutcome.Change), "nobody else changed it");
        Assert.That(JudgeOne("3 Green", "Done.", Shown, 6).Outcome, Is.EqualTo(ReturnOutcome.Change),
            "the version moved (a sign-off, an override) but the values it showed still stand");
        Assert.That(JudgeOne("3 Green", "Done.", ReturnEntry.Of(1, "Stalled.", null, null), 6).Outcome, Is.EqualTo(ReturnOutcome.Conflict));
        Assert.That(JudgeOne("1 Red", "Stalled.", ReturnEntry.Of(1, "Stalled.", null, null), 6).Outcome, Is.EqualTo(ReturnOutcome.Unchanged),
            "both made the same change");
    }

    [Test]
    public void Evidence_beside_a_level_that_is_not_complete_is_no_change_and_a_completion_needs_it()
    {
        var judged = JudgeOne("2 Amber", "Audits started.", Shown, 5, evidence: "A link");
        Assert.That(judged.Outcome, Is.EqualTo(ReturnOutcome.Unchanged));
        Assert.That(JudgeOne("4 Completed", "Audits started.", Shown, 5).Outcome, Is.EqualTo(ReturnOutcome.Invalid));
        Assert.That(JudgeOne("4 Completed", "Audits started.", Shown, 5, evidence: "Audit report").Outcome, Is.EqualTo(ReturnOutcome.Change));
    }
}
