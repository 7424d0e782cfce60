using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// What a column's cells say it holds when its header says nothing known: short numbering, long texts, deadlines or
/// scores (level numbers, RAG words, fills).
/// </summary>
internal static partial class ColumnContent
{
    private const double Most = 0.8;
    private const int LongText = 40;

    public static HeaderKind Guess(PlanTables tables, int column)
    {
        var cells = tables.CellsOf(column).ToList();
        var texts = cells.Where(c => !c.IsBlank).Select(c => c.Text).ToList();
        if (cells.Count == 0)
            return HeaderKind.Unknown;
        if (IsNumbering(texts))
            return HeaderKind.Number;
        var seen = cells.Select(CellReadings.SeenValue).OfType<string>().ToList();
        if (seen.Count > 0 && seen.Count(LooksLikeScore) >= Most * seen.Count)
            return HeaderKind.Score;
        if (texts.Count == 0)
            return HeaderKind.Unknown;
        if (texts.All(t => InspectionTag().IsMatch(t.Trim())))
            return HeaderKind.SourceReference;
        if (texts.Count(IsDeadline) >= 0.7 * texts.Count && texts.Average(t => t.Length) <= 60)
            return HeaderKind.Deadline;
        return texts.Average(t => t.Length) > LongText ? HeaderKind.Description : HeaderKind.Unknown;
    }

    /// <summary>Mostly item numbers, mostly different from each other (a column of scores repeats its few values).</summary>
    private static bool IsNumbering(List<string> texts) =>
        texts.Count > 0 &&
        texts.Count(t => CellReadings.Number(t) is not null) >= Most * texts.Count &&
        texts.Distinct().Count() >= Most * texts.Count &&
        texts.Average(t => t.Length) <= 12;

    /// <summary>A value a score cell could hold: a fill, a placeholder, a small whole number or a RAG word.</summary>
    public static bool LooksLikeScore(string seen) =>
        seen.StartsWith('#') || CellReadings.IsPlaceholder(seen) ||
        int.TryParse(seen, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10 ||
        ScaleWords.HueOfWord(seen) is not null || ScaleWords.SaysComplete(seen);

    // "Ofsted rec 3", "ILACS recommendation 7": the tag of an action carried over from an inspection, whatever the header.
    [GeneratedRegex(@"^(?:Ofsted|ILACS|HMIP|JTAI|SIF|inspection)\s+rec(?:ommendation|\.)?\s*(?:no\.?\s*)?\d+[a-z]?$", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionTag();

    private static bool IsDeadline(string text)
    {
        var understood = DeadlineParser.Parse(text);
        return understood.DueBy is not null || understood.State != DeadlineState.None;
    }
}
