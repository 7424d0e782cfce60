namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// What stops a commit once the whole draft is read: no items at all, an item with a number but no text, and two items
/// with the same number under the same parent (a plan could not tell them apart, and a later import could not match them).
/// </summary>
internal static class DraftChecks
{
    public static IEnumerable<ImportFinding> Blocking(PlanDraft draft, SourceWhere where)
    {
        if (draft.Priorities.Count + draft.Recommendations.Count + draft.Actions.Count + draft.Measures.Count == 0)
        {
            yield return new ImportFinding(FindingKind.Blocking,
                "No rows were read as items: check the header row and the column mapping.");
            yield break;
        }
        var items = Items(draft).ToList();
        foreach (var item in items.Where(i => i.Text.Length == 0))
            yield return new ImportFinding(FindingKind.Blocking,
                $"{Words.Capitalised(Words.Item(item.Level, item.Number))} has a number but no text: add its text, or leave the row out.",
                where.Of(item.From), item.From);
        foreach (var same in items.Where(i => i.Number is { Length: > 0 })
                     .GroupBy(i => (i.Level, i.Parent, Number: i.Number!.Trim().ToUpperInvariant()))
                     .Where(g => g.Count() > 1))
        {
            var rows = same.Select(i => where.Of(i.From)).ToList();
            yield return new ImportFinding(FindingKind.Blocking,
                $"{same.Count()} {Words.Levels(same.Key.Level)} are numbered {same.First().Number}{Under(same.Key.Level)}: "
                + $"{string.Join(" and ", rows)}. Renumber one in the file, or leave one out.",
                rows[1], same.ElementAt(1).From);
        }
    }

    private sealed record Item(ItemLevel Level, string? Parent, string? Number, string Text, SourcePlace From);

    // Recommendations are numbered across the plan, as reports number them; actions and measures within their parent.
    private static IEnumerable<Item> Items(PlanDraft draft) =>
        draft.Priorities.Select(p => new Item(ItemLevel.Priority, null, p.Number, p.Title, p.From))
            .Concat(draft.Recommendations.Select(r => new Item(ItemLevel.Recommendation, null, r.Number, r.Text, r.From)))
            .Concat(draft.Actions.Select(a => new Item(ItemLevel.Action, a.Recommendation is { } r ? $"r{r}" : $"p{a.Priority}", a.Code, a.Description, a.From)))
            .Concat(draft.Measures.Select(m => new Item(ItemLevel.Measure, $"a{m.Action}", m.Number, m.Text, m.From)));

    private static string Under(ItemLevel level) => level switch
    {
        ItemLevel.Action => " under the same parent",
        ItemLevel.Measure => " under the same action",
        _ => "",
    };
}
