using System.Globalization;

namespace ActionPlanTracker.Domain;

/// <summary>What a plan scores, in words: "recommendation" / "recommendations", after the plan's score level.</summary>
public sealed record ItemNoun(string Singular, string Plural)
{
    public static ItemNoun ForScoreLevel(string scoreLevel) => scoreLevel switch
    {
        "action" => new("action", "actions"),
        "measure" => new("success measure", "success measures"),
        _ => new("recommendation", "recommendations"),
    };

    /// <summary>The noun that goes with a count: 1 recommendation, 0 or 2 recommendations.</summary>
    public string For(int count) => count == 1 ? Singular : Plural;

    /// <summary>"1 recommendation", "16 recommendations".</summary>
    public string Count(int count) => $"{count.ToString(CultureInfo.InvariantCulture)} {For(count)}";
}

/// <summary>A level and how many scored items sat at it in the review: 3 at "1 Red".</summary>
public sealed record LevelTally(int Value, string Label, int Count)
{
    public string Name => LevelWords.Text(Value, Label);
}

/// <summary>An average before and now, rounded to one decimal as printed, and its direction (from <see cref="DirectionOfTravel.CompareAverages"/>).</summary>
public sealed record AverageMove(double? Previous, double? Current, Direction Direction);

/// <summary>
/// The figures a report's summary puts into words. Every count comes from the summary's own computation; the sentence
/// writer only words them.
/// </summary>
public sealed record ReportFigures
{
    public required ItemNoun Noun { get; init; }
    /// <summary>Every item the plan scores.</summary>
    public int ScoredItems { get; init; }
    /// <summary>The label of the review reported on; null when the plan has no reviews yet.</summary>
    public string? ReviewLabel { get; init; }
    public bool HasPreviousReview { get; init; }
    /// <summary>Null when the scale does not say which end is better.</summary>
    public bool? HigherIsBetter { get; init; }
    /// <summary>Every level of the scale, lowest value first, with its count in the review (zeros included).</summary>
    public IReadOnlyList<LevelTally> Levels { get; init; } = [];
    /// <summary>Items with no score in the review (no row, or explicitly no score).</summary>
    public int NoScore { get; init; }
    public int Improving { get; init; }
    public int Maintained { get; init; }
    public int Declining { get; init; }
    /// <summary>Scores that moved on a scale that does not say which end is better (neither improving nor declining).</summary>
    public int Changed { get; init; }
    public int New { get; init; }
    /// <summary>The mean over scored items.</summary>
    public required AverageMove Overall { get; init; }
    /// <summary>The mean of the priority figures, for plans grouped by priority; null otherwise.</summary>
    public AverageMove? OverPriorities { get; init; }
    public int Overdue { get; init; }
    /// <summary>The scale's worst level ("1 Red"); null for a scale without levels.</summary>
    public string? WorstLevel { get; init; }
    public int AtWorstLevel { get; init; }
    public int Stale { get; init; }
    public int ContradictingOverrides { get; init; }
    public int AwaitingSignOff { get; init; }
    /// <summary>Items complete as printed in a source document, which nobody signed off in the tracker.</summary>
    public int CompleteAsPrinted { get; init; }
    /// <summary>Directions of travel printed in the source for this review that say something the scores do not.</summary>
    public int ContradictingPrintedDirections { get; init; }
    /// <summary>Averages printed for this review that match neither mean worked out from the scores.</summary>
    public int PrintedAveragesDisagreeing { get; init; }
    /// <summary>Deadlines whose date was read one way but could have been meant another.</summary>
    public int DeadlinesToConfirm { get; init; }
}

