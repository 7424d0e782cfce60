using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

public sealed class ScorecardCsvTests
{
    [TestCase("2025-04", 4, 2025, 4)]
    [TestCase("2025-04-01", 4, 2025, 4)]
    [TestCase("01/04/2025", 4, 2025, 4)]
    [TestCase("Apr-25", 4, 2025, 4)]
    [TestCase("Sept 2025", 4, 2025, 9)]
    [TestCase("April 2025", 4, 2025, 4)]
    [TestCase("Q1 2025/26", 4, 2025, 4)]
    [TestCase("Q4 2025/26", 4, 2026, 1)]
    [TestCase("Q2 2025-26", 1, 2025, 4)]
    [TestCase("2025/26", 4, 2025, 4)]
    public void Periods_are_read_in_the_forms_councils_write_them(string text, int startMonth, int year, int month) =>
        Assert.That(ScorecardCsv.ReadPeriod(text, startMonth), Is.EqualTo(new ReportingPeriod(year, month)));

    [TestCase("2025-13")]
    [TestCase("Q5 2025/26")]
    [TestCase("2025/27")]
    [TestCase("Smarch 2025")]
    [TestCase("")]
    public void Other_text_is_not_a_period(string text) => Assert.That(ScorecardCsv.ReadPeriod(text, 4), Is.Null);

    [TestCase("being collated", ValueState.BeingCollated)]
    [TestCase("N/A", ValueState.NotPublished)]
    [TestCase("not published", ValueState.NotPublished)]
    [TestCase("*", ValueState.Suppressed)]
    [TestCase("Suppressed", ValueState.Suppressed)]
    [TestCase("not-yet-due", ValueState.NotYetDue)]
    public void State_words_are_read(string text, ValueState state) => Assert.That(ScorecardCsv.ReadState(text), Is.EqualTo(state));

    [Test]
    public void Numbers_keep_a_zero_and_read_percent_signs_and_thousands()
    {
        Assert.That((ScorecardCsv.ReadNumber("87.5%"), ScorecardCsv.ReadNumber("1,234"), ScorecardCsv.ReadNumber("0")), Is.EqualTo(((double?)87.5, (double?)1234, (double?)0)));
        Assert.That((ScorecardCsv.IsBlankLike("-"), ScorecardCsv.IsBlankLike("0"), ScorecardCsv.IsBlankLike("twelve")), Is.EqualTo((true, false, false)));
    }

    private static SourceTable Table(params string[][] rows) =>
        new("CSV", null, rows.Max(r => r.Length), rows.Select((r, i) => new SourceRow(i + 1, r.Select(c => new SourceCell(c)).ToList())).ToList());

    [Test]
    public void Headers_are_matched_loosely_and_unknown_ones_listed()
    {
        var table = ScorecardCsv.Read(Table(["KPI Ref", "Month ending", "Actual", "Status", "Comments", "Owner"], ["CP1", "Apr-25", "5", "", "", "Jo"]));
        Assert.That(table.Columns, Is.EquivalentTo(new Dictionary<ScorecardColumn, int>
        {
            [ScorecardColumn.Indicator] = 0, [ScorecardColumn.Period] = 1, [ScorecardColumn.Value] = 2, [ScorecardColumn.State] = 3, [ScorecardColumn.Note] = 4,
        }));
        Assert.That((table.Ignored.Single(), table.Rows.Single().Line, table.HeaderOf(ScorecardColumn.Period)), Is.EqualTo(("Owner", 2, "Month ending")));
    }

    [Test]
    public void A_file_without_a_header_is_read_by_position()
    {
        var table = ScorecardCsv.Read(Table(["CP1", "2025-04", "5"], ["CP1", "2025-05", "6"]));
        Assert.That((table.Positional, table.Rows.Count, table.Cell(table.Rows[1].Cells, ScorecardColumn.Value)), Is.EqualTo((true, 2, "6")));
    }
}
