using System.Globalization;

namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>
/// What a value may be for its unit, in the users' words, for the API's 400s and the import's questions.
/// </summary>
/// <remarks>
/// Choices (docs/domain-rules.md, "Performance scorecard: the rules"): a percentage is 0 to 100 inclusive, always; counts,
/// rates, days and ratios cannot be negative; a count kept to 0 decimal places is a whole number (2.5 children is a
/// typing slip, not a figure). A value with more decimals than the indicator shows is accepted and kept as entered,
/// because it is usually the source system's own precision and a ratio or average worked out from it should not lose
/// it; every screen shows it rounded to the indicator's places, and every comparison (RAG, direction, printed figures)
/// is made at those places. More than <see cref="MaxDecimalPlaces"/> decimals is refused as noise.
/// </remarks>
public static class IndicatorValueRules
{
    public const int MaxDecimalPlaces = 4;

    /// <summary>Null when the value is allowed; otherwise the message for the field.</summary>
    public static string? Check(double value, IndicatorUnit unit, int decimalPlaces)
    {
        var given = Given(value);
        if (double.IsNaN(value) || double.IsInfinity(value))
            return "A value must be a number.";
        if (unit == IndicatorUnit.Percentage && value > 100)
            return $"A percentage cannot be more than 100; {given} was given.";
        if (value < 0)
            return $"{Noun(unit)} cannot be negative; {given} was given.";
        if (DecimalsIn(value) > MaxDecimalPlaces)
            return $"A value can have at most {MaxDecimalPlaces} decimal places; {given} was given.";
        if (unit == IndicatorUnit.Number && decimalPlaces == 0 && value != Math.Floor(value))
            return $"This indicator counts whole numbers; {given} was given.";
        return null;
    }

    /// <summary>True for no number, or a finite number with at most <see cref="MaxDecimalPlaces"/> decimals, of any sign (targets, baselines, comparators, numerators).</summary>
    public static bool WithinMaxDecimals(double? value) =>
        value is not { } v || (!double.IsNaN(v) && !double.IsInfinity(v) && DecimalsIn(v) <= MaxDecimalPlaces);

    /// <summary>Null when decimal places are allowed (0 to <see cref="MaxDecimalPlaces"/>).</summary>
    public static string? CheckDecimalPlaces(int decimalPlaces) =>
        decimalPlaces is >= 0 and <= MaxDecimalPlaces ? null : $"Decimal places are 0 to {MaxDecimalPlaces}; {decimalPlaces} was given.";

    /// <summary>
    /// Checks a period's entry as a whole: a number exactly when the state is <c>value</c>, and for the ratio rule a
    /// numerator and denominator that give the value. Returns the field and message of each problem.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> CheckEntry(ValueState state, double? value, double? numerator, double? denominator,
        IndicatorUnit unit, int decimalPlaces)
    {
        var problems = new List<(string, string)>();
        if (state != ValueState.Value)
        {
            if (value is not null)
                problems.Add(("value", $"A period marked {ScorecardTerms.Describe(state)} has no number; leave the value empty or choose the state \"value\"."));
            return problems;
        }
        if (value is not { } number)
        {
            problems.Add(("value", "Give the value, or say why there is none (not yet due, being collated, not published or suppressed). A 0 is a real zero."));
            return problems;
        }
        if (Check(number, unit, decimalPlaces) is { } message)
            problems.Add(("value", message));
        if (numerator is null && denominator is null)
            return problems;
        if (numerator is not { } top || denominator is not { } bottom)
        {
            problems.Add((numerator is null ? "numerator" : "denominator", "Give both the numerator and the denominator, or neither."));
            return problems;
        }
        if (top < 0)
            problems.Add(("numerator", $"The numerator cannot be negative; {Given(top)} was given."));
        if (bottom <= 0)
            problems.Add(("denominator", $"The denominator must be more than 0; {Given(bottom)} was given."));
        else if (top >= 0 && FromFraction(top, bottom, unit) is var computed
                 && ScorecardNumbers.Round(computed, decimalPlaces) != ScorecardNumbers.Round(number, decimalPlaces))
            problems.Add(("value", $"The value {Given(number)} does not match {Given(top)} ÷ {Given(bottom)}, which gives "
                + $"{ScorecardNumbers.Format(computed, unit, decimalPlaces)}."));
        return problems;
    }

    /// <summary>The scale the ratio rule multiplies by: 100 for a percentage, 10,000 for a rate per 10,000, otherwise 1.</summary>
    public static double Scale(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percentage => 100,
        IndicatorUnit.RatePer10000 => 10_000,
        _ => 1,
    };

    public static double FromFraction(double numerator, double denominator, IndicatorUnit unit) => numerator / denominator * Scale(unit);

    /// <summary>Null when the year-to-date rule suits the unit: a percentage, rate or ratio cannot be added up across periods.</summary>
    public static string? CheckRule(IndicatorUnit unit, YtdRule rule) =>
        rule == YtdRule.Sum && unit is IndicatorUnit.Percentage or IndicatorUnit.RatePer10000 or IndicatorUnit.Ratio
            ? $"{Noun(unit)} cannot be added up across periods; choose average, latest or ratio for the year to date."
            : null;

    private static string Noun(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percentage => "A percentage",
        IndicatorUnit.Number => "A count",
        IndicatorUnit.RatePer10000 => "A rate per 10,000 children",
        IndicatorUnit.Days => "A number of days",
        _ => "A ratio",
    };

    private static string Given(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static int DecimalsIn(double value)
    {
        var text = Given(Math.Abs(value));
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }
}

/// <summary>Rounding and showing scorecard numbers at an indicator's decimal places.</summary>
public static class ScorecardNumbers
{
    /// <summary>Through decimal, halves away from zero, as people round by hand (see <see cref="RollUp"/>).</summary>
    public static double Round(double value, int decimalPlaces) =>
        (double)Math.Round((decimal)value, Math.Clamp(decimalPlaces, 0, 10), MidpointRounding.AwayFromZero);

    /// <summary>The number alone at the places: "87.5", "1,204".</summary>
    public static string Number(double value, int decimalPlaces) =>
        Round(value, decimalPlaces).ToString("N" + Math.Clamp(decimalPlaces, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The number with its unit: "87.5%", "14.2 days", "45.1 per 10,000 children", "12", "1.25".</summary>
    public static string Format(double value, IndicatorUnit unit, int decimalPlaces)
    {
        var number = Number(value, decimalPlaces);
        return unit switch
        {
            IndicatorUnit.Percentage => number + "%",
            IndicatorUnit.RatePer10000 => number + " per 10,000 children",
            IndicatorUnit.Days => number + (number == "1" ? " day" : " days"),
            _ => number,
        };
    }

    /// <summary>A difference with its unit but no sign: "2.2 days", "3.5 percentage points".</summary>
    public static string Difference(double difference, IndicatorUnit unit, int decimalPlaces)
    {
        var magnitude = Math.Abs(difference);
        return unit == IndicatorUnit.Percentage
            ? Number(magnitude, decimalPlaces) + (Number(magnitude, decimalPlaces) == "1" ? " percentage point" : " percentage points")
            : Format(magnitude, unit, decimalPlaces);
    }
}
