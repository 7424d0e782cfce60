using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import.Interpretation;

// Figures typed under or beside the table ("Average 2.8", "Overall average 3.1", "Number of actions 12", "% Green 45%"):
// kept as printed, one per score column, and checked against the scores beneath them with the summary's own rules
// (RollUp for averages, PrintedFigures for counts and percentages), so a dry run shows where a typed figure disagrees.
internal sealed partial class PlanReading
{
    private void ReadFigures(TableLayout layout, SourceRow row, string label)
    {
        var place = new SourcePlace(layout.Index, row.Number);
        var priority = WholePlan().IsMatch(label) || _afterGap || !_mapping.Levels.Contains(ItemLevel.Priority) ? null : _priority;
        if (_afterGap && !WholePlan().IsMatch(label) && _priority is not null)
            Add(FindingKind.Note, $"\"{label}\" is set apart from the table by a blank row, so its figures are read as the whole plan's, "
                + "not the last priority's.", place);
        var shown = _draft.Reviews.Select(_ => (string?)null).ToList();
        var labelColumn = row.Cells.ToList().FindIndex(c => !c.IsBlank) + 1;
        for (var column = labelColumn + 1; column <= row.Cells.Count; column++)
        {
            var cell = TableLayout.Cell(row, column);
            if (cell.IsBlank)
                continue;
            var cellPlace = place with { Column = column };
            var review = layout.Having(ColumnRole.Score).Where(c => c.Column == column).Select(c => ReviewIndex(c.Mapping.Review)).FirstOrDefault();
            if (review is not { } r)
            {
                Add(FindingKind.Note, $"\"{cell.Text.Trim()}\" on the \"{label}\" row is not under a review's score column, so it was not "
                    + "kept as a printed figure.", cellPlace);
                continue;
            }
            var valueText = cell.Text.Trim();
            AddFigure(label, valueText, r, priority, cellPlace);
            shown[r] = valueText;
        }
        _preview.Add(Preview(place, "figure", text: label, scores: shown));
    }

    private void AddFigure(string label, string valueText, int review, int? priority, SourcePlace place)
    {
        var value = PrintedFigures.ParseValue(valueText);
        var level = LevelNamed(label);
        if (label.Contains('%') || valueText.Contains('%'))
            AddPrinted(level is null ? FigureKind.Other : FigureKind.PercentageAtLevel, level);
        else if (CountWords().IsMatch(label))
            AddPrinted(level is not null ? FigureKind.CountAtLevel
                : label.Contains("scored", StringComparison.OrdinalIgnoreCase) ? FigureKind.ScoredItemCount : FigureKind.ItemCount, level);
        else if (value is { } mean)
            _draft.ReportedAverages.Add(new AverageDraft(review, priority, mean, valueText, place));
        else
            AddPrinted(FigureKind.Other, null);

        void AddPrinted(FigureKind kind, int? at) =>
            _draft.PrintedFigures.Add(new FigureDraft(review, priority, PrintedFigures.NameOf(kind), at, label, valueText, value, place));
    }

    // The level a figure's label counts: a level's label ("Green", "Completed") or a word the person mapped to one ("BLUE").
    private int? LevelNamed(string label)
    {
        var named = (_values.Scale?.Levels ?? []).Select(l => (Word: l.Label.Trim(), Level: (int?)l.Value))
            .Concat(_mapping.Values.Where(v => v.Level is not null && !v.Seen.StartsWith('#')).Select(v => (Word: v.Seen.Trim(), v.Level)))
            .Where(w => w.Word.Length > 0 && !int.TryParse(w.Word, out _))
            .OrderByDescending(w => w.Word.Length);
        return named.FirstOrDefault(w => Regex.IsMatch(label, $@"(?<![A-Za-z]){Regex.Escape(w.Word)}(?![A-Za-z])", RegexOptions.IgnoreCase)).Level;
    }

