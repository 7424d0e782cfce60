using ActionPlanTracker.Domain.Scorecard;
using static ActionPlanTracker.Tests.Domain.Scorecard.ScorecardTestData;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>Periods written YYYY-MM, the council's year (April start by default), quarters, labels and what is due.</summary>
public class PeriodCalendarTests
{
    [TestCase(Frequency.Monthly, 4, "2025-05", "2025-05")]
    [TestCase(Frequency.Monthly, 4, "2026-03", "2026-03")]
    [TestCase(Frequency.Quarterly, 4, "2025-04", "2025-04")]
    [TestCase(Frequency.Quarterly, 4, "2025-07", "2025-07")]
    [TestCase(Frequency.Quarterly, 4, "2025-10", "2025-10")]
    [TestCase(Frequency.Quarterly, 4, "2026-01", "2026-01")]
    [TestCase(Frequency.Annual, 4, "2025-04", "2025-04")]
    [TestCase(Frequency.Quarterly, 1, "2025-01", "2025-01")]
    [TestCase(Frequency.Quarterly, 9, "2025-12", "2025-12")]
    [TestCase(Frequency.Annual, 9, "2025-09", "2025-09")]
    public void A_period_that_starts_one_of_the_indicators_periods_is_read(Frequency frequency, int startMonth, string text, string expected)
    {
        var reading = new PeriodCalendar(frequency, startMonth).Parse(text);
        Assert.That((reading.Period?.ToString(), reading.Error), Is.EqualTo(((string?)expected, (string?)null)));
    }

    [TestCase(Frequency.Quarterly, 4, "2025-05", "Quarterly periods start in April, July, October and January; 2025-05 (May 2025) is not one.")]
    [TestCase(Frequency.Quarterly, 4, "2025-03", "Quarterly periods start in April, July, October and January; 2025-03 (March 2025) is not one.")]
    [TestCase(Frequency.Quarterly, 1, "2025-03", "Quarterly periods start in January, April, July and October; 2025-03 (March 2025) is not one.")]
    [TestCase(Frequency.Annual, 4, "2025-01", "Annual periods start in April, when the council's year starts; 2025-01 (January 2025) is not one.")]
    [TestCase(Frequency.Annual, 9, "2025-04", "Annual periods start in September, when the council's year starts; 2025-04 (April 2025) is not one.")]
    [TestCase(Frequency.Monthly, 4, "2025-5", "Write the period as YYYY-MM, the first month of the period (for example 2025-04); \"2025-5\" was given.")]
    [TestCase(Frequency.Monthly, 4, "May 2025", "Write the period as YYYY-MM, the first month of the period (for example 2025-04); \"May 2025\" was given.")]
    [TestCase(Frequency.Monthly, 4, "2025-05-01", "Write the period as YYYY-MM, the first month of the period (for example 2025-04); \"2025-05-01\" was given.")]
    [TestCase(Frequency.Monthly, 4, "", "Write the period as YYYY-MM, the first month of the period (for example 2025-04); \"\" was given.")]
    [TestCase(Frequency.Monthly, 4, "2025-13", "A period's month is 01 to 12; \"2025-13\" was given.")]
    [TestCase(Frequency.Monthly, 4, "2025-00", "A period's month is 01 to 12; \"2025-00\" was given.")]
    public void A_period_outside_the_indicators_frequency_is_refused_naming_what_is_allowed(Frequency frequency, int startMonth, string text, string error)
    {
        var reading = new PeriodCalendar(frequency, startMonth).Parse(text);
        Assert.That((reading.Period, reading.Error), Is.EqualTo(((ReportingPeriod?)null, (string?)error)));
    }

    [TestCase(4, "2025-04", 2025)]
    [TestCase(4, "2025-12", 2025)]
    [TestCase(4, "2026-01", 2025)]
    [TestCase(4, "2026-03", 2025)]
    [TestCase(4, "2025-03", 2024)]
    [TestCase(1, "2025-01", 2025)]
    [TestCase(1, "2025-12", 2025)]
    [TestCase(9, "2025-08", 2024)]
    [TestCase(9, "2025-09", 2025)]
    public void A_month_belongs_to_the_year_it_falls_in(int startMonth, string period, int year)
    {
        Assert.That(new PeriodCalendar(Frequency.Monthly, startMonth).YearOf(P(period)), Is.EqualTo(year));
    }

