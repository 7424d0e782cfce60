using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>What a value may be for its unit, with the message a 400 gives.</summary>
public class IndicatorValueRulesTests
{
    [TestCase(IndicatorUnit.Percentage, 1, 0.0, null)]
    [TestCase(IndicatorUnit.Percentage, 1, 100.0, null)]
    [TestCase(IndicatorUnit.Percentage, 1, 87.54, null)]
    [TestCase(IndicatorUnit.Percentage, 0, 140.0, "A percentage cannot be more than 100; 140 was given.")]
    [TestCase(IndicatorUnit.Percentage, 1, 100.01, "A percentage cannot be more than 100; 100.01 was given.")]
    [TestCase(IndicatorUnit.Percentage, 1, -5.0, "A percentage cannot be negative; -5 was given.")]
    [TestCase(IndicatorUnit.Number, 0, 0.0, null)]
    [TestCase(IndicatorUnit.Number, 0, 1204.0, null)]
    [TestCase(IndicatorUnit.Number, 0, -3.0, "A count cannot be negative; -3 was given.")]
    [TestCase(IndicatorUnit.Number, 0, 2.5, "This indicator counts whole numbers; 2.5 was given.")]
    [TestCase(IndicatorUnit.Number, 1, 18.5, null)]
    [TestCase(IndicatorUnit.RatePer10000, 1, 45.123, null)]
    [TestCase(IndicatorUnit.RatePer10000, 1, 450.0, null)]
    [TestCase(IndicatorUnit.RatePer10000, 1, -0.1, "A rate per 10,000 children cannot be negative; -0.1 was given.")]
    [TestCase(IndicatorUnit.Days, 0, 14.0, null)]
    [TestCase(IndicatorUnit.Days, 0, -1.0, "A number of days cannot be negative; -1 was given.")]
    [TestCase(IndicatorUnit.Ratio, 2, 1.25, null)]
    [TestCase(IndicatorUnit.Ratio, 2, -0.5, "A ratio cannot be negative; -0.5 was given.")]
    [TestCase(IndicatorUnit.Percentage, 1, 87.12345, "A value can have at most 4 decimal places; 87.12345 was given.")]
    [TestCase(IndicatorUnit.Percentage, 1, double.NaN, "A value must be a number.")]
    [TestCase(IndicatorUnit.Days, 1, double.PositiveInfinity, "A value must be a number.")]
    public void A_value_is_checked_for_its_unit(IndicatorUnit unit, int places, double value, string? error)
    {
        Assert.That(IndicatorValueRules.Check(value, unit, places), Is.EqualTo(error));
    }

    [TestCase(0, null)]
    [TestCase(4, null)]
    [TestCase(5, "Decimal places are 0 to 4; 5 was given.")]
    [TestCase(-1, "Decimal places are 0 to 4; -1 was given.")]
    public void Decimal_places_are_0_to_4(int places, string? error)
    {
        Assert.That(IndicatorValueRules.CheckDecimalPlaces(places), Is.EqualTo(error));
    }

    [TestCase(ValueState.Value, 85.0, null, null, "")]
    [TestCase(ValueState.Value, 0.0, null, null, "")]
    [TestCase(ValueState.Value, null, null, null,
        "value: Give the value, or say why there is none (not yet due, being collated, not published or suppressed). A 0 is a real zero.")]
    [TestCase(ValueState.BeingCollated, null, null, null, "")]
    [TestCase(ValueState.Suppressed, 3.0, null, null,
        "value: A period marked suppressed (small numbers) has no number; leave the value empty or choose the state \"value\".")]
    [TestCase(ValueState.Value, 87.5, 35.0, 40.0, "")]
    [TestCase(ValueState.Value, 80.0, 35.0, 40.0, "value: The value 80 does not match 35 ÷ 40, which gives 87.5%.")]
    [TestCase(ValueState.Value, 87.5, 35.0, null, "denominator: Give both the numerator and the denominator, or neither.")]
    [TestCase(ValueState.Value, 87.5, 35.0, 0.0, "denominator: The denominator must be more than 0; 0 was given.")]
    [TestCase(ValueState.Value, 140.0, 140.0, 100.0, "value: A percentage cannot be more than 100; 140 was given.")]
    public void A_periods_entry_has_a_number_exactly_when_its_state_is_value(ValueState state, double? value, double? numerator, double? denominator, string problems)
    {
        var found = IndicatorValueRules.CheckEntry(state, value, numerator, denominator, IndicatorUnit.Percentage, 1);
        Assert.That(string.Join(" | ", found.Select(p => $"{p.Field}: {p.Message}")), Is.EqualTo(problems));
    }

    [TestCase(IndicatorUnit.Percentage, YtdRule.Sum, "A percentage cannot be added up across periods; choose average, latest or ratio for the year to date.")]
    [TestCase(IndicatorUnit.RatePer10000, YtdRule.Sum, "A rate per 10,000 children cannot be added up across periods; choose average, latest or ratio for the year to date.")]
    [TestCase(IndicatorUnit.Percentage, YtdRule.Ratio, null)]
    [TestCase(IndicatorUnit.Number, YtdRule.Sum, null)]
    [TestCase(IndicatorUnit.Days, YtdRule.Average, null)]
    public void A_year_to_date_rule_must_suit_the_unit(IndicatorUnit unit, YtdRule rule, string? error)
    {
        Assert.That(IndicatorValueRules.CheckRule(unit, rule), Is.EqualTo(error));
    }

    [TestCase(87.5, IndicatorUnit.Percentage, 1, "87.5%")]
    [TestCase(87.54, IndicatorUnit.Percentage, 1, "87.5%")]
    [TestCase(87.55, IndicatorUnit.Percentage, 1, "87.6%")]
    [TestCase(1204.0, IndicatorUnit.Number, 0, "1,204")]
    [TestCase(45.06, IndicatorUnit.RatePer10000, 1, "45.1 per 10,000 children")]
    [TestCase(14.2, IndicatorUnit.Days, 1, "14.2 days")]
    [TestCase(1.0, IndicatorUnit.Days, 0, "1 day")]
    [TestCase(1.254, IndicatorUnit.Ratio, 2, "1.25")]
    public void A_value_is_shown_rounded_to_the_indicators_places_with_its_unit(double value, IndicatorUnit unit, int places, string shown)
    {
        Assert.That(ScorecardNumbers.Format(value, unit, places), Is.EqualTo(shown));
    }
}