/// <summary>
/// The plain-English sentences of the scrutiny report ("9 of 16 recommendations improved since the last review").
/// Pure: figures in, sentences out. Councillors read these in committee papers, so every count agrees with its noun
/// and verb, zero reads as "no" or "none", and a plan without reviews or without a previous review says so rather
/// than printing a comparison with nothing.
/// </summary>
public static class ReportSentences
{
    public static IReadOnlyList<string> Summary(ReportFigures f)
    {
        var noun = f.Noun;
        var sentences = new List<string>();
        if (f.ScoredItems == 0)
        {
            sentences.Add(f.ReviewLabel is null
                ? $"The plan has no {noun.Plural} and no reviews yet."
                : $"The plan has no {noun.Plural} to score yet.");
            return sentences;
        }
        if (f.ReviewLabel is null)
        {
            sentences.Add(f.ScoredItems == 1
                ? $"There are no reviews yet, so the plan's 1 {noun.Singular} has not been scored."
                : $"There are no reviews yet, so none of the plan's {noun.Count(f.ScoredItems)} has been scored.");
            sentences.Add(Overdue(f));
            sentences.AddRange(ToConfirm(f));
            return sentences;
        }

        var scored = f.ScoredItems - f.NoScore;
        if (scored == 0)
        {
            sentences.Add(f.ScoredItems == 1
                ? $"The plan's 1 {noun.Singular} had no score in {f.ReviewLabel}."
                : $"None of the plan's {noun.Count(f.ScoredItems)} had a score in {f.ReviewLabel}.");
            sentences.Add(Overdue(f));
            sentences.AddRange(ToConfirm(f));
            return sentences;
        }

        sentences.Add(Levels(f, scored));
        sentences.Add(f.NoScore == 0
            ? (f.ScoredItems == 1 ? $"The {noun.Singular} had a score in this review." : $"Every {noun.Singular} had a score in this review.")
            : $"{noun.Count(f.NoScore)} had no score in this review.");
        sentences.Add(Directions(f));
        if (f.HasPreviousReview && f.New > 0)
            sentences.Add($"{noun.Count(f.New)} {(f.New == 1 ? "was" : "were")} scored for the first time.");
        sentences.Add(Average("The overall average", f.Overall, f));
        if (f.OverPriorities is { Current: not null } byPriority)
            sentences.Add(Average("The mean of the priority averages", byPriority, f));
        sentences.Add(Overdue(f));
        if (f.WorstLevel is { } worst)
            sentences.Add(f.AtWorstLevel == 0
                ? $"No {noun.Singular} was at {worst}, the worst level on this scale."
                : $"{noun.Count(f.AtWorstLevel)} {(f.AtWorstLevel == 1 ? "was" : "were")} at {worst}, the worst level on this scale.");
        sentences.Add(f.Stale == 0
            ? $"No {noun.Singular} had a stale entry in this review."
            : $"{noun.Count(f.Stale)} had a stale entry in this review: no score, no update, or the previous update copied forward.");
        if (f.ContradictingOverrides > 0)
            sentences.Add(f.ContradictingOverrides == 1
                ? "1 direction-of-travel override contradicts the scores."
                : $"{Number(f.ContradictingOverrides)} direction-of-travel overrides contradict the scores.");
        if (f.AwaitingSignOff > 0)
            sentences.Add($"{noun.Count(f.AwaitingSignOff)} marked complete {(f.AwaitingSignOff == 1 ? "is" : "are")} waiting for the board to sign off the evidence.");
        if (f.CompleteAsPrinted > 0)
            sentences.Add($"{noun.Count(f.CompleteAsPrinted)} {(f.CompleteAsPrinted == 1 ? "is" : "are")} complete as printed in the source, not signed off in the tracker.");
        if (f.ContradictingPrintedDirections > 0)
            sentences.Add(f.ContradictingPrintedDirections == 1
                ? "1 direction of travel printed in the source contradicts the scores."
                : $"{Number(f.ContradictingPrintedDirections)} directions of travel printed in the source contradict the scores.");
        if (f.PrintedAveragesDisagreeing > 0)
            sentences.Add(f.PrintedAveragesDisagreeing == 1
                ? "1 average printed for this review disagrees with the scores."
                : $"{Number(f.PrintedAveragesDisagreeing)} averages printed for this review disagree with the scores.");
        sentences.AddRange(ToConfirm(f));
        return sentences;
    }

    /// <summary>One priority's line: "Priority 1, Help and protection: the average moved from 3.0 to 2.5, a decline."</summary>
    public static string Priority(string? number, string title, AverageMove move, bool? higherIsBetter)
    {
        var name = string.IsNullOrWhiteSpace(number) ? title : $"Priority {number}, {title}";
        var figure = move switch
        {
            { Current: null } => "no scores in this review",
            { Previous: null } => $"the average is {Number(move.Current)}, with no earlier figure to compare with",
            { Direction: Direction.Maintained } => $"the average stayed at {Number(move.Current)}",
            { Direction: Direction.Changed } => $"the average moved from {Number(move.Previous)} to {Number(move.Current)}; the plan does not say whether higher or lower is better",
            _ => $"the average moved from {Number(move.Previous)} to {Number(move.Current)}, {(move.Direction == Direction.Improving ? "an improvement" : "a decline")}",
        };
        return $"{name}: {figure}.";
    }

