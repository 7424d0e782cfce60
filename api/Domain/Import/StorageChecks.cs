using System.Globalization;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// What the database would refuse in a draft, found before anything is written, so a commit never stops half-way on a
/// constraint a person cannot see: two priorities numbered alike, a score at a level the scale lacks, an undated review
/// with a date that is not a date. Each is a Blocking finding naming the row. Pure.
/// </summary>
public static class StorageChecks
{
    /// <param name="scaleLevels">The level values of the existing scale the draft names; null when it names a new one or none.</param>
    public static IReadOnlyList<ImportFinding> Find(PlanDraft draft, IReadOnlyCollection<int>? scaleLevels, SourceDocument? source = null)
    {
        var found = new List<ImportFinding>();
        void Block(string message, SourcePlace? place) =>
            found.Add(new ImportFinding(FindingKind.Blocking, message, place is null ? null : Places.Describe(source, place), place));

        var levels = ScaleLevels(draft.Scale, scaleLevels, Block);
        if (string.IsNullOrWhiteSpace(draft.Plan.Title)) Block("The plan has no title: give it one in the mapping's plan details.", null);
        CheckPeople(draft, Block);
        CheckItems(draft, Block);
        CheckReviews(draft, Block);
        CheckScores(draft, levels, Block);
        CheckUpdates(draft, Block);
        CheckFigures(draft, Block);
        return found;
    }

    private static HashSet<int>? ScaleLevels(ScaleChoice scale, IReadOnlyCollection<int>? known, Action<string, SourcePlace?> block)
    {
        if (scale.New is { } made)
        {
            if (string.IsNullOrWhiteSpace(made.Name)) block("The new scale has no name: give it one in the mapping.", null);
            foreach (var problem in RatingScale.Problems(made.Levels.Select(l => new ScaleLevel(l.Value, l.Label, null, l.Colour, l.MeansComplete)).ToList()))
                block($"The new scale \"{made.Name}\": {problem}", null);
            return made.Levels.Select(l => l.Value).ToHashSet();
        }
        if (scale.ScaleId is null) { block("Choose the plan's scale, or make a new one from the values seen.", null); return null; }
        return known?.ToHashSet();
    }

    private static void CheckPeople(PlanDraft draft, Action<string, SourcePlace?> block)
    {
        foreach (var person in draft.People.Where(p => p.ExistingId is null && Blank(p.Name) && Blank(p.JobTitle) && Blank(p.Seen)))
            block("A person to create has no name and no job title.", null);
        void Check(IEnumerable<int> people, string what, SourcePlace from)
        {
            if (people.Any(p => p < 0 || p >= draft.People.Count)) block($"The {what} names a person the draft does not hold.", from);
        }
        foreach (var r in draft.Recommendations) { Check(r.Leads, "recommendation", r.From); Check(r.Owners, "recommendation", r.From); }
        foreach (var a in draft.Actions) { Check(a.Leads, "action", a.From); Check(a.Owners, "action", a.From); }
        foreach (var m in draft.Measures) { Check(m.Leads, "success measure", m.From); Check(m.Owners, "success measure", m.From); }
    }

    private static void CheckItems(PlanDraft draft, Action<string, SourcePlace?> block)
    {
        foreach (var p in draft.Priorities.Where(p => Blank(p.Title))) block("A priority has no title.", p.From);
        foreach (var p in Repeated(draft.Priorities, p => p.Number, p => 0)) block($"Two priorities are numbered \"{p.Number}\".", p.From);

        foreach (var r in draft.Recommendations.Where(r => Blank(r.Text))) block("A recommendation has no text.", r.From);
        foreach (var r in draft.Recommendations.Where(r => r.Priority is { } p && !InRange(p, draft.Priorities)))
            block("A recommendation sits under a priority the draft does not hold.", r.From);
        foreach (var r in Repeated(draft.Recommendations, r => r.Number, r => 0)) block($"Two recommendations are numbered \"{r.Number}\".", r.From);

        foreach (var a in draft.Actions.Where(a => Blank(a.Description))) block("An action has no description.", a.From);
        foreach (var a in draft.Actions.Where(a => (a.Recommendation is null) == (a.Priority is null)))
            block("An action must sit under exactly one recommendation or priority.", a.From);
        foreach (var a in draft.Actions.Where(a => a.Recommendation is { } r && !InRange(r, draft.Recommendations) || a.Priority is { } p && !InRange(p, draft.Priorities)))
            block("An action sits under an item the draft does not hold.", a.From);
        foreach (var a in Repeated(draft.Actions, a => a.Code, a => a.Recommendation is { } r ? r : -1 - (a.Priority ?? 0)))
            block($"Two actions under the same {(a.Recommendation is null ? "priority" : "recommendation")} have the code \"{a.Code}\".", a.From);

        foreach (var m in draft.Measures.Where(m => Blank(m.Text))) block("A success measure has no text.", m.From);
        foreach (var m in draft.Measures.Where(m => !InRange(m.Action, draft.Actions))) block("A success measure sits under an action the draft does not hold.", m.From);
    }

