using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>What the database would refuse is found before the commit writes anything, as blocking findings naming the row.</summary>
public sealed class StorageChecksTests
{
    private static readonly SourceDocument Source = new("plan.xlsx", "xlsx", [new SourceTable("Plan", null, 5, [])], []);

    private static IReadOnlyList<string> Blocking(PlanDraft draft, IReadOnlyCollection<int>? levels = null) =>
        StorageChecks.Find(draft, levels, Source).Where(f => f.Kind == FindingKind.Blocking).Select(f => $"{f.Where}: {f.Message}").ToList();

    [Test]
    public void A_draft_the_database_would_take_has_no_blocking_findings() =>
        Assert.That(Blocking(Drafts.Development(1, "New scale")), Is.Empty);

    [Test]
    public void Two_recommendations_numbered_alike_block_the_commit_naming_the_second_row()
    {
        var draft = Drafts.Large(3, 1);
        draft.Recommendations[2] = draft.Recommendations[2] with { Number = "1" };
        Assert.That(Blocking(draft, [1, 2, 3]), Is.EqualTo(new[] { "Sheet 'Plan', row 4: Two recommendations are numbered \"1\"." }));
    }

    [Test]
    public void A_score_at_a_level_the_scale_lacks_blocks_the_commit_naming_its_cell()
    {
        var draft = Drafts.Large(1, 1);
        draft.Scores[0] = draft.Scores[0] with { Level = 5 };
        Assert.That(Blocking(draft, [1, 2, 3]), Is.EqualTo(new[] { "Sheet 'Plan', row 2, column C: The score 5 is not a level of the plan's scale." }));
    }

    [Test]
    public void Two_actions_with_one_code_under_the_same_recommendation_block_but_under_different_ones_do_not()
    {
        var draft = Drafts.Development(1, "New scale");
        draft.Actions.Add(draft.Actions[0] with { Description = "Another", From = new SourcePlace(0, 9) });
        Assert.That(Blocking(draft), Has.Count.EqualTo(1).And.Some.Contains("row 9").And.Some.Contains("code \"A\""));

        draft.Actions[2] = draft.Actions[2] with { Recommendation = null, Priority = 0 };
        Assert.That(Blocking(draft), Is.Empty);
    }

    [Test]
    public void Reviews_labelled_alike_and_dates_that_are_not_dates_block_the_commit()
    {
        var draft = Drafts.Development(1, "New scale");
        draft.Reviews.Add(new ReviewDraft("RAG 01/18", "31/01/2018", false));
        Assert.That(Blocking(draft), Is.EquivalentTo(new[]
        {
            ": Two reviews are labelled \"RAG 01/18\": give each review column its own label.",
            ": The review \"RAG 01/18\" has the date \"31/01/2018\"; write it as yyyy-MM-dd.",
        }));
    }

    [Test]
    public void A_draft_with_no_scale_or_a_scale_with_bad_levels_blocks_the_commit()
    {
        Assert.That(Blocking(Drafts.Development(1, "s") with { Scale = new ScaleChoice() }), Has.Some.Contains("Choose the plan's scale"));
        var twoGreens = new ScaleChoice { New = new NewScale("s", true, [new NewScaleLevel(1, "Green", null, false), new NewScaleLevel(2, "green", null, false)]) };
        Assert.That(Blocking(Drafts.Development(1, "s") with { Scale = twoGreens }), Has.Some.Contains("More than one level is labelled"));
    }

    [Test]
    public void Two_averages_printed_for_one_priority_in_one_review_block_the_commit()
    {
        var draft = Drafts.Development(1, "New scale");
        draft.ReportedAverages.Add(new AverageDraft(1, 0, 2.0, "2.0", new SourcePlace(0, 30, 9)));
        Assert.That(Blocking(draft), Is.EqualTo(new[] { "Sheet 'Plan', row 30, column I: Two averages are printed for the same priority in the same review." }));
    }
}
