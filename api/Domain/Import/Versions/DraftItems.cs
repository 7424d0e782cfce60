namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>A draft's item seen the same way at every level, so matching and comparing need one code path.</summary>
internal sealed record DraftItem(
    ItemRef Ref, ItemRef? Parent, string? Number, string Text, string? DeadlineText, IReadOnlyList<int> Leads, IReadOnlyList<int> Owners);

internal static class DraftItems
{
    /// <summary>Every item, parents before children: priorities, recommendations, actions, measures.</summary>
    public static IEnumerable<DraftItem> All(PlanDraft draft) =>
        draft.Priorities.Select((p, i) => new DraftItem(new(ItemLevel.Priority, i), null, p.Number, p.Title, null, [], []))
            .Concat(draft.Recommendations.Select((r, i) => new DraftItem(new(ItemLevel.Recommendation, i),
                r.Priority is { } p ? new(ItemLevel.Priority, p) : null, r.Number, r.Text, r.DeadlineText, r.Leads, r.Owners)))
            .Concat(draft.Actions.Select((a, i) => new DraftItem(new(ItemLevel.Action, i),
                a.Recommendation is { } r ? new(ItemLevel.Recommendation, r) : a.Priority is { } p ? new(ItemLevel.Priority, p) : null,
                a.Code, a.Description, a.DeadlineText, a.Leads, a.Owners)))
            .Concat(draft.Measures.Select((m, i) => new DraftItem(new(ItemLevel.Measure, i), new(ItemLevel.Action, m.Action),
                m.Number, m.Text, m.DeadlineText, m.Leads, m.Owners)));
}

/// <summary>How two printed texts or numbers are judged the same: spaces, capitals and a trailing full stop set aside.</summary>
internal static class Normalised
{
    public static string Text(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.').ToLowerInvariant();

    public static string Number(string? number) => string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c))).TrimEnd('.').ToLowerInvariant();

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
