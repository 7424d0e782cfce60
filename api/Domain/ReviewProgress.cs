namespace ActionPlanTracker.Domain;

/// <summary>
/// Who has not updated yet in one review (issue 12): the plan's scored items grouped by the people who answer for them.
/// Pure: the endpoint reads the items, who answers for each (<c>ScoreTarget.AnsweredByPeopleSql</c>, the rule that lets a
/// manager save a score) and the people, and this groups them.
/// </summary>
/// <remarks>
/// An item counts as updated exactly when "My actions" would stop asking for it (<c>needsUpdate</c> there): it has a level
/// in this review and an update that is neither empty, a placeholder ("update not available"), nor the previous review's
/// copied forward (<see cref="Staleness"/>, the grid's stale reasons), and the board has not rejected its completion. So
/// "no score" recorded with a narrative is not yet an update: the manager's own list still shows it as to do, and the
/// board's list must not say otherwise.
/// </remarks>
public static class ReviewProgress
{
    /// <summary>One scored item of the plan, in plan order, with what this review and the one before hold for it.</summary>
    public sealed record Item(
        string ItemType, long ItemId, string Reference, string Text,
        int? Level, string? Narrative, string? SignOffStatus, bool HasPreviousReview, string? PreviousNarrative);

    /// <summary>A person who answers for at least one of the items.</summary>
    public sealed record Person(long PersonId, string DisplayName, string? JobTitle, string? Email, bool LinkedUser);

    /// <summary>One person answers for one item (the reason does not matter here; a person is counted once per item).</summary>
    public sealed record Answer(long PersonId, string ItemType, long ItemId);

    /// <summary>The review's progress: counts over every scored item, per person, and what nobody answers for.</summary>
    public sealed record Result(int ItemCount, int UpdatedCount, int NotUpdatedCount, IReadOnlyList<PersonProgress> People,
        IReadOnlyList<ProgressItem> Unassigned);

    /// <summary>Why an item is not updated yet (the stale reasons and a rejected completion).</summary>
    public static IReadOnlyList<StaleReason> StaleReasons(Item item) =>
        Staleness.For(item.Level, item.Narrative, item.HasPreviousReview ? item.PreviousNarrative : null);

    /// <summary>True when the item needs no more from anyone in this review (see the remarks).</summary>
    public static bool IsUpdated(Item item) => StaleReasons(item).Count == 0 && item.SignOffStatus != "rejected";

    /// <summary>
    /// Groups the items by person. People with something still to update come first, then those who are done, each by
    /// name; an item appears under every person who answers for it, in plan order. Items nobody answers for and not
    /// updated are <see cref="Result.Unassigned"/>. Answers about items not in the list (another plan's) are ignored.
    /// </summary>
    public static Result Group(IReadOnlyList<Item> items, IReadOnlyList<Answer> answers, IReadOnlyList<Person> people)
    {
        var order = items.Select((item, index) => (item, index)).ToDictionary(x => (x.item.ItemType, x.item.ItemId), x => x.index);
        var progress = items.Select(item => (item, updated: IsUpdated(item))).ToList();
        var byPerson = answers
            .Where(a => order.ContainsKey((a.ItemType, a.ItemId)))
            .DistinctBy(a => (a.PersonId, a.ItemType, a.ItemId))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.Select(a => order[(a.ItemType, a.ItemId)]).Order().ToList());

        var grouped = people
            .Where(p => byPerson.ContainsKey(p.PersonId))
            .Select(p =>
            {
                var theirs = byPerson[p.PersonId];
                var notUpdated = theirs.Where(i => !progress[i].updated).Select(i => ToProgressItem(progress[i].item)).ToList();
                return new PersonProgress(p.PersonId, p.DisplayName, p.JobTitle, p.Email, p.LinkedUser, theirs.Count,
                    theirs.Count - notUpdated.Count, notUpdated);
            })
            .OrderBy(p => p.NotUpdated.Count == 0)
            .ThenBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.PersonId)
            .ToList();

        var answered = byPerson.Values.SelectMany(i => i).ToHashSet();
        var unassigned = progress.Where((p, i) => !p.updated && !answered.Contains(i)).Select(p => ToProgressItem(p.item)).ToList();
        var updatedCount = progress.Count(p => p.updated);
        return new Result(items.Count, updatedCount, items.Count - updatedCount, grouped, unassigned);
    }

    private static ProgressItem ToProgressItem(Item item) =>
        new(item.ItemType, item.ItemId, item.Reference, item.Text, StaleReasons(item), item.SignOffStatus == "rejected");
}

/// <summary>One person's share of a review: how many items they answer for, how many are updated, and the rest.</summary>
/// <param name="LinkedUser">True when an account (not disabled) is linked to them, so they can update in the tracker themselves.</param>
public sealed record PersonProgress(long PersonId, string DisplayName, string? JobTitle, string? Email, bool LinkedUser,
    int ItemCount, int UpdatedCount, IReadOnlyList<ProgressItem> NotUpdated);

/// <summary>An item not updated yet in the review.</summary>
/// <param name="ItemType">recommendation, action or measure (singular, as the item pages' addresses have it).</param>
/// <param name="Reference">The full reference: "2 / 7 (14) / B / 1"; parts the plan does not number are left out, as on "My actions".</param>
/// <param name="Stale">Why: noScore, noUpdate, updateCopiedForward (the grid's stale reasons); empty when only the completion was rejected.</param>
/// <param name="SignOffRejected">True when the board rejected the item's completion in this review.</param>
public sealed record ProgressItem(string ItemType, long ItemId, string Reference, string Text, IReadOnlyList<StaleReason> Stale,
    bool SignOffRejected);