    /// <summary>A figure as printed: one decimal place ("2.0", "1.9").</summary>
    public static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "no figure";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Levels(ReportFigures f, int scored)
    {
        var counted = f.Levels.Where(l => l.Count > 0).ToList();
        var parts = counted.Select((l, i) => i == 0
            ? $"{f.Noun.Count(l.Count)} {(l.Count == 1 ? "was" : "were")} at {l.Name}"
            : $"{Number(l.Count)} at {l.Name}").ToList();
        return $"In {f.ReviewLabel}, {JoinAnd(parts)}.";
    }

    private static string Directions(ReportFigures f)
    {
        var noun = f.Noun;
        if (!f.HasPreviousReview)
            return "This is the plan's first review, so there is no direction of travel yet.";
        var compared = f.Improving + f.Maintained + f.Declining + f.Changed;
        if (compared == 0)
            return $"No {noun.Singular} had an earlier score to compare with, so there is no direction of travel yet.";
        if (f.ScoredItems == 1)
            return f.Changed == 1
                ? $"The {noun.Singular}'s score changed since the last review; the scale does not say whether for better or worse."
                : $"The {noun.Singular} {(f.Improving == 1 ? "improved" : f.Declining == 1 ? "declined" : "stayed the same")} since the last review.";
        if (f.HigherIsBetter is null)
        {
            // On a scale whose direction is not stated a moved score is neither better nor worse until a person decides.
            var moved = new List<string>();
            if (f.Changed > 0) moved.Add($"{Number(f.Changed)} changed score");
            if (f.Maintained > 0) moved.Add($"{Number(f.Maintained)} stayed the same");
            return $"Since the last review, of {noun.Count(f.ScoredItems)}, {JoinAnd(moved)}; the scale does not say which end is better, " +
                   "so no change is called an improvement or a decline.";
        }

        var improved = f.Improving == 0
            ? $"None of the {noun.Count(f.ScoredItems)} improved since the last review"
            : $"{Number(f.Improving)} of {noun.Count(f.ScoredItems)} improved since the last review";
        var rest = new List<string>();
        if (f.Maintained > 0) rest.Add($"{Number(f.Maintained)} stayed the same");
        if (f.Declining > 0) rest.Add($"{Number(f.Declining)} declined");
        if (rest.Count == 0) return improved + (f.Improving == compared ? "; none stayed the same or declined." : ".");
        return $"{improved}, {JoinAnd(rest)}.";
    }

    private static string Average(string what, AverageMove move, ReportFigures f)
    {
        var sense = ReportWords.Sense(f.HigherIsBetter);
        if (move.Current is null) return $"{what} has no figure: nothing has a score in this review.";
        if (!f.HasPreviousReview) return $"{what} is {Number(move.Current)}; there is no previous review to compare it with.";
        if (move.Previous is null) return $"{what} is {Number(move.Current)}; the previous review has no scores to compare it with.";
        return move.Direction switch
        {
            Direction.Maintained => $"{what} stayed at {Number(move.Current)}.",
            Direction.Improving => $"{what} moved from {Number(move.Previous)} to {Number(move.Current)}; on this scale {sense}, so this is an improvement.",
            Direction.Changed => $"{what} moved from {Number(move.Previous)} to {Number(move.Current)}; {sense}, so whether this is better or worse is not yet decided.",
            _ => $"{what} moved from {Number(move.Previous)} to {Number(move.Current)}; on this scale {sense}, so this is a decline.",
        };
    }

    private static IEnumerable<string> ToConfirm(ReportFigures f)
    {
        if (f.DeadlinesToConfirm == 1) yield return "1 deadline has a date to confirm: it could be read another way.";
        else if (f.DeadlinesToConfirm > 1) yield return $"{Number(f.DeadlinesToConfirm)} deadlines have dates to confirm: they could be read another way.";
    }

    /// <summary>
    /// The header's line on the date overdue and due soon were judged on, and why that date: today, the date asked for
    /// (asOf), or the date of the past review reported on.
    /// </summary>
    public static string JudgedOn(string judgedOn, DateOnly date, string? reviewLabel) => judgedOn switch
    {
        "asOf" => $"Figures as at {ReportWords.Date(date)}, the date asked for: reviews held after it are left out, and overdue and due soon are judged on that date.",
        "reviewDate" => $"Overdue and due soon are judged as at {ReportWords.Date(date)}, the date of {reviewLabel}: a past review is reported as it stood at its meeting.",
        _ => $"Overdue and due soon are judged as at {ReportWords.Date(date)}, the day this report was made.",
    };

