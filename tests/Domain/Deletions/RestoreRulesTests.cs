using ActionPlanTracker.Domain.Deletions;

namespace ActionPlanTracker.Tests.Domain.Deletions;

/// <summary>Whether a deletion can come back, what it puts back, and the sentences that say why not.</summary>
public sealed class RestoreRulesTests
{
    private const string Description = "action 2 / 3 “Recruit social workers”";

    private static readonly ExternalReference Recommendation = new("actions", "recommendation_id", "recommendations", "id", 5L, "CASCADE", true, "recommendation 2");
    private static readonly ExternalReference Review = new("scores", "review_id", "reviews", "id", 9L, "CASCADE", false, "review “RAG 03/18”");
    private static readonly ExternalReference UpdateReview = new("item_updates", "review_id", "reviews", "id", 9L, "SET NULL", false, "review “RAG 03/18”");

    private static Snapshot Snapshot() => new(
        [
            new Row("actions", ["id", "recommendation_id", "code"], [1L, 5L, "3"]),
            new Row("scores", ["id", "review_id", "action_id"], [2L, 9L, 1L]),
            new Row("item_updates", ["id", "review_id", "action_id"], [3L, 9L, 1L]),
            new Row("item_updates", ["id", "review_id", "action_id"], [4L, 8L, 1L]),
        ],
        [], [Recommendation, Review, UpdateReview], 1, "action");

    [Test]
    public void A_missing_parent_of_the_item_says_to_restore_it_first()
    {
        Assert.That(RestoreRules.Blocker(Description, [Review, Recommendation]),
            Is.EqualTo("Action 2 / 3 “Recruit social workers” sat under recommendation 2, which has since been deleted: restore that first."));
    }

    [Test]
    public void A_missing_row_that_the_items_rows_refer_to_blocks_the_restore()
    {
        Assert.That(RestoreRules.Blocker(Description, [UpdateReview, Review]), Is.EqualTo(
            "Action 2 / 3 “Recruit social workers” cannot come back as it was: review “RAG 03/18”, which its scores refer to, has since been deleted."));
        Assert.That(RestoreRules.Blocker(Description, []), Is.Null);
    }

    [Test]
    public void A_missing_row_the_database_would_have_emptied_the_reference_to_comes_back_empty()
    {
        Assert.That(RestoreRules.Blocker(Description, [UpdateReview]), Is.Null);
        var rows = RestoreRules.RowsToInsert(Snapshot(), [UpdateReview]);
        Assert.That(rows.Select(r => r.Has("review_id") ? r["review_id"] : "none"), Is.EqualTo(new object?[] { "none", 9L, null, 8L }).AsCollection,
            "only the update entry written for the review gone since loses it; the action has no such column and the score keeps its own");
        Assert.That(RestoreRules.RowsToInsert(Snapshot(), []).Select(r => r["id"]), Is.EqualTo(new object[] { 1L, 2L, 3L, 4L }));
    }

    [Test]
    public void Scores_do_not_come_back_onto_another_scale_or_score_level()
    {
        Assert.That(RestoreRules.DesignChanged(Description, Snapshot(), 1, "action"), Is.Null);
        Assert.That(RestoreRules.DesignChanged(Description, Snapshot(), 2, "action"), Does.Contain("rating scale has changed"));
        Assert.That(RestoreRules.DesignChanged(Description, Snapshot(), 1, "measure"), Does.Contain("score level has changed"));
        var unscored = Snapshot() with { Rows = [Snapshot().Rows[0]] };
        Assert.That(RestoreRules.DesignChanged(Description, unscored, 2, "measure"), Is.Null, "nothing scored, nothing to misread");
    }

    [Test]
    public void A_unique_value_taken_since_is_named_in_words()
    {
        Assert.That(RestoreRules.Clash(Description, Snapshot().Rows[0], "SQLite Error 19: 'UNIQUE constraint failed: actions.priority_id, actions.code'."),
            Is.EqualTo("Action 2 / 3 “Recruit social workers” cannot come back: another action added since has the same code as action 3. "
                + "Change or delete that one first."));
        Assert.That(RowWords.ClashingColumns("UNIQUE constraint failed: inspection_recommendation_links.inspection_recommendation_id, inspection_recommendation_links.position"),
            Is.EqualTo("position"));
        Assert.That(RowWords.ClashingColumns("UNIQUE constraint failed: scores.review_id, scores.action_id"), Is.EqualTo("review id and action id"));
    }

    [Test]
    public void A_clash_over_a_place_in_a_list_only_moves_the_row_to_the_end()
    {
        var link = new Row("inspection_recommendation_links", ["inspection_recommendation_id", "position", "action_id"], [4L, 1L, 9L]);
        var columns = RestoreRules.UniqueColumns("SQLite Error 19: 'UNIQUE constraint failed: inspection_recommendation_links.inspection_recommendation_id, inspection_recommendation_links.position'.");
        Assert.That(columns, Is.EqualTo(new[] { "inspection_recommendation_id", "position" }));
        Assert.That(RestoreRules.ListOfPosition(link, columns), Is.EqualTo(new[] { "inspection_recommendation_id" }));
        var action = new Row("actions", ["id", "priority_id", "code"], [1L, 2L, "B"]);
        Assert.That(RestoreRules.ListOfPosition(action, RestoreRules.UniqueColumns("UNIQUE constraint failed: actions.priority_id, actions.code")), Is.Null,
            "a code taken is a real clash");
        Assert.That(RestoreRules.ListOfPosition(link, ["position"]), Is.Null, "a position unique across the whole table is not a list's place");
    }
}
