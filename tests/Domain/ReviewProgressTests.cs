using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>A review's items, who answers for each and the people in; who has not updated yet out.</summary>
public class ReviewProgressTests
{
    private static ReviewProgress.Item Item(long id, int? level = null, string? narrative = null, string? previous = null,
        string? signOff = null, bool hasPrevious = true) =>
        new("recommendation", id, id.ToString(), $"Recommendation {id}", level, narrative, signOff, hasPrevious, previous);

    private static ReviewProgress.Person Person(long id, string name, bool linked = true) => new(id, name, "Service Manager", null, linked);

    private static ReviewProgress.Answer Answers(long person, long item) => new(person, "recommendation", item);

    [TestCase(2, "Audit of 20 cases done.", "Audit planned.", null, true, TestName = "A level and a new update is updated")]
    [TestCase(2, "Audit of 20 cases done.", null, null, true, TestName = "A first review's level and update is updated")]
    [TestCase(null, "Audit of 20 cases done.", "Audit planned.", null, false, TestName = "No score recorded with an update is not updated yet")]
    [TestCase(2, null, "Audit planned.", null, false, TestName = "A level without an update is not updated yet")]
    [TestCase(2, "Update not available", "Audit planned.", null, false, TestName = "A placeholder is not an update")]
    [TestCase(2, "Audit planned.", "Audit planned.", null, false, TestName = "The previous update copied forward is not an update")]
    [TestCase(5, "All done, evidence attached.", "Audit planned.", "pending", true, TestName = "A completion awaiting sign-off is updated")]
    [TestCase(5, "All done, evidence attached.", "Audit planned.", "rejected", false, TestName = "A rejected completion needs updating again")]
    public void An_item_is_updated_when_My_actions_would_stop_asking_for_it(int? level, string? narrative, string? previous, string? signOff, bool updated)
    {
        Assert.That(ReviewProgress.IsUpdated(Item(1, level, narrative, previous, signOff)), Is.EqualTo(updated));
    }

    [Test]
    public void People_with_items_still_to_update_come_first_by_name_with_their_items_in_plan_order()
    {
        var items = new[] { Item(1, 2, "New."), Item(2), Item(3, 3, "Also new."), Item(4), Item(5) };
        var people = new[] { Person(10, "Zara Khan"), Person(11, "aisha Rahman"), Person(12, "Ben Ode"), Person(13, "Nobody Here") };
        var answers = new[]
        {
            Answers(10, 4), Answers(10, 2), Answers(10, 2), // Zara: 2 and 4, not updated (named twice on 2: counted once)
            Answers(11, 1), Answers(11, 5),                 // Aisha: 1 updated, 5 not
            Answers(12, 3),                                 // Ben: all updated
        };

        var result = ReviewProgress.Group(items, answers, people);

        Assert.That((result.ItemCount, result.UpdatedCount, result.NotUpdatedCount), Is.EqualTo((5, 2, 3)));
        Assert.That(result.People.Select(p => (p.DisplayName, p.ItemCount, p.UpdatedCount, string.Join(",", p.NotUpdated.Select(i => i.ItemId)))),
            Is.EqualTo(new[] { ("aisha Rahman", 2, 1, "5"), ("Zara Khan", 2, 0, "2,4"), ("Ben Ode", 1, 1, "") }));
        Assert.That(result.Unassigned, Is.Empty);
    }

    [Test]
    public void Items_nobody_answers_for_are_unassigned_only_while_they_need_an_update()
    {
        var items = new[] { Item(1), Item(2, 2, "Done."), Item(3, null, "Text only.") };
        var result = ReviewProgress.Group(items, [], []);

        Assert.That(result.People, Is.Empty);
        Assert.That(result.Unassigned.Select(i => (i.ItemId, string.Join(",", i.Stale))), Is.EqualTo(new[]
        {
            (1L, "NoScore,NoUpdate"), (3L, "NoScore"),
        }));
    }

    [Test]
    public void A_rejected_completion_says_so_and_answers_about_other_plans_items_are_ignored()
    {
        var items = new[] { Item(1, 5, "Finished.", signOff: "rejected") };
        var answers = new[] { Answers(10, 1), new ReviewProgress.Answer(10, "action", 99) };
        var result = ReviewProgress.Group(items, answers, [Person(10, "Jo Bloggs", linked: false)]);

        var jo = result.People.Single();
        Assert.That((jo.ItemCount, jo.UpdatedCount, jo.LinkedUser), Is.EqualTo((1, 0, false)));
        Assert.That(jo.NotUpdated.Single(), Is.EqualTo(new ProgressItem("recommendation", 1, "1", "Recommendation 1", [], true))
            .Using<ProgressItem>((a, b) => a.ItemId == b.ItemId && a.SignOffRejected == b.SignOffRejected && a.Stale.Count == b.Stale.Count));
    }

    [Test]
    public void The_first_review_has_nothing_to_copy_forward()
    {
        // The same text as a previous narrative that belongs to no review before this one (hasPrevious false) is fresh.
        Assert.That(ReviewProgress.IsUpdated(Item(1, 2, "Audit planned.", "Audit planned.", hasPrevious: false)), Is.True);
    }
}
