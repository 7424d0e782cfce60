using ActionPlanTracker.Domain.Deletions;

namespace ActionPlanTracker.Tests.Domain.Deletions;

/// <summary>What deleting a row takes with it, worked out from the foreign keys alone (the tracker's own, as db/ declares them).</summary>
public sealed class CascadePlanTests
{
    private static ForeignKey Key(string table, string column, string parent, string onDelete = "CASCADE") => new(table, column, parent, "id", onDelete);

    /// <summary>The plan contents' foreign keys, as in db/0004 to db/0019 (people and scale levels are NO ACTION).</summary>
    private static readonly ForeignKey[] Schema =
    [
        Key("priorities", "plan_id", "plans"),
        Key("recommendations", "plan_id", "plans"), Key("recommendations", "priority_id", "priorities", "SET NULL"),
        Key("actions", "plan_id", "plans"), Key("actions", "recommendation_id", "recommendations"), Key("actions", "priority_id", "priorities"),
        Key("success_measures", "plan_id", "plans"), Key("success_measures", "action_id", "actions"),
        Key("reviews", "plan_id", "plans"),
        Key("scores", "review_id", "reviews"), Key("scores", "recommendation_id", "recommendations"), Key("scores", "action_id", "actions"),
        Key("scores", "measure_id", "success_measures"), Key("scores", "level_id", "scale_levels", "NO ACTION"),
        Key("item_people", "recommendation_id", "recommendations"), Key("item_people", "action_id", "actions"),
        Key("item_people", "measure_id", "success_measures"), Key("item_people", "person_id", "people", "NO ACTION"),
        Key("recommendation_addressees", "recommendation_id", "recommendations"),
        Key("item_updates", "plan_id", "plans"), Key("item_updates", "recommendation_id", "recommendations"), Key("item_updates", "action_id", "actions"),
        Key("item_updates", "measure_id", "success_measures"), Key("item_updates", "review_id", "reviews", "SET NULL"),
        Key("reported_averages", "review_id", "reviews"), Key("reported_averages", "priority_id", "priorities"),
        Key("printed_figures", "plan_id", "plans"), Key("printed_figures", "review_id", "reviews"), Key("printed_figures", "priority_id", "priorities"),
        Key("inspection_recommendation_links", "recommendation_id", "recommendations"), Key("inspection_recommendation_links", "action_id", "actions"),
        Key("inspection_recommendation_links", "priority_id", "priorities"),
    ];

    [Test]
    public void Deleting_an_action_takes_its_measures_and_everything_hanging_from_either()
    {
        var plan = CascadePlan.For(Schema, "actions");
        Assert.That(plan.Tables, Is.EqualTo(new[] { "actions", "success_measures", "scores", "item_people", "item_updates", "inspection_recommendation_links" }));
        Assert.That(plan.SetsNull, Is.Empty);
        Assert.That(plan.CascadesFrom("success_measures").Select(k => k.Table), Is.EqualTo(new[] { "scores", "item_people", "item_updates" }));
    }

    [Test]
    public void Deleting_a_priority_takes_its_own_actions_and_figures_and_only_empties_its_recommendations_priority()
    {
        var plan = CascadePlan.For(Schema, "priorities");
        Assert.That(plan.Tables, Does.Not.Contain("recommendations"), "recommendations stay, ungrouped");
        Assert.That(plan.Tables, Is.SupersetOf(new[] { "actions", "success_measures", "scores", "reported_averages", "printed_figures" }));
        Assert.That(plan.Tables[0], Is.EqualTo("priorities"));
        Assert.That(plan.Tables.ToList().IndexOf("actions"), Is.LessThan(plan.Tables.ToList().IndexOf("success_measures")));
        Assert.That(plan.SetsNull, Is.EqualTo(new[] { Key("recommendations", "priority_id", "priorities", "SET NULL") }));
    }

    [Test]
    public void Deleting_a_review_empties_update_entries_and_takes_scores_but_no_action_keys_are_followed()
    {
        var plan = CascadePlan.For(Schema, "reviews");
        Assert.That(plan.Tables, Is.EqualTo(new[] { "reviews", "scores", "reported_averages", "printed_figures" }));
        Assert.That(plan.SetsNull.Select(k => k.ToString()), Is.EqualTo(new[] { "item_updates.review_id -> reviews.id ON DELETE SET NULL" }));
        Assert.That(CascadePlan.For(Schema, "people").Tables, Is.EqualTo(new[] { "people" }), "NO ACTION keys are not a cascade");
    }

    [Test]
    public void Tables_come_after_every_table_they_refer_to_and_otherwise_keep_their_order()
    {
        Assert.That(TableOrder.ParentFirst(["scores", "item_people", "success_measures", "actions"], Schema),
            Is.EqualTo(new[] { "actions", "success_measures", "scores", "item_people" }));
        Assert.That(TableOrder.ParentFirst(["b", "a"], []), Is.EqualTo(new[] { "b", "a" }));
    }

    [Test]
    public void A_table_that_refers_to_itself_is_ordered_but_a_cycle_between_tables_is_refused()
    {
        Assert.That(TableOrder.ParentFirst(["child", "tree"], [Key("tree", "parent_id", "tree"), Key("child", "tree_id", "tree")]),
            Is.EqualTo(new[] { "tree", "child" }));
        var cycle = Assert.Throws<InvalidOperationException>(() => TableOrder.ParentFirst(["a", "b"], [Key("a", "b_id", "b"), Key("b", "a_id", "a")]));
        Assert.That(cycle!.Message, Does.Contain("a, b"));
    }
}
