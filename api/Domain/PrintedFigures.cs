using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain;

/// <summary>What a printed figure claims to be.</summary>
public enum FigureKind
{
    /// <summary>How many items are at one level ("COMPLETED 6").</summary>
    CountAtLevel,
    /// <summary>The share of scored items at one level ("GREEN 45%").</summary>
    PercentageAtLevel,
    /// <summary>How many items have a score in the review.</summary>
    ScoredItemCount,
    /// <summary>How many items the plan scores, whatever their score.</summary>
    ItemCount,
    /// <summary>Anything else ("26/36"): kept as printed, never checked.</summary>
    Other,
}

/// <summary>What the scores say about a printed figure.</summary>
public enum FigureVerdict { Agrees, Disagrees, CannotCheck }

/// <summary>A figure as printed: its kind, the level it counts (for the two AtLevel kinds), its label and value.</summary>
public sealed record PrintedFigure(FigureKind Kind, int? Level, string Label, string ValueText, double? Value, string? Source = null);

/// <summary>The items a figure is checked against.</summary>
/// <param name="Levels">Each item's level at the figure's review (null for no score).</param>
/// <param name="LevelName">The counted level as the scale names it ("4 Complete, monitoring"); null when the scale has no such level.</param>
/// <param name="Where">Where the items are, for the explanation: "in the whole plan", "in priority 2".</param>
public sealed record FigureScope(IReadOnlyList<int?> Levels, string? LevelName, string Where);

/// <summary>A printed figure's check.</summary>
/// <param name="Computed">The figure worked out from the scores, null when it cannot be.</param>
/// <param name="Verdict">Agrees, disagrees, or cannot be checked.</param>
/// <param name="Explanation">The verdict in plain English, for the board.</param>
public sealed record FigureCheck(double? Computed, FigureVerdict Verdict, string Explanation);

/// <summary>
/// Checks a figure printed in a plan or board report against what the tracker computes from the scores at that review
/// in that scope, as the printed averages are checked (<see cref="RollUp.TypedFigureDisagrees"/>).
/// </summary>
/// <remarks>
/// Rules (docs/domain-rules.md, "Printed figures"): a count at a level agrees when it equals the number of items at that
/// level; a percentage at a level is the share of the items <em>with a score</em> that are at the level, because a
/// blank or zero is no score and never a level, compared to the precision printed ("45%" to whole numbers, "45.5%" to
/// one decimal); a count of scored items counts items with a score; an item count counts every item the plan scores in
/// the scope. Anything else, or a figure printed for no review, cannot be checked and is kept as text with its source.
/// </remarks>
public static partial class PrintedFigures
{
    private const double Tolerance = 1e-9;

    /// <summary>The kinds as the API and the database write them.</summary>
    public static readonly IReadOnlyList<string> KindNames = ["countAtLevel", "percentageAtLevel", "scoredItemCount", "itemCount", "other"];

    public static FigureKind? KindFrom(string? name) =>
        KindNames.ToList().IndexOf(name ?? "") is var i and >= 0 ? (FigureKind)i : null;

    public static string NameOf(FigureKind kind) => KindNames[(int)kind];

    /// <summary>The kinds that count one level of the scale, and so need it named.</summary>
    public static bool NeedsLevel(FigureKind kind) => kind is FigureKind.CountAtLevel or FigureKind.PercentageAtLevel;

    /// <summary>
    /// The number in a printed value: "6" → 6, "45%" → 45, " 45.5 % " → 45.5, "2,140" → 2140. Null when the text is not
    /// a single number, with or without a percent sign ("26/36", "six", "7 (14)").
    /// </summary>
    public static double? ParseValue(string? text)
    {
        if (text is null || Number().Match(text) is not { Success: true } match) return null;
        return double.Parse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
    }

    /// <summary>How many decimals the printed value shows: "45%" → 0, "45.5%" → 1. Zero when it is not a number.</summary>
    public static int DecimalsPrinted(string? text)
    {
        if (text is null || Number().Match(text) is not { Success: true } match) return 0;
        var number = match.Groups["number"].Value;
        var point = number.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : number.Length - point - 1;
    }

