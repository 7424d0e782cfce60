namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>
/// Finds each row of the file in the tracker: under the parent it was matched to, by its number as printed, or by its
/// text when it has no number. A row whose parent is new is new. Each tracker item is matched once at most.
/// </summary>
internal static class ItemMatcher
{
    public sealed record Result(IReadOnlyList<ItemMatch> Matched, IReadOnlyList<NewItem> NewItems, IReadOnlyList<ExistingItem> Missing,
        IReadOnlyDictionary<ItemRef, long> Ids);

    public static Result Match(PlanDraft draft, ExistingPlan plan)
    {
        var ids = new Dictionary<ItemRef, long>();
        var taken = new HashSet<(ItemLevel, long)>();
        var matched = new List<ItemMatch>();
        var added = new List<NewItem>();
        foreach (var item in DraftItems.All(draft))
        {
            var parent = Parent(item, ids);
            var found = parent is { ExistingId: null, Draft: not null } ? null : Find(item, parent, plan, taken);
            if (found is { } f)
            {
                ids[item.Ref] = f.Item.Id;
                taken.Add((f.Item.Level, f.Item.Id));
                matched.Add(new ItemMatch(item.Ref, f.Item.Id, f.By));
            }
            else added.Add(new NewItem(item.Ref, parent));
        }
        var missing = plan.Items.Where(i => !taken.Contains((i.Level, i.Id))).ToList();
        return new Result(matched, added, missing, ids);
    }

    private static ParentRef? Parent(DraftItem item, Dictionary<ItemRef, long> ids) => item.Parent is not { } p ? null
        : ids.TryGetValue(p, out var id) ? new ParentRef(p.Level, id, null) : new ParentRef(p.Level, null, p.Index);

    private static (ExistingItem Item, MatchedBy By)? Find(DraftItem item, ParentRef? parent, ExistingPlan plan, HashSet<(ItemLevel, long)> taken)
    {
        var siblings = plan.Items.Where(i => i.Level == item.Ref.Level && !taken.Contains((i.Level, i.Id)) && SameParent(i.Parent, parent));
        if (!Normalised.IsBlank(item.Number))
        {
            var number = Normalised.Number(item.Number);
            return siblings.FirstOrDefault(i => Normalised.Number(i.Number) == number) is { } byNumber ? (byNumber, MatchedBy.Number) : null;
        }
        var text = Normalised.Text(item.Text);
        return siblings.FirstOrDefault(i => Normalised.IsBlank(i.Number) && Normalised.Text(i.Text) == text) is { } byText
            ? (byText, MatchedBy.Text) : null;
    }

    private static bool SameParent(ExistingParent? held, ParentRef? parent) =>
        held is null ? parent is null : parent is { ExistingId: { } id } && parent.Level == held.Level && id == held.Id;
}
