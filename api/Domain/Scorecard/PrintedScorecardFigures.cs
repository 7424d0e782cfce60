namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>What the computed figure says about a printed one.</summary>
public enum PrintedVerdict { Agrees, Disagrees, CannotCompare, ProbablePlaceholder }

/// <summary>A printed figure's check: the verdict and a sentence saying why.</summary>
public sealed record PrintedCheck(PrintedVerdict Verdict, string Explanation);

/// <summary>A printed direction as read: the figure went up, down or stayed the same, or the sheet judged it better or worse.</summary>
public enum PrintedMovement { Up, Down, Same, Better, Worse }

/// <summary>
/// Checks figures typed into a scorecard (a year to date, a value, a direction of travel) against what the tracker
/// computes. Printed figures are kept as printed and flagged where they disagree, as the plan's averages are.
/// </summary>
/// <remarks>
/// Rules (docs/domain-rules.md, "Performance scorecard: the rules"): a printed number agrees when it equals the computed
/// one rounded to the precision printed, never finer than the indicator's places ("88%" agrees with 87.5%); a printed
/// year to date of 0 where no period has a number is a probable placeholder (domain.md: "a 0 typed into year-to-date
/// cells that have no data yet"); an arrow or "up"/"down" says which way the figure moved, and is turned into improving
/// or declining by the indicator's polarity before it is compared.
/// </remarks>
public static class PrintedScorecardFigures
{
    /// <summary>Checks a printed number (value or year to date) against the computed one.</summary>
    /// <param name="what">What the figure is, for the sentence: "year to date", "July 2025".</param>
    /// <param name="nothingToCount">True when the computed figure is missing because no period has a number (a year to date with nothing counted).</param>
    public static PrintedCheck CheckNumber(string printedText, double? computed, IndicatorSettings settings, string what, bool nothingToCount = false)
    {
        var printed = printedText.Trim();
        if (PrintedFigures.ParseValue(printed) is not { } value)
            return new(PrintedVerdict.CannotCompare, $"The {what} was printed as \"{printed}\", which is not a number, so it is kept as printed and not checked.");
        if (computed is null)
            return value == 0 && nothingToCount
                ? new(PrintedVerdict.ProbablePlaceholder, $"The {what} was printed as {printed}, but no period has a number yet: the 0 is probably a placeholder, not a real zero.")
                : new(PrintedVerdict.CannotCompare, $"The {what} was printed as {printed}, but the tracker has no figure to compare it with.");

        var places = Math.Min(PrintedFigures.DecimalsPrinted(printed), settings.DecimalPlaces);
        var shown = ScorecardNumbers.Format(computed.Value, settings.Unit, settings.DecimalPlaces);
        return ScorecardNumbers.Round(value, places) == ScorecardNumbers.Round(computed.Value, places)
            ? new(PrintedVerdict.Agrees, $"The {what} was printed as {printed}, and the tracker agrees ({shown}).")
            : new(PrintedVerdict.Disagrees, $"The {what} was printed as {printed}, but the tracker computes {shown}.");
    }

    /// <summary>
    /// Reads a printed direction: ↑ ▲ ⬆ "up" "increase" (the figure went up); ↓ ▼ ⬇ "down" "decrease"; → ◄► ↔ = "same"
    /// "no change" "maintained" "stable"; "improving" "better"; "declining" "worse". Null when it is none of these.
    /// </summary>
    public static PrintedMovement? ReadDirection(string? text)
    {
        var word = (text ?? "").Trim().ToLowerInvariant();
        return word switch
        {
            "↑" or "▲" or "⬆" or "up" or "increase" or "increased" or "higher" => PrintedMovement.Up,
            "↓" or "▼" or "⬇" or "down" or "decrease" or "decreased" or "lower" => PrintedMovement.Down,
            "→" or "◄►" or "◀▶" or "↔" or "=" or "same" or "no change" or "maintained" or "stable" or "static" or "unchanged" => PrintedMovement.Same,
            "improving" or "improved" or "better" => PrintedMovement.Better,
            "declining" or "declined" or "worse" or "deteriorating" => PrintedMovement.Worse,
            _ => null,
        };
    }

    /// <summary>The printed movement in the computed direction's words, by polarity: with lower is better, ↓ is improving.</summary>
    public static KpiDirection? AsDirection(PrintedMovement movement, Polarity polarity) => (movement, polarity) switch
    {
        (PrintedMovement.Same, _) => KpiDirection.Maintained,
        (PrintedMovement.Up, Polarity.Neither) => KpiDirection.Up,
        (PrintedMovement.Down, Polarity.Neither) => KpiDirection.Down,
        (PrintedMovement.Better or PrintedMovement.Worse, Polarity.Neither) => null,
        (PrintedMovement.Up, Polarity.HigherIsBetter) or (PrintedMovement.Down, Polarity.LowerIsBetter) => KpiDirection.Improving,
        (PrintedMovement.Down, Polarity.HigherIsBetter) or (PrintedMovement.Up, Polarity.LowerIsBetter) => KpiDirection.Declining,
        (PrintedMovement.Better, _) => KpiDirection.Improving,
        _ => KpiDirection.Declining,
    };

    /// <summary>Checks a printed direction of travel against the computed one.</summary>
    public static PrintedCheck CheckDirection(string printedText, KpiDirection computed, Polarity polarity)
    {
        var printed = printedText.Trim();
        if (ReadDirection(printed) is not { } movement)
            return new(PrintedVerdict.CannotCompare, $"The direction was printed as \"{printed}\", which the tracker cannot read, so it is kept as printed.");
        if (AsDirection(movement, polarity) is not { } read)
            return new(PrintedVerdict.CannotCompare, $"The direction was printed as \"{printed}\", a judgement, but neither higher nor lower is better for this indicator.");
        if (computed == KpiDirection.NotComparable)
            return new(PrintedVerdict.CannotCompare, $"The direction was printed as \"{printed}\", but the tracker has no two figures to compare.");
        var word = ScorecardSentences.DirectionWord(computed).ToLowerInvariant();
        return read == computed
            ? new(PrintedVerdict.Agrees, $"The direction was printed as \"{printed}\" ({ScorecardSentences.DirectionWord(read).ToLowerInvariant()}), and the tracker agrees.")
            : new(PrintedVerdict.Disagrees, $"The direction was printed as \"{printed}\" ({ScorecardSentences.DirectionWord(read).ToLowerInvariant()}), but the figures give {word}.");
    }
}