    private static void CheckReviews(PlanDraft draft, Action<string, SourcePlace?> block)
    {
        foreach (var r in draft.Reviews.Where(r => Blank(r.Label))) block("A review has no label.", null);
        foreach (var label in draft.Reviews.GroupBy(r => r.Label.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            block($"Two reviews are labelled \"{label}\": give each review column its own label.", null);
        foreach (var r in draft.Reviews.Where(r => r.Date is not null && !IsDate(r.Date)))
            block($"The review \"{r.Label}\" has the date \"{r.Date}\"; write it as yyyy-MM-dd.", null);
    }

    private static void CheckScores(PlanDraft draft, HashSet<int>? levels, Action<string, SourcePlace?> block)
    {
        var seen = new HashSet<(int Review, ItemLevel Level, int Index)>();
        foreach (var s in draft.Scores)
        {
            if (!InRange(s.Review, draft.Reviews)) block("A score belongs to a review the draft does not hold.", s.From);
            if (s.Item.Level == ItemLevel.Priority) block("A score is given to a priority; only recommendations, actions and success measures are scored.", s.From);
            else if (!ItemExists(draft, s.Item)) block("A score belongs to an item the draft does not hold.", s.From);
            if (!seen.Add((s.Review, s.Item.Level, s.Item.Index))) block("An item has two scores in the same review.", s.From);
            if (s.Level is { } level && levels is not null && !levels.Contains(level))
                block($"The score {level} is not a level of the plan's scale.", s.From);
            if (s.NarrativeDate is not null && !IsDate(s.NarrativeDate)) block($"The update date \"{s.NarrativeDate}\" is not a date as yyyy-MM-dd.", s.From);
            if (s.PrintedDirection is not null and not ("improving" or "maintained" or "declining"))
                block($"The printed direction \"{s.PrintedDirection}\" is not improving, maintained or declining.", s.From);
        }
    }

    private static void CheckUpdates(PlanDraft draft, Action<string, SourcePlace?> block)
    {
        foreach (var u in draft.Updates)
        {
            if (u.Item.Level == ItemLevel.Priority || !ItemExists(draft, u.Item)) block("An update belongs to an item the draft does not hold.", u.From);
            if (u.Review is { } r && !InRange(r, draft.Reviews)) block("An update belongs to a review the draft does not hold.", u.From);
            if (Blank(u.Text)) block("An update has no text.", u.From);
            if (u.WrittenOn is not null && !IsDate(u.WrittenOn)) block($"The update date \"{u.WrittenOn}\" is not a date as yyyy-MM-dd.", u.From);
        }
    }

    private static void CheckFigures(PlanDraft draft, Action<string, SourcePlace?> block)
    {
        foreach (var a in draft.ReportedAverages)
        {
            if (!InRange(a.Review, draft.Reviews) || a.Priority is { } p && !InRange(p, draft.Priorities))
                block("A printed average belongs to a review or priority the draft does not hold.", a.From);
            if (a.Value < 0 || double.IsNaN(a.Value)) block($"The printed average \"{a.ValueText}\" is not a figure of 0 or more.", a.From);
        }
        foreach (var a in draft.ReportedAverages.GroupBy(a => (a.Review, a.Priority)).Where(g => g.Count() > 1).Select(g => g.Last()))
            block($"Two averages are printed for the same {(a.Priority is null ? "plan" : "priority")} in the same review.", a.From);
        foreach (var f in draft.PrintedFigures)
        {
            var kind = PrintedFigures.KindFrom(f.Kind);
            if (kind is null) { block($"The printed figure \"{f.Label}\" has the kind \"{f.Kind}\", which the tracker does not know.", f.From); continue; }
            if (PrintedFigures.NeedsLevel(kind.Value) != (f.Level is not null))
                block($"The printed figure \"{f.Label}\" {(f.Level is null ? "counts no level" : "names a level it cannot count")}.", f.From);
            if (f.Level is < 1) block($"The printed figure \"{f.Label}\" counts level {f.Level}; printed figures count levels from 1.", f.From);
            if (f.Review is { } r && !InRange(r, draft.Reviews) || f.Priority is { } p && !InRange(p, draft.Priorities))
                block($"The printed figure \"{f.Label}\" belongs to a review or priority the draft does not hold.", f.From);
        }
    }

    private static IEnumerable<T> Repeated<T>(IEnumerable<T> items, Func<T, string?> number, Func<T, int> parent) =>
        items.Where(i => !Blank(number(i)))
            .GroupBy(i => (Parent: parent(i), Number: number(i)!.Trim()))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1));

    private static bool ItemExists(PlanDraft draft, ItemRef item) => item.Level switch
    {
        ItemLevel.Recommendation => InRange(item.Index, draft.Recommendations),
        ItemLevel.Action => InRange(item.Index, draft.Actions),
        ItemLevel.Measure => InRange(item.Index, draft.Measures),
        _ => InRange(item.Index, draft.Priorities),
    };

    private static bool InRange<T>(int index, IReadOnlyCollection<T> list) => index >= 0 && index < list.Count;

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
