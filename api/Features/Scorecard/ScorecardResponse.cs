using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// A plan's scorecard as at a month, computed when read (GET /api/plans/{planId}/scorecard): every indicator's latest
/// value, target, RAG, direction of travel, year to date, baseline, comparators, printed-figure checks and series.
/// Built by <see cref="ScorecardBuilder"/> from a <see cref="ScorecardSnapshot"/>.
/// </summary>
public sealed record ScorecardResponse
{
    public long PlanId { get; init; }
    /// <summary>The plan's version the snapshot was read at (bumped by every write to the plan or its scorecard).</summary>
    public long PlanVersion { get; init; }
    /// <summary>The month the council's year starts in (setting Tracker:Scorecard:YearStartMonth, default 4).</summary>
    public int YearStartMonth { get; init; }
    /// <summary>YYYY-MM: periods starting after this month are left out.</summary>
    public string AsOf { get; init; } = "";
    /// <summary>"September 2025".</summary>
    public string AsOfLabel { get; init; } = "";
    /// <summary>The council year asOf falls in, by the calendar year it starts in (2025 = 2025/26).</summary>
    public int Year { get; init; }
    /// <summary>"2025/26".</summary>
    public string YearLabel { get; init; } = "";
    public ScorecardCounts Counts { get; init; } = new();
    public IReadOnlyList<ScorecardIndicator> Indicators { get; init; } = [];
}

/// <summary>How many indicators are at each RAG, and how many are declining since the previous period.</summary>
public sealed record ScorecardCounts
{
    public int Green { get; init; }
    public int Amber { get; init; }
    public int Red { get; init; }
    /// <summary>No target for the year, or neither higher nor lower is better (no judgement).</summary>
    public int NoTarget { get; init; }
    /// <summary>No period up to asOf has a number.</summary>
    public int NoValue { get; init; }
    public int Declining { get; init; }
}

/// <summary>One indicator's row of the scorecard.</summary>
public sealed record ScorecardIndicator
{
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Definition { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Units))]
    public string Unit { get; init; } = "";
    public int DecimalPlaces { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Polarities))]
    public string Polarity { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Frequencies))]
    public string Frequency { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.YtdRules))]
    public string YtdRule { get; init; } = "";
    public string? DataSource { get; init; }
    /// <summary>What a ratio indicator's numerator counts ("children seen within 10 working days"); null when not said.</summary>
    public string? NumeratorLabel { get; init; }
    /// <summary>What its denominator counts ("children referred"); null when not said.</summary>
    public string? DenominatorLabel { get; init; }
    /// <summary>The indicator's version (its ETag's number).</summary>
    public long Version { get; init; }
    public IReadOnlyList<ScorecardOwner> Owners { get; init; } = [];
    public IReadOnlyList<ScorecardLink> Links { get; init; } = [];
    /// <summary>The latest period up to asOf with a number; when none has one, the latest entered period (its state); null when nothing was entered.</summary>
    public ScorecardLatest? Latest { get; init; }
    /// <summary>The latest period entered up to asOf that is not "not yet due", whatever its state (a later month being collated); null when nothing was.</summary>
    public ScorecardLatest? LatestEntered { get; init; }
    /// <summary>The target the latest period is judged against (its interim target, else its year's); null when there is none.</summary>
    public ScorecardTarget? Target { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Rags))]
    public string Rag { get; init; } = "";
    public string RagSentence { get; init; } = "";
    public ScorecardTravel FromPrevious { get; init; } = new();
    public ScorecardTravel YearOnYear { get; init; } = new();
    public ScorecardYearToDate? YearToDate { get; init; }
    public ScorecardBaseline? Baseline { get; init; }
    public IReadOnlyList<ScorecardComparator> Comparators { get; init; } = [];
    /// <summary>Printed year-to-date figures and directions of the periods up to asOf, checked against the computed ones.</summary>
    public IReadOnlyList<ScorecardPrintedCheck> PrintedChecks { get; init; } = [];
    /// <summary>Every period up to asOf with a value or a state, oldest first.</summary>
    public IReadOnlyList<ScorecardPeriod> Series { get; init; } = [];
    /// <summary>The row in one sentence, for reports: "July 2025: 87.5% (amber); improving since June 2025; …".</summary>
    public string Sentence { get; init; } = "";
}

public sealed record ScorecardOwner
{
    public long PersonId { get; init; }
    /// <summary>The name, or the role for someone named by role only.</summary>
    public string Name { get; init; } = "";
}

