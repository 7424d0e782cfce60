namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>
/// What a matched row prints differently from the tracker: its text, its deadline as written, its leads or owners.
/// A blank in the file proposes nothing (a blank never erases), and spaces or capitals alone are no change.
/// </summary>
internal static class FieldComparer
{
    public static IEnumerable<FieldChange> Compare(PlanDraft draft, ExistingPlan plan, IReadOnlyDictionary<ItemRef, long> ids)
    {
        var held = plan.Items.ToDictionary(i => (i.Level, i.Id));
        foreach (var item in DraftItems.All(draft))
        {
            if (!ids.TryGetValue(item.Ref, out var id)) continue;
            var tracker = held[(item.Ref.Level, id)];
            if (Normalised.Text(item.Text) != Normalised.Text(tracker.Text))
                yield return Change(item, tracker, ItemField.Text, tracker.Text, item.Text.Trim());
            if (!Normalised.IsBlank(item.DeadlineText) && Normalised.Text(item.DeadlineText) != Normalised.Text(tracker.DeadlineText))
                yield return Change(item, tracker, ItemField.Deadline, tracker.DeadlineText, item.DeadlineText!.Trim());
            if (PeopleDiffer(draft, item.Leads, tracker.Leads))
                yield return Change(item, tracker, ItemField.Leads, Names(plan, tracker.Leads), Seen(draft, item.Leads));
            if (PeopleDiffer(draft, item.Owners, tracker.Owners))
                yield return Change(item, tracker, ItemField.Owners, Names(plan, tracker.Owners), Seen(draft, item.Owners));
        }
    }

    private static FieldChange Change(DraftItem item, ExistingItem tracker, ItemField field, string? before, string? after) =>
        new(item.Ref, tracker.Id, field, before, after, tracker.Version);

    /// <summary>Different people, in any order; a person the file names who is not yet in the tracker is always a change.</summary>
    private static bool PeopleDiffer(PlanDraft draft, IReadOnlyList<int> named, IReadOnlyList<long> held)
    {
        if (named.Count == 0) return false;
        var ids = named.Select(p => draft.People[p].ExistingId).ToList();
        return ids.Any(id => id is null) || !ids.OfType<long>().ToHashSet().SetEquals(held);
    }

    private static string? Names(ExistingPlan plan, IReadOnlyList<long> people) =>
        people.Count == 0 ? null : string.Join("; ", people.Select(p => plan.People.GetValueOrDefault(p, $"person {p}")));

    private static string Seen(PlanDraft draft, IReadOnlyList<int> people) =>
        string.Join("; ", people.Select(p => draft.People[p].Seen.Trim()).Distinct(StringComparer.Ordinal));
}