    [TestCase(Frequency.Monthly, "2025-04", "2025-03", "2024-04")]
    [TestCase(Frequency.Monthly, "2026-01", "2025-12", "2025-01")]
    [TestCase(Frequency.Quarterly, "2025-04", "2025-01", "2024-04")]
    [TestCase(Frequency.Quarterly, "2026-01", "2025-10", "2025-01")]
    [TestCase(Frequency.Annual, "2025-04", "2024-04", "2024-04")]
    public void The_previous_period_and_the_same_period_a_year_before(Frequency frequency, string period, string previous, string yearBefore)
    {
        var calendar = new PeriodCalendar(frequency);
        Assert.That((calendar.Previous(P(period)).ToString(), calendar.SamePeriodYearBefore(P(period)).ToString()), Is.EqualTo((previous, yearBefore)));
    }

    [TestCase(Frequency.Monthly, 4, 2025, "2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12,2026-01,2026-02,2026-03")]
    [TestCase(Frequency.Quarterly, 4, 2025, "2025-04,2025-07,2025-10,2026-01")]
    [TestCase(Frequency.Quarterly, 1, 2025, "2025-01,2025-04,2025-07,2025-10")]
    [TestCase(Frequency.Annual, 4, 2025, "2025-04")]
    [TestCase(Frequency.Quarterly, 11, 2025, "2025-11,2026-02,2026-05,2026-08")]
    public void The_periods_of_a_year(Frequency frequency, int startMonth, int year, string periods)
    {
        Assert.That(string.Join(",", new PeriodCalendar(frequency, startMonth).PeriodsOf(year)), Is.EqualTo(periods));
    }

    [TestCase(Frequency.Monthly, 4, "2025-05", "May 2025")]
    [TestCase(Frequency.Quarterly, 4, "2025-04", "Q1 2025/26 (April to June 2025)")]
    [TestCase(Frequency.Quarterly, 4, "2025-10", "Q3 2025/26 (October to December 2025)")]
    [TestCase(Frequency.Quarterly, 4, "2026-01", "Q4 2025/26 (January to March 2026)")]
    [TestCase(Frequency.Quarterly, 11, "2025-11", "Q1 2025/26 (November 2025 to January 2026)")]
    [TestCase(Frequency.Quarterly, 1, "2025-04", "Q2 2025 (April to June 2025)")]
    [TestCase(Frequency.Annual, 4, "2025-04", "2025/26")]
    [TestCase(Frequency.Annual, 4, "2099-04", "2099/00")]
    [TestCase(Frequency.Annual, 1, "2025-01", "2025")]
    public void A_period_is_labelled_as_a_board_would_say_it(Frequency frequency, int startMonth, string period, string label)
    {
        Assert.That(new PeriodCalendar(frequency, startMonth).Label(P(period)), Is.EqualTo(label));
    }

    [TestCase(Frequency.Monthly, "2025-05", "2025-05-31", true)]
    [TestCase(Frequency.Monthly, "2025-05", "2025-06-01", false)]
    [TestCase(Frequency.Monthly, "2025-05", "2025-04-15", true)]
    [TestCase(Frequency.Quarterly, "2025-04", "2025-06-30", true)]
    [TestCase(Frequency.Quarterly, "2025-04", "2025-07-01", false)]
    [TestCase(Frequency.Annual, "2025-04", "2026-03-31", true)]
    [TestCase(Frequency.Annual, "2025-04", "2026-04-01", false)]
    [TestCase(Frequency.Monthly, "2024-02", "2024-02-29", true)]
    public void A_period_is_not_yet_due_until_it_has_ended(Frequency frequency, string period, string today, bool notYetDue)
    {
        Assert.That(new PeriodCalendar(frequency).IsNotYetDue(P(period), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(notYetDue));
    }

    [TestCase("2025", 2025, null)]
    [TestCase("25", null, "Write the year as YYYY, the calendar year it starts in (2025 for 2025/26); \"25\" was given.")]
    [TestCase("2025/26", null, "Write the year as YYYY, the calendar year it starts in (2025 for 2025/26); \"2025/26\" was given.")]
    [TestCase("0999", null, "Write the year as YYYY, the calendar year it starts in (2025 for 2025/26); \"0999\" was given.")]
    public void A_year_is_written_by_the_calendar_year_it_starts_in(string text, int? year, string? error)
    {
        Assert.That(PeriodCalendar.ParseYear(text), Is.EqualTo((year, error)));
    }

    [TestCase(0)]
    [TestCase(13)]
    public void A_start_month_outside_1_to_12_is_a_setting_mistake(int startMonth)
    {
        Assert.That(() => new PeriodCalendar(Frequency.Monthly, startMonth), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
