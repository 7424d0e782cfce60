namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>
/// The fixed words of the performance scorecard (issue 15), as the API and the database spell them. One list each, so
/// validators, OpenAPI's enums and the calculations agree; docs/domain-rules.md says what each means.
/// </summary>
public static class ScorecardWords
{
    public static readonly string[] Units = ["percentage", "number", "rate-per-10000", "days", "ratio"];

    /// <summary><c>neither</c>: contextual, shown without a judgement of better or worse.</summary>
    public static readonly string[] Polarities = ["higher-is-better", "lower-is-better", "neither"];

    public static readonly string[] Frequencies = ["monthly", "quarterly", "annual"];

    /// <summary><c>ratio</c>: the sum of the numerators over the sum of the denominators, scaled by the unit.</summary>
    public static readonly string[] YtdRules = ["sum", "average", "latest", "ratio"];

    /// <summary>Why a period has no number, or <c>value</c> when it has one. A 0 is a real zero, never a placeholder.</summary>
    public static readonly string[] ValueStates = ["value", "not-yet-due", "being-collated", "not-published", "suppressed"];

    public static readonly string[] ComparatorKinds = ["statistical-neighbours", "england", "region"];

    public static readonly string[] Rags = ["green", "amber", "red", "no-target", "no-value"];

    /// <summary>The last three are for <c>neither</c> polarity and for figures that cannot be compared.</summary>
    public static readonly string[] Directions = ["improving", "maintained", "declining", "up", "down", "not-comparable"];
}
