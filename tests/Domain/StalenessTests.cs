using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>This review's score and update, and the last review's update, in; why the row is stale out.</summary>
public class StalenessTests
{
    [TestCase(3, "Audit of 20 cases completed.", "Audit planned.")]
    [TestCase(3, "Audit of 20 cases completed.", null)]
    [TestCase(2, "Audit planned. Dates agreed.", "Audit planned.")]
    public void A_scored_row_with_a_new_update_is_fresh(int? level, string? current, string? previous)
    {
        Assert.That(Staleness.For(level, current, previous), Is.Empty);
    }

    [TestCase(null, "Audit of 20 cases completed.", "Audit planned.", new[] { StaleReason.NoScore })]
    [TestCase(3, null, "Audit planned.", new[] { StaleReason.NoUpdate })]
    [TestCase(3, "", "Audit planned.", new[] { StaleReason.NoUpdate })]
    [TestCase(3, "   \n ", "Audit planned.", new[] { StaleReason.NoUpdate })]
    [TestCase(3, "Update not available", "Audit planned.", new[] { StaleReason.NoUpdate })]
    [TestCase(3, "N/A", null, new[] { StaleReason.NoUpdate })]
    [TestCase(3, "Audit planned.", "Audit planned.", new[] { StaleReason.UpdateCopiedForward })]
    [TestCase(3, "  Audit   planned.\n", "audit planned.", new[] { StaleReason.UpdateCopiedForward })]
    [TestCase(null, "Audit planned.", "Audit planned.", new[] { StaleReason.NoScore, StaleReason.UpdateCopiedForward })]
    [TestCase(null, "", "", new[] { StaleReason.NoScore, StaleReason.NoUpdate })]
    public void A_row_is_stale_when_it_has_no_score_no_update_or_last_times_update(
        int? level, string? current, string? previous, StaleReason[] expected)
    {
        Assert.That(Staleness.For(level, current, previous), Is.EqualTo(expected));
    }
}
