using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;

namespace ActionPlanTracker.Tests.Import.Versions;

/// <summary>
/// A newer version of a plan's file against the plan the tracker holds, built by hand: recommendation 1 (with action 1.1,
/// led by person 7) and recommendation 2, scored in "Mar 26" (closed) and "Jun 26" (open).
/// </summary>
public class PlanVersionDifferTests
{
    private static readonly SourcePlace Row = new(0, 1);
    private static readonly ExistingParent Rec1 = new(ItemLevel.Recommendation, 10);
    private static readonly ExistingParent Action11 = new(ItemLevel.Action, 20);

    private static ExistingPlan Tracker(params ExistingScore[] scores) => new(1, "Improvement plan",
        [
            new ExistingItem(ItemLevel.Recommendation, 10, null, "1", "Improve supervision", "March 2026", [], [], 1),
            new ExistingItem(ItemLevel.Recommendation, 11, null, "2", "Strengthen QA", null, [], [], 1),
            new ExistingItem(ItemLevel.Action, 20, Rec1, "1.1", "Audit supervision monthly", "Monthly", [7], [], 3),
        ],
        [new ExistingReview(100, "Mar 26", false), new ExistingReview(101, "Jun 26", true)],
        scores,
        new Dictionary<long, string> { [7] = "Sam Patel", [8] = "Jo Reed" });

    private static PlanDraft File(Action<PlanDraft>? change = null)
    {
        var draft = new PlanDraft
        {
            Reviews = [new("Mar 26", null, false), new("Jun 26", null, true)],
            People = [new(7, "Sam Patel", null, null, "name", "Sam Patel"), new(8, "Jo Reed", null, null, "name", "Jo Reed")],
            Recommendations =
            [
                new(null, "1", "Improve supervision", "March 2026", [], [], [], null, null, Row),
                new(null, "2", "Strengthen QA", null, [], [], [], null, null, Row),
            ],
            Actions = [new(0, null, "1.1", "Audit supervision monthly", null, "Monthly", [0], [], Row)],
        };
        change?.Invoke(draft);
        return draft;
    }

    private static ScoreDraft Score(int action, int review, int? level, string? narrative = null, string? recordedAs = null) =>
        new(new ItemRef(ItemLevel.Action, action), review, level, recordedAs, narrative, null, null, null, null, Row);

    private static ExistingScore Held(long reviewId, int? level, string? narrative = null, int version = 1) =>
        new(Action11, reviewId, level, null, narrative, version);