    private static string Overdue(ReportFigures f) => f.Overdue switch
    {
        0 => $"No {f.Noun.Singular} is overdue.",
        1 => $"1 {f.Noun.Singular} is overdue.",
        _ => $"{f.Noun.Count(f.Overdue)} are overdue.",
    };

    private static string JoinAnd(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}

/// <summary>The words a report prints for the rules' values, so no cell relies on an arrow or a colour alone.</summary>
public static class ReportWords
{
    public static string Direction(Direction direction) => direction switch
    {
        Domain.Direction.Improving => "Improving",
        Domain.Direction.Maintained => "Maintained",
        Domain.Direction.Declining => "Declining",
        Domain.Direction.New => "New",
        Domain.Direction.Changed => "Changed (the scale does not say which end is better)",
        _ => "No data",
    };

    /// <summary>"Maintained", or with a person's override beside it: "Maintained; recorded as improving by Dana Whitfield, which the scores do not support".</summary>
    public static string Direction(Direction computed, string? overrideDirection, string? overrideBy, bool contradicts)
    {
        var words = Direction(computed);
        if (string.IsNullOrWhiteSpace(overrideDirection)) return words;
        var recorded = Enum.TryParse<Direction>(overrideDirection, ignoreCase: true, out var d) ? Direction(d).ToLowerInvariant() : overrideDirection;
        var by = string.IsNullOrWhiteSpace(overrideBy) ? "" : $" by {overrideBy}";
        return contradicts
            ? $"{words}; recorded as {recorded}{by}, which the scores do not support"
            : $"{words}; recorded as {recorded}{by}";
    }

    public static string DeadlineStatus(DeadlineStatus? status) => status switch
    {
        Domain.DeadlineStatus.Overdue => "Overdue",
        Domain.DeadlineStatus.DueSoon => $"Due within {DeadlineStatusRule.DueSoonDays} days",
        Domain.DeadlineStatus.NotDue => "Not due yet",
        Domain.DeadlineStatus.Completed => "Completed",
        Domain.DeadlineStatus.Ongoing => "Ongoing",
        Domain.DeadlineStatus.NoDate => "No date",
        _ => "",
    };

    /// <summary>"No score; no update", "The previous update copied forward".</summary>
    public static string Stale(IReadOnlyList<StaleReason> reasons)
    {
        var words = reasons.Select(r => r switch
        {
            StaleReason.NoScore => "no score",
            StaleReason.NoUpdate => "no update",
            _ => "the previous update copied forward",
        }).ToList();
        if (words.Count == 0) return "";
        var text = string.Join("; ", words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A date as people in the UK write it: "20 November 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A date that a source may not have printed (a review known only by its column label): "no date" then.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "no date";

    /// <summary>The footer's short form of the judged date and its reason: "Judged as at 30 September 2026 (the date asked for)".</summary>
    public static string JudgedOn(string judgedOn, DateOnly date, string? reviewLabel) => judgedOn switch
    {
        "asOf" => $"Judged as at {Date(date)} (the date asked for)",
        "reviewDate" => $"Judged as at {Date(date)} (the date of {reviewLabel})",
        _ => $"Judged as at {Date(date)} (today)",
    };

    /// <summary>The CSV's and Excel grid's reason for the judged date, in a few words.</summary>
    public static string JudgedOnReason(string judgedOn, string? reviewLabel) => judgedOn switch
    {
        "asOf" => "The date asked for",
        "reviewDate" => $"The date of {reviewLabel}",
        _ => "Today",
    };

    /// <summary>"v3.2 of 1 March 2026": the plan's version as its header prints it, beside the date it gives.</summary>
    public static string PlanVersion(string? version, DateOnly? planDate) => (string.IsNullOrWhiteSpace(version), planDate) switch
    {
        (false, { } d) => $"Plan version {version} of {Date(d)}",
        (false, null) => $"Plan version {version}",
        (true, { } d) => $"Plan dated {Date(d)} (version not recorded)",
        _ => "Plan version not recorded",
    };

    /// <summary>"higher is better", "lower is better", or that the source never said.</summary>
    public static string Sense(bool? higherIsBetter) => higherIsBetter switch
    {
        true => "higher is better",
        false => "lower is better",
        null => "the plan does not say whether higher or lower is better",
    };
}