public sealed record ScorecardLink
{
    [OpenApi.OneOf(typeof(IndicatorData), nameof(IndicatorData.LinkKinds))]
    public string Kind { get; init; } = "";
    public long ItemId { get; init; }
    /// <summary>The priority's or recommendation's number, or the action's code.</summary>
    public string Reference { get; init; } = "";
    /// <summary>The priority's title, the recommendation's text or the action's description.</summary>
    public string Title { get; init; } = "";
}

public sealed record ScorecardLatest
{
    /// <summary>YYYY-MM.</summary>
    public string Period { get; init; } = "";
    /// <summary>"September 2025", "Q2 2025/26 (July to September 2025)", "2025/26".</summary>
    public string Label { get; init; } = "";
    public double? Value { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string State { get; init; } = "";
    public string? Note { get; init; }
    /// <summary>"87.5%", "14.2 days", or the state in words ("Being collated").</summary>
    public string Display { get; init; } = "";
}

public sealed record ScorecardTarget
{
    public double Value { get; init; }
    /// <summary>In the indicator's unit; 0 when none was set.</summary>
    public double Tolerance { get; init; }
    /// <summary>The target as printed ("increase from 80% to 100%"), or null.</summary>
    public string? PrintedText { get; init; }
    /// <summary>True when it is the period's interim target rather than the year's.</summary>
    public bool Interim { get; init; }
    /// <summary>"90.0%".</summary>
    public string Display { get; init; } = "";
}

public sealed record ScorecardTravel
{
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Directions))]
    public string Direction { get; init; } = "not-comparable";
    /// <summary>YYYY-MM of the period compared with, or null when not comparable.</summary>
    public string? ComparedWith { get; init; }
    public string Sentence { get; init; } = "";
}

public sealed record ScorecardYearToDate
{
    /// <summary>Null when nothing can be counted (no period with a number, or the ratio rule without numerators).</summary>
    public double? Value { get; init; }
    public string? Display { get; init; }
    public string Sentence { get; init; } = "";
    /// <summary>For the ratio rule: the sum of the counted periods' numerators; null otherwise or when there is no year to date.</summary>
    public double? Numerator { get; init; }
    /// <summary>For the ratio rule: the sum of the counted periods' denominators.</summary>
    public double? Denominator { get; init; }
}

public sealed record ScorecardBaseline
{
    public double Value { get; init; }
    public string? PrintedText { get; init; }
    public string Display { get; init; } = "";
}

public sealed record ScorecardComparator
{
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ComparatorKinds))]
    public string Kind { get; init; } = "";
    public int Year { get; init; }
    public double Value { get; init; }
    public string? FigureYear { get; init; }
    public string? Source { get; init; }
    /// <summary>Latest value − comparator at the indicator's places; null without a latest value.</summary>
    public double? Gap { get; init; }
    /// <summary>better, worse or level; null for neither polarity or without a latest value.</summary>
    [OpenApi.OneOf(typeof(ScorecardBuilder), nameof(ScorecardBuilder.Judgements))]
    public string? Judgement { get; init; }
    /// <summary>The comparator's figure with its unit ("84.0%").</summary>
    public string Display { get; init; } = "";
    public string? Sentence { get; init; }
}

public sealed record ScorecardPrintedCheck
{
    /// <summary>YYYY-MM of the period the figure was printed with.</summary>
    public string Period { get; init; } = "";
    /// <summary>printedYtd or printedDirection.</summary>
    [OpenApi.OneOf(typeof(ScorecardBuilder), nameof(ScorecardBuilder.PrintedFields))]
    public string Field { get; init; } = "";
    public string Printed { get; init; } = "";
    /// <summary>The computed figure in words ("86.3%", "improving"), or null when there is none.</summary>
    public string? Computed { get; init; }
    public bool Agrees { get; init; }
    /// <summary>agrees, disagrees, cannot-compare or probable-placeholder.</summary>
    [OpenApi.OneOf(typeof(ScorecardBuilder), nameof(ScorecardBuilder.Verdicts))]
    public string Verdict { get; init; } = "";
    public string Sentence { get; init; } = "";
}

public sealed record ScorecardPeriod
{
    public string Period { get; init; } = "";
    public string Label { get; init; } = "";
    public double? Value { get; init; }
    /// <summary>The period's numerator, when one was entered (the ratio rule).</summary>
    public double? Numerator { get; init; }
    /// <summary>The period's denominator, when one was entered.</summary>
    public double? Denominator { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string State { get; init; } = "";
    /// <summary>The target the period is judged against, or null.</summary>
    public double? Target { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Rags))]
    public string Rag { get; init; } = "";
    public string? Note { get; init; }
}