    private void CheckFigures()
    {
        foreach (var average in _draft.ReportedAverages)
            CheckAverage(average);
        foreach (var figure in _draft.PrintedFigures.Where(f => f.Review is not null))
        {
            var levels = LevelsAt(figure.Review!.Value, figure.Priority);
            var levelName = figure.Level is { } l && _values.Scale?.Find(l) is { } found ? LevelWords.Text(found.Value, found.Label) : null;
            var scope = figure.Priority is { } p ? $"in {char.ToLowerInvariant(PriorityName(p)[0])}{PriorityName(p)[1..]}" : "in the whole plan";
            var check = PrintedFigures.Check(
                new PrintedFigure(PrintedFigures.KindFrom(figure.Kind) ?? FigureKind.Other, figure.Level, figure.Label, figure.ValueText, figure.Value),
                new FigureScope(levels, levelName, scope));
            if (check.Verdict == FigureVerdict.Disagrees)
                Add(FindingKind.FigureDisagrees, $"At {_draft.Reviews[figure.Review.Value].Label}: {check.Explanation}", figure.From);
        }
    }

    // A priority's figure is the mean of its scored rows; the plan's has been printed both as the mean over items and as
    // the plain mean of the priority figures, so it agrees when it is either (the summary's rule).
    private void CheckAverage(AverageDraft average)
    {
        var review = _draft.Reviews[average.Review].Label;
        var byItems = RollUp.RoundForDisplay(RollUp.MeanOverItems(LevelsAt(average.Review, average.Priority)));
        if (average.Priority is { } priority)
        {
            if (RollUp.TypedFigureDisagrees(average.Value, byItems))
                Add(FindingKind.FigureDisagrees, $"{PriorityName(priority)}'s average at {review} is printed as {average.ValueText}; "
                    + (byItems is null ? "none of its items has a score there." : $"its scores give {Show(byItems)}."), average.From);
            return;
        }
        var byPriorities = _draft.GroupedByPriority
            ? RollUp.RoundForDisplay(RollUp.MeanOverGroups(_draft.Priorities.Select((_, p) => RollUp.MeanOverItems(LevelsAt(average.Review, p)))))
            : null;
        var overPriorities = byPriorities is null ? "" : $" and {Show(byPriorities)} over priorities (the mean of the priority figures)";
        if (!RollUp.TypedFigureDisagrees(average.Value, byItems))
            return;
        if (byPriorities is not null && !RollUp.TypedFigureDisagrees(average.Value, byPriorities))
            Add(FindingKind.Note, $"The plan's average at {review}, printed as {average.ValueText}, is the mean of the priority figures; "
                + $"the mean over scored items is {Show(byItems)}.", average.From);
        else
            Add(FindingKind.FigureDisagrees, $"The plan's average at {review} is printed as {average.ValueText}; "
                + (byItems is null ? "no item has a score there." : $"its scores give {Show(byItems)} over scored items{overPriorities}."), average.From);
    }

    /// <summary>The level at a review of every item the plan scores, in a priority or the whole plan; null for no score.</summary>
    private List<int?> LevelsAt(int review, int? priority)
    {
        var count = _mapping.ScoreLevel switch
        {
            ItemLevel.Priority => _draft.Priorities.Count,
            ItemLevel.Recommendation => _draft.Recommendations.Count,
            ItemLevel.Action => _draft.Actions.Count,
            _ => _draft.Measures.Count,
        };
        var levels = _draft.Scores.Where(s => s.Review == review).ToDictionary(s => s.Item, s => s.Level);
        return Enumerable.Range(0, count)
            .Select(i => new ItemRef(_mapping.ScoreLevel, i))
            .Where(item => priority is null || PriorityOf(item) == priority)
            .Select(item => levels.GetValueOrDefault(item))
            .ToList();
    }

    private int? PriorityOf(ItemRef item) => item.Level switch
    {
        ItemLevel.Priority => item.Index,
        ItemLevel.Recommendation => _draft.Recommendations[item.Index].Priority,
        ItemLevel.Action => _draft.Actions[item.Index] is var a && a.Recommendation is { } r ? _draft.Recommendations[r].Priority : a.Priority,
        _ => PriorityOf(new ItemRef(ItemLevel.Action, _draft.Measures[item.Index].Action)),
    };

    /// <summary>"Priority 2", or for a priority printed without a number its title, as the summary names it.</summary>
    private string PriorityName(int priority) =>
        _draft.Priorities[priority] is { Number: { Length: > 0 } number } ? $"Priority {number}" : $"Priority \"{_draft.Priorities[priority].Title}\"";

    private static string Show(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "no figure";

    [GeneratedRegex(@"\b(?:overall|whole|plan|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholePlan();

    [GeneratedRegex(@"\b(?:count|number|total|no\.?\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWords();
}
