using System.Net;
using System.Text;
using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Scorecard;

public sealed record ImportReasonDto(string Column, string Message);
public sealed record ImportValueDto(string State, double? Value, string? Note, string Display);
public sealed record ImportRowDto(int Row, string Indicator, long? IndicatorId, string? Period, string Outcome, ImportValueDto? Value, ImportValueDto? Current,
    List<ImportReasonDto> Reasons, string? Question);
public sealed record ImportCountsDto(int Rows, int New, int Changes, int Unchanged, int Skipped, int Refused, int Asked);
public sealed record ImportReportDto(long PlanId, bool DryRun, bool Saved, ImportCountsDto Counts, List<ImportRowDto> Rows);
public sealed record HistoryValueDto(string State, double? Value, string Display);
public sealed record HistoryEntryDto(long Id, string Actor, string Change, string Subject, string Period, string PeriodLabel, HistoryValueDto? Before, HistoryValueDto? After, string Sentence);
public sealed record HistoryDto(long IndicatorId, List<HistoryEntryDto> Entries);

/// <summary>The scorecard's CSV import (dry run, refusals, placeholder zeroes, all or nothing, conflicts) and an indicator's value history.</summary>
public sealed class ScorecardImportTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Member Kpi Import", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Kpi Import Administrator");

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, long planId, string csv, string query = "")
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync($"/api/plans/{planId}/indicator-values/import{query}", content);
    }

    private async Task<List<ValueDto>> ValuesAsync(long planId, long indicatorId) =>
        await (await board.GetAsync($"/api/plans/{planId}/indicators/{indicatorId}/values")).ReadAsync<List<ValueDto>>();

    [Test]
    public async Task A_dry_run_reads_loose_headers_periods_values_and_states_and_saves_nothing()
    {
        var planId = await Arrange.PlanAsync(admin);
        var cp1 = await ScorecardReadTests.IndicatorAsync(board, planId, "CP1", "percentage", "higher-is-better", "monthly", "average");
        var la2 = await ScorecardReadTests.IndicatorAsync(board, planId, "LA2", "number", "lower-is-better", "quarterly", "sum", decimalPlaces: 0);
        const string csv = """
            Ref,Month,Actual,Status,Comments,Owner
            CP1,Apr-25,87.5%,,From the board pack,Jo
            cp1,May 2025,,being collated,,Jo
            CP1,2025-06,"88",,,Jo
            LA2,Q1 2025/26,"1,234",,,Sam
            LA2,Q2 2025/26,*,,,Sam
            CP1,July 2025,,,,Jo
            CP1,August 2025,187.5,,,Jo
            XX9,2025-04,5,,,Jo
            LA2,2025-05,4,,,Sam
            CP1,2025-06,89,,,Jo
            CP1,Sometime,5,,,Jo
            """;
        var response = await ImportAsync(board, planId, csv);
        var report = await response.ReadAsync<ImportReportDto>();
        Assert.That((report.DryRun, report.Saved), Is.EqualTo((true, false)));
        Assert.That(report.Rows.Select(r => (r.Row, r.Outcome)), Is.EqualTo(new[]
        {
            (2, "new"), (3, "new"), (4, "new"), (5, "new"), (6, "new"), (7, "skipped"), (8, "refused"), (9, "refused"), (10, "refused"), (11, "refused"), (12, "refused"),
        }));
        Assert.That(report.Rows[0].Value, Is.EqualTo(new ImportValueDto("value", 87.5, "From the board pack", "87.5%")));
        Assert.That((report.Rows[1].Period, report.Rows[1].Value?.State), Is.EqualTo(("2025-05", "being-collated")));
        Assert.That((report.Rows[3].Period, report.Rows[3].Value?.Value), Is.EqualTo(("2025-04", (double?)1234)));
        Assert.That(report.Rows[4].Value?.State, Is.EqualTo("suppressed"));
        Assert.That(report.Rows[6].Reasons.Single().Column, Is.EqualTo("Actual"));
        Assert.That(report.Rows[6].Reasons.Single().Message, Does.Contain("percentage cannot be more than 100"));
        Assert.That(report.Rows[7].Reasons.Single().Column, Is.EqualTo("Ref"));
        Assert.That((report.Rows[8].Reasons.Single().Column, report.Rows[8].Reasons.Single().Message), Is.EqualTo(("Month", report.Rows[8].Reasons.Single().Message)));
        Assert.That(report.Rows[8].Reasons.Single().Message, Does.Contain("quarterly"));
        Assert.That(report.Rows[9].Reasons.Single().Message, Does.Contain("Line 4"));
        Assert.That(report.Rows[10].Reasons.Single().Column, Is.EqualTo("Month"));
        Assert.That(report.Counts, Is.EqualTo(new ImportCountsDto(11, 5, 0, 0, 1, 5, 0)));
        Assert.That(await ValuesAsync(planId, cp1), Is.Empty);
        Assert.That(await ValuesAsync(planId, la2), Is.Empty);

        var commit = await ImportAsync(board, planId, csv, "?dryRun=false");
        var problem = await commit.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "rows[8].value", "rows[9].indicator", "rows[10].period", "rows[11].period", "rows[12].period" }));
        Assert.That(await ValuesAsync(planId, cp1), Is.Empty, "all or nothing");
    }

    [Test]
    public async Task A_placeholder_looking_zero_is_asked_until_the_request_says_how_to_read_it()
    {
        var planId = await Arrange.PlanAsync(admin);
        var count = await ScorecardReadTests.IndicatorAsync(board, planId, "Z9", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        var busy = await ScorecardReadTests.IndicatorAsync(board, planId, "B9", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        const string csv = """
            Indicator,Period,Value,YTD
            Z9,2025-04,0,
            B9,2025-04,3,
            B9,2025-05,0,
            B9,2025-06,0,0
            B9,2099-01,0,
            """;
        var report = await (await ImportAsync(board, planId, csv)).ReadAsync<ImportReportDto>();
        Assert.That(report.Rows.Select(r => (r.Row, r.Outcome)), Is.EqualTo(new[] { (2, "asked"), (3, "new"), (4, "new"), (5, "asked"), (6, "asked") }),
            "asked: no other number for Z9; every figure 0 on line 5; a period not ended on line 6; B9's May 0 among other numbers is a real zero");
        Assert.That(report.Rows[0].Question, Does.Contain("no other period of Z9"));
        Assert.That(report.Rows[2].Value, Is.EqualTo(new ImportValueDto("value", 0, null, "0")));

        var refused = await ImportAsync(board, planId, csv, "?dryRun=false");
        Assert.That((await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "rows[2].value", "rows[5].value", "rows[6].value" }));

        var answered = await (await ImportAsync(board, planId, csv, "?dryRun=false&zeroes=no-data&realZeroRows=2")).ReadAsync<ImportReportDto>();
        Assert.That(answered.Saved, Is.True);
        Assert.That((await ValuesAsync(planId, count)).Select(v => (v.Period, v.State, v.Value)), Is.EqualTo(new[] { ("2025-04", "value", (double?)0) }));
        Assert.That((await ValuesAsync(planId, busy)).Select(v => (v.Period, v.State, v.Value)), Is.EqualTo(new[]
        {
            ("2025-04", "value", (double?)3), ("2025-05", "value", 0), ("2025-06", "being-collated", null), ("2099-01", "not-yet-due", null),
        }));
    }

    [Test]
    public async Task A_commit_overwrites_entered_values_only_with_replaceExisting_and_the_history_shows_each_change()
    {
        var planId = await Arrange.PlanAsync(admin);
        var indicator = await ScorecardReadTests.IndicatorAsync(board, planId, "H1", "percentage", "higher-is-better", "monthly", "latest");
        await ScorecardReadTests.ValueAsync(board, planId, "2025-04", indicator, 70, note: "Typed in");
        const string csv = "Indicator,Period,Value\nH1,2025-04,72.5\nH1,2025-05,74\n";

        var dry = await (await ImportAsync(board, planId, csv)).ReadAsync<ImportReportDto>();
        Assert.That(dry.Rows.Select(r => r.Outcome), Is.EqualTo(new[] { "change", "new" }));
        Assert.That((dry.Rows[0].Current?.Display, dry.Rows[0].Value?.Display, dry.Rows[0].Value?.Note), Is.EqualTo(("70.0%", "72.5%", "Typed in")));

        var refused = await ImportAsync(board, planId, csv, "?dryRun=false");
        Assert.That((await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "replaceExisting" }));
        Assert.That((await ValuesAsync(planId, indicator)).Select(v => v.Value), Is.EqualTo(new double?[] { 70 }), "nothing saved");

        var saved = await (await ImportAsync(board, planId, csv, "?dryRun=false&replaceExisting=true")).ReadAsync<ImportReportDto>();
        Assert.That(saved.Saved, Is.True);
        Assert.That((await ValuesAsync(planId, indicator)).Select(v => (v.Period, v.Value, v.Note)), Is.EqualTo(new[] { ("2025-04", (double?)72.5, (string?)"Typed in"), ("2025-05", 74, null) }));
        var again = await (await ImportAsync(board, planId, csv)).ReadAsync<ImportReportDto>();
        Assert.That(again.Rows.Select(r => r.Outcome), Is.EqualTo(new[] { "unchanged", "unchanged" }));

        var history = await (await board.GetAsync($"/api/plans/{planId}/indicators/{indicator}/history")).ReadAsync<HistoryDto>();
        Assert.That(history.Entries.Select(e => e.Subject), Is.EqualTo(new[] { "value", "value", "value", "indicator" }), "the indicator's own creation last");
        history = history with { Entries = history.Entries.Where(e => e.Subject == "value").ToList() };
        Assert.That(history.Entries.Select(e => (e.Change, e.Period, e.Before?.Display, e.After?.Display)), Is.EqualTo(new[]
        {
            ("create", "2025-05", (string?)null, (string?)"74.0%"), ("update", "2025-04", "70.0%", "72.5%"), ("create", "2025-04", null, "70.0%"),
        }));
        Assert.That(history.Entries[1].Sentence, Does.Contain("from 70.0% to 72.5%"));
        Assert.That(history.Entries[1].PeriodLabel, Is.EqualTo("April 2025"));
        Assert.That((await (await board.GetAsync($"/api/plans/{planId}/indicators/987654/history")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "indicatorId" }));
    }

    [Test]
    public async Task A_viewer_cannot_import_and_a_manager_imports_only_the_indicators_they_own()
    {
        var planId = await Arrange.PlanAsync(admin);
        var person = await Arrange.PersonAsync("Kpi Import Manager", "Team manager");
        var manager = TrackerApp.ClientFor("Kpi Import Manager", "manager", person);
        var viewer = TrackerApp.ClientFor("Kpi Import Viewer", "viewer");
        await ScorecardReadTests.IndicatorAsync(board, planId, "M1", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0, owners: [person]);
        await ScorecardReadTests.IndicatorAsync(board, planId, "M2", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        const string csv = "Indicator,Period,Value\nM1,2025-04,3\nM2,2025-04,4\n";
        Assert.That((await ImportAsync(viewer, planId, csv)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var report = await (await ImportAsync(manager, planId, csv)).ReadAsync<ImportReportDto>();
        Assert.That(report.Rows.Select(r => r.Outcome), Is.EqualTo(new[] { "new", "refused" }));
        Assert.That(report.Rows[1].Reasons.Single().Message, Does.Contain("indicators you own"));
    }
}