    /// <summary>Checks a figure; <paramref name="scope"/> is null when the figure was printed for no review.</summary>
    public static FigureCheck Check(PrintedFigure figure, FigureScope? scope)
    {
        var printed = Quoted(figure.ValueText);
        var kept = figure.Source is { Length: > 0 } source ? $"{printed} is kept as printed ({source})" : $"{printed} is kept as printed";
        if (figure.Kind == FigureKind.Other)
            return Cannot($"{kept}; the tracker cannot check this kind of figure against the scores.");
        if (scope is null)
            return Cannot($"{kept}; it was printed for no particular review, so there are no scores to check it against.");
        if (figure.Value is not { } value)
            return Cannot($"{kept}; it is not a number the tracker can read, so it cannot be checked.");
        if (NeedsLevel(figure.Kind) && (figure.Level is null || scope.LevelName is null))
            return Cannot($"{kept}; the plan's scale has no level {figure.Level}, so it cannot be checked.");

        var scored = scope.Levels.Count(l => !MissingScore.Is(l));
        var opening = $"{printed} {(figure.Kind == FigureKind.PercentageAtLevel || value == 1 ? "was" : "were")} printed as {figure.Label.Trim()}";
        switch (figure.Kind)
        {
            case FigureKind.CountAtLevel:
            {
                var count = scope.Levels.Count(l => l == figure.Level);
                return Verdict(opening, Scores, value, count, count.ToString(CultureInfo.InvariantCulture),
                    $"the items {scope.Where} at {scope.LevelName}");
            }
            case FigureKind.PercentageAtLevel:
            {
                if (scored == 0)
                    return new(null, FigureVerdict.Disagrees, $"{opening}, but no item {scope.Where} has a score in this review.");
                var count = scope.Levels.Count(l => l == figure.Level);
                var decimals = DecimalsPrinted(figure.ValueText);
                var share = 100.0 * count / scored;
                var rounded = Round(share, decimals);
                var check = Verdict(opening, Scores, SameNumber(value, share) ? rounded : value, rounded, Percent(rounded, decimals),
                    $"{count} of {scored} scored {(scored == 1 ? "item" : "items")} {scope.Where} {(count == 1 ? "is" : "are")} at {scope.LevelName}");
                // The mistake the councils' sheets invite: counting blanks and zeros as items, so they drag the share down.
                var all = scope.Levels.Count;
                if (check.Verdict == FigureVerdict.Disagrees && all > scored && SameNumber(value, Round(100.0 * count / all, decimals)))
                    check = check with
                    {
                        Explanation = check.Explanation + $" {Percent(value, decimals)} is the share of all {all} items, counting the "
                            + $"{all - scored} without a score, which {(all - scored == 1 ? "is" : "are")} at no level.",
                    };
                return check;
            }
            case FigureKind.ScoredItemCount:
                return Verdict(opening, Scores, value, scored, scored.ToString(CultureInfo.InvariantCulture),
                    $"the items {scope.Where} with a score in this review");
            default:
            {
                var all = scope.Levels.Count;
                return Verdict(opening, Tracker, value, all, all.ToString(CultureInfo.InvariantCulture),
                    $"the items the plan scores {scope.Where}, whatever their score");
            }
        }
    }

    // who: "the scores agree" or "the tracker agrees", and "the scores give" or "the tracker holds".
    private static FigureCheck Verdict(string opening, (string Agree, string Give) who, double printed, double computed, string shown, string what) =>
        SameNumber(printed, computed)
            ? new(computed, FigureVerdict.Agrees, $"{opening}, and {who.Agree} ({what}).")
            : new(computed, FigureVerdict.Disagrees, $"{opening}, but {who.Give} {shown} ({what}).");

    private static readonly (string, string) Scores = ("the scores agree", "the scores give");
    private static readonly (string, string) Tracker = ("the tracker agrees", "the tracker holds");

    private static FigureCheck Cannot(string explanation) => new(null, FigureVerdict.CannotCheck, explanation);

    private static bool SameNumber(double a, double b) => Math.Abs(a - b) <= Tolerance;

    // Through decimal, halves away from zero, as people round by hand (see RollUp).
    private static double Round(double value, int decimals) =>
        (double)Math.Round((decimal)value, Math.Min(decimals, 6), MidpointRounding.AwayFromZero);

    private static string Percent(double value, int decimals) =>
        value.ToString("F" + Math.Min(decimals, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    private static string Quoted(string text)
    {
        var trimmed = text.Trim();
        return ParseValue(trimmed) is null ? $"\"{trimmed}\"" : trimmed;
    }

    [GeneratedRegex(@"^\s*(?<number>[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*%?\s*$")]
    private static partial Regex Number();
}
