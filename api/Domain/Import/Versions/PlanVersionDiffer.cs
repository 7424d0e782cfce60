namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>Compares a newer version of a plan's file (as a draft) with the plan the tracker holds. Pure: nothing is read or written.</summary>
public static class PlanVersionDiffer
{
    public static PlanVersionDiff Compare(ExistingPlan plan, PlanDraft draft)
    {
        var items = ItemMatcher.Match(draft, plan);
        return new PlanVersionDiff(items.Matched, items.NewItems, items.Missing,
            FieldComparer.Compare(draft, plan, items.Ids).ToList(),
            ScoreComparer.NewReviews(draft, plan),
            ScoreComparer.Compare(draft, plan, items.Ids).ToList());
    }

    /// <summary>The key a decision is known by; see <see cref="ScoreComparison.Key"/>.</summary>
    public static string ScoreKey(ItemLevel level, long itemId, long reviewId) => ScoreComparer.Key(level, itemId, reviewId);
}
