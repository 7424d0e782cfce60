namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>
/// The file's reviews and scores against the tracker's: a review label the plan lacks is a new review, and each score is
/// added, the same, left (a blank in the file), or a decision for a person when the two disagree.
/// </summary>
internal static class ScoreComparer
{
    public static IReadOnlyList<NewReview> NewReviews(PlanDraft draft, ExistingPlan plan) => draft.Reviews
        .Select((r, i) => (Review: r, Index: i))
        .Where(r => Find(plan, r.Review.Label) is null)
        .Select(r => new NewReview(r.Index, r.Review.Label.Trim(), r.Review.IsOpen)).ToList();

    public static IEnumerable<ScoreComparison> Compare(PlanDraft draft, ExistingPlan plan, IReadOnlyDictionary<ItemRef, long> ids)
    {
        var held = plan.Scores.ToDictionary(s => (s.Item.Level, s.Item.Id, s.ReviewId));
        for (var i = 0; i < draft.Scores.Count; i++)
        {
            var score = draft.Scores[i];
            var label = draft.Reviews[score.Review].Label.Trim();
            var review = Find(plan, label);
            var file = new ScoreValue(score.Level, score.RecordedAs, score.Narrative);
            long? itemId = ids.TryGetValue(score.Item, out var id) ? id : null;
            if (itemId is null || review is null)
            {
                yield return new ScoreComparison(i, null, score.Item, itemId, label, review?.Id, ScoreOutcome.Add, null, file, null);
                continue;
            }
            var key = Key(score.Item.Level, id, review.Id);
            var tracker = held.GetValueOrDefault((score.Item.Level, id, review.Id));
            var trackerValue = tracker is null ? null : new ScoreValue(tracker.Level, tracker.RecordedAs, tracker.Narrative);
            yield return new ScoreComparison(i, key, score.Item, id, label, review.Id, Outcome(trackerValue, file, review.IsOpen),
                trackerValue, file, tracker?.Version);
        }
    }

    /// <summary>"action-12/review-3": names a score by the tracker's ids, so a choice made on one reading holds on the next.</summary>
    public static string Key(ItemLevel level, long itemId, long reviewId) => $"{level.ToString().ToLowerInvariant()}-{itemId}/review-{reviewId}";

    private static ScoreOutcome Outcome(ScoreValue? tracker, ScoreValue file, bool reviewOpen)
    {
        if (tracker is null || IsEmpty(tracker)) return IsEmpty(file) && tracker is not null ? ScoreOutcome.Same : ScoreOutcome.Add;
        if (IsEmpty(file)) return ScoreOutcome.FileBlank;
        if (Same(tracker, file)) return ScoreOutcome.Same;
        return reviewOpen ? ScoreOutcome.Differs : ScoreOutcome.DiffersInClosedReview;
    }

    /// <summary>No level, nothing written and no narrative: a cell that says nothing.</summary>
    private static bool IsEmpty(ScoreValue value) =>
        value.Level is null && Normalised.IsBlank(value.RecordedAs) && Normalised.IsBlank(value.Narrative);

    /// <summary>The same level (or the same "no score" text) and the same narrative, spaces and capitals aside.</summary>
    private static bool Same(ScoreValue tracker, ScoreValue file) =>
        tracker.Level == file.Level
        && (tracker.Level is not null || Normalised.Text(tracker.RecordedAs) == Normalised.Text(file.RecordedAs))
        && Normalised.Text(tracker.Narrative) == Normalised.Text(file.Narrative);

    private static ExistingReview? Find(ExistingPlan plan, string label) =>
        plan.Reviews.FirstOrDefault(r => Normalised.Text(r.Label) == Normalised.Text(label));
}