    [Test]
    public void The_same_plan_matches_every_item_by_number_and_changes_nothing()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(Held(100, 2)), File(d => d.Scores.Add(Score(0, 0, 2))));

        Assert.That(diff.Matched.Select(m => (m.ExistingId, m.By)), Is.EquivalentTo(new[] { (10L, MatchedBy.Number), (11L, MatchedBy.Number), (20L, MatchedBy.Number) }));
        Assert.That(diff.NewItems, Is.Empty);
        Assert.That(diff.Missing, Is.Empty);
        Assert.That(diff.FieldChanges, Is.Empty);
        Assert.That(diff.NewReviews, Is.Empty);
        Assert.That(diff.Scores.Single().Outcome, Is.EqualTo(ScoreOutcome.Same));
        Assert.That(diff.Decisions, Is.Empty);
    }

    [Test]
    public void Numbers_match_whatever_their_spacing_or_trailing_full_stop()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d => d.Recommendations[1] = d.Recommendations[1] with { Number = " 2. " }));

        Assert.That(diff.Matched.Single(m => m.Draft == new ItemRef(ItemLevel.Recommendation, 1)).ExistingId, Is.EqualTo(11));
    }

    [Test]
    public void Unnumbered_items_are_matched_by_their_text_under_the_same_parent()
    {
        var tracker = Tracker() with
        {
            Items = [.. Tracker().Items, new ExistingItem(ItemLevel.Measure, 30, Action11, null, "All supervision recorded on time", null, [], [], 1)],
        };
        var file = File(d => d.Measures.Add(new(0, null, "all supervision  recorded on time.", null, [], [], Row)));

        var match = PlanVersionDiffer.Compare(tracker, file).Matched.Single(m => m.Draft.Level == ItemLevel.Measure);

        Assert.That((match.ExistingId, match.By), Is.EqualTo((30L, MatchedBy.Text)));
    }

    [Test]
    public void The_same_number_under_another_parent_is_a_new_item()
    {
        // Action "1.1" printed under recommendation 2 is not recommendation 1's action 1.1.
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d => d.Actions[0] = d.Actions[0] with { Recommendation = 1 }));

        Assert.That(diff.NewItems.Single(), Is.EqualTo(new NewItem(new ItemRef(ItemLevel.Action, 0), new ParentRef(ItemLevel.Recommendation, 11, null))));
        Assert.That(diff.Missing.Single().Id, Is.EqualTo(20));
    }

    [Test]
    public void New_rows_are_listed_with_their_parents_whether_the_tracker_has_them_or_the_file_adds_them()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
        {
            d.Recommendations.Add(new(null, "3", "Listen to children", null, [], [], [], null, null, Row));
            d.Actions.Add(new(2, null, "3.1", "Run a survey", null, null, [], [], Row));
            d.Actions.Add(new(0, null, "1.2", "Train managers", null, null, [], [], Row));
        }));

        Assert.That(diff.NewItems, Is.EqualTo(new[]
        {
            new NewItem(new ItemRef(ItemLevel.Recommendation, 2), null),
            new NewItem(new ItemRef(ItemLevel.Action, 1), new ParentRef(ItemLevel.Recommendation, null, 2)),
            new NewItem(new ItemRef(ItemLevel.Action, 2), new ParentRef(ItemLevel.Recommendation, 10, null)),
        }));
    }

    [Test]
    public void Items_the_file_no_longer_has_are_listed_as_missing_with_their_children()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
        {
            d.Recommendations.RemoveAt(0);
            d.Actions.Clear();
        }));

        Assert.That(diff.Missing.Select(i => i.Id), Is.EquivalentTo(new[] { 10L, 20L }));
    }

    [Test]
    public void A_changed_text_deadline_or_lead_is_a_field_change_with_both_values()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
            d.Actions[0] = d.Actions[0] with { Description = "Audit supervision fortnightly", DeadlineText = "June 2026", Leads = [1] }));

        Assert.That(diff.FieldChanges, Is.EqualTo(new[]
        {
            new FieldChange(new ItemRef(ItemLevel.Action, 0), 20, ItemField.Text, "Audit supervision monthly", "Audit supervision fortnightly", 3),
            new FieldChange(new ItemRef(ItemLevel.Action, 0), 20, ItemField.Deadline, "Monthly", "June 2026", 3),
            new FieldChange(new ItemRef(ItemLevel.Action, 0), 20, ItemField.Leads, "Sam Patel", "Jo Reed", 3),
        }));
    }

    [Test]
    public void Blanks_spacing_and_capitals_in_the_file_propose_no_change()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
            d.Actions[0] = d.Actions[0] with { Description = "audit  supervision monthly", DeadlineText = " ", Leads = [] }));

        Assert.That(diff.FieldChanges, Is.Empty);
    }

    [Test]
    public void A_person_the_tracker_does_not_know_yet_is_a_change_of_lead()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
        {
            d.People.Add(new(null, "Ali Khan", null, null, null, "Ali Khan"));
            d.Actions[0] = d.Actions[0] with { Leads = [0, 2] };
        }));

        Assert.That(diff.FieldChanges.Single().File, Is.EqualTo("Sam Patel; Ali Khan"));
    }

    [Test]
    public void Review_labels_the_plan_lacks_are_new_reviews_in_column_order_and_their_scores_are_added()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
        {
            d.Reviews.Add(new("Sep 26", null, false));
            d.Reviews.Add(new("Dec 26", null, true));
            d.Scores.Add(Score(0, 3, 4));
        }));

        Assert.That(diff.NewReviews, Is.EqualTo(new[] { new NewReview(2, "Sep 26", false), new NewReview(3, "Dec 26", true) }));
        var score = diff.Scores.Single();
        Assert.That((score.Outcome, score.Key, score.ReviewId), Is.EqualTo((ScoreOutcome.Add, (string?)null, (long?)null)));
    }

    [Test]
    public void A_score_where_the_tracker_has_none_is_added_with_its_key()
    {
        var score = PlanVersionDiffer.Compare(Tracker(), File(d => d.Scores.Add(Score(0, 1, 3)))).Scores.Single();

        Assert.That((score.Outcome, score.Key, score.Tracker), Is.EqualTo((ScoreOutcome.Add, "action-20/review-101", (ScoreValue?)null)));
    }

    [Test]
    public void A_different_score_in_an_open_review_is_a_decision_showing_both_values()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(Held(101, 2, "Slow start", version: 4)), File(d => d.Scores.Add(Score(0, 1, 3, "On track now"))));

        var decision = diff.Decisions.Single();
        Assert.That(decision.Outcome, Is.EqualTo(ScoreOutcome.Differs));
        Assert.That((decision.Key, decision.Version), Is.EqualTo(("action-20/review-101", (int?)4)));
        Assert.That((decision.Tracker!.ToString(), decision.File.ToString()), Is.EqualTo(("2: Slow start", "3: On track now")));
    }

    [Test]
    public void A_changed_narrative_alone_is_a_decision_too()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(Held(101, 3, "On track")), File(d => d.Scores.Add(Score(0, 1, 3, "On track, audit done"))));

        Assert.That(diff.Decisions.Single().Outcome, Is.EqualTo(ScoreOutcome.Differs));
    }

    [Test]
    public void A_different_score_in_a_closed_review_is_listed_apart()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(Held(100, 2)), File(d => d.Scores.Add(Score(0, 0, 1))));

        Assert.That(diff.Decisions.Single().Outcome, Is.EqualTo(ScoreOutcome.DiffersInClosedReview));
    }

    [Test]
    public void A_blank_in_the_file_never_erases_the_trackers_score()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(Held(101, 2)), File(d => d.Scores.Add(Score(0, 1, null))));

        Assert.That(diff.Scores.Single().Outcome, Is.EqualTo(ScoreOutcome.FileBlank));
        Assert.That(diff.Decisions, Is.Empty);
    }

    [Test]
    public void A_zero_held_as_no_score_in_both_is_the_same_and_a_level_against_it_differs()
    {
        var tracker = Tracker(new ExistingScore(Action11, 101, null, "0", null, 1));

        var same = PlanVersionDiffer.Compare(tracker, File(d => d.Scores.Add(Score(0, 1, null, recordedAs: "0")))).Scores.Single();
        var scored = PlanVersionDiffer.Compare(tracker, File(d => d.Scores.Add(Score(0, 1, 2)))).Scores.Single();

        Assert.That((same.Outcome, scored.Outcome), Is.EqualTo((ScoreOutcome.Same, ScoreOutcome.Differs)));
        Assert.That(scored.Tracker!.ToString(), Is.EqualTo("no score (\u201c0\u201d)"));
    }

    [Test]
    public void Scores_of_new_items_are_added()
    {
        var diff = PlanVersionDiffer.Compare(Tracker(), File(d =>
        {
            d.Actions.Add(new(1, null, "2.1", "Audit files", null, null, [], [], Row));
            d.Scores.Add(Score(1, 1, 1));
        }));

        Assert.That((diff.Scores.Single().Outcome, diff.Scores.Single().ExistingItemId), Is.EqualTo((ScoreOutcome.Add, (long?)null)));
    }
}
