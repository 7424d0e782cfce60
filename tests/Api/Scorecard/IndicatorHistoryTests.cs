using System.Net;

namespace ActionPlanTracker.Tests.Api.Scorecard;

public sealed record HistoryDetailDto(string What, string Before, string After);
public sealed record FullHistoryEntryDto(long Id, string Actor, string Change, string Subject, string? Period, string? PeriodLabel, int? Year,
    string? YearLabel, string? ComparatorKind, HistoryValueDto? Before, HistoryValueDto? After, List<HistoryDetailDto> Details, string Sentence);
public sealed record FullHistoryDto(long IndicatorId, List<FullHistoryEntryDto> Entries);

/// <summary>An indicator's history covers the indicator itself, its years (baseline, target, tolerance) and comparators, beside its values.</summary>
public sealed class IndicatorHistoryTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Member Kpi History", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Kpi History Administrator");

    private async Task<FullHistoryDto> HistoryAsync(long planId, long indicatorId)
    {
        var response = await board.GetAsync($"/api/plans/{planId}/indicators/{indicatorId}/history");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<FullHistoryDto>();
    }

    [Test]
    public async Task Changes_to_targets_tolerance_and_comparators_are_listed_in_words_beside_the_values()
    {
        var planId = await Arrange.PlanAsync(admin);
        var indicator = await ScorecardReadTests.IndicatorAsync(board, planId, "HT1", "percentage", "higher-is-better", "monthly", "latest");
        var yearUrl = $"/api/plans/{planId}/indicators/{indicator}/years/2025";
        var first = await board.PutJsonAsync(yearUrl, new { baseline = 80, target = 90 }, ifMatch: null);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        var second = await board.PutJsonAsync(yearUrl, new { baseline = 80, target = 95, tolerance = 2 }, first.ETag());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.Content.ReadAsStringAsync());
        var comparatorUrl = $"{yearUrl}/comparators/statistical-neighbours";
        var comparator = await board.PutJsonAsync(comparatorUrl, new { value = 87.5, figureYear = "2023/24", source = "LAIT" }, ifMatch: null);
        Assert.That(comparator.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ScorecardReadTests.ValueAsync(board, planId, "2025-04", indicator, 91);
        Assert.That((await board.DeleteAsync(comparatorUrl, comparator.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var history = await HistoryAsync(planId, indicator);
        Assert.That(history.Entries.Select(e => (e.Subject, e.Change)), Is.EqualTo(new[]
        {
            ("comparator", "delete"), ("value", "create"), ("comparator", "create"), ("year", "update"), ("year", "create"), ("indicator", "create"),
        }));
        var targets = history.Entries[3];
        Assert.That((targets.Year, targets.YearLabel, targets.Period), Is.EqualTo(((int?)2025, "2025/26", (string?)null)));
        Assert.That(targets.Details, Is.EqualTo(new[]
        {
            new HistoryDetailDto("Target", "90.0%", "95.0%"), new HistoryDetailDto("Tolerance", "none", "2.0 percentage points"),
        }));
        Assert.That(targets.Sentence, Does.EndWith("changed 2025/26's target from 90.0% to 95.0% and tolerance from none to 2.0 percentage points."));
        Assert.That(targets.Actor, Is.Not.Empty);
        Assert.That(history.Entries[4].Sentence, Does.EndWith("set 2025/26's baseline 80.0% and target 90.0%."));
        Assert.That(history.Entries[2].Sentence, Does.EndWith("added the statistical neighbours' average for 2025/26: value 87.5%, figures for 2023/24 and source LAIT."));
        Assert.That((history.Entries[2].ComparatorKind, history.Entries[0].ComparatorKind), Is.EqualTo(("statistical-neighbours", "statistical-neighbours")));
        Assert.That(history.Entries[0].Sentence, Does.Contain("removed the statistical neighbours' average for 2025/26 (it was value 87.5%"));
        Assert.That((history.Entries[1].Period, history.Entries[1].After?.Display, history.Entries[1].Details), Is.EqualTo(("2025-04", (string?)"91.0%", new List<HistoryDetailDto>())));
        Assert.That(history.Entries[5].Sentence, Does.EndWith("added the indicator HT1 Indicator HT1."));
    }

    [Test]
    public async Task A_change_to_the_indicator_itself_names_each_detail_that_changed()
    {
        var planId = await Arrange.PlanAsync(admin);
        var owner = await Arrange.PersonAsync("Kpi History Owner", "Head of service");
        var created = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference = "HT2", name = "Visits on time", unit = "percentage", decimalPlaces = 1, polarity = "higher-is-better", frequency = "monthly",
            ytdRule = "average", ownerIds = Array.Empty<long>(), links = Array.Empty<object>(),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var indicator = await created.ReadAsync<IndicatorDto>();
        var changed = await board.PutJsonAsync($"/api/plans/{planId}/indicators/{indicator.Id}", new
        {
            reference = "HT2", name = "Visits within timescales", unit = "percentage", decimalPlaces = 1, polarity = "lower-is-better", frequency = "monthly",
            ytdRule = "average", ownerIds = new[] { owner }, links = Array.Empty<object>(),
        }, created.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());

        var history = await HistoryAsync(planId, indicator.Id);
        var update = history.Entries[0];
        Assert.That((update.Subject, update.Change), Is.EqualTo(("indicator", "update")));
        Assert.That(update.Details, Is.EqualTo(new[]
        {
            new HistoryDetailDto("Name", "“Visits on time”", "“Visits within timescales”"),
            new HistoryDetailDto("Polarity", "higher is better", "lower is better"),
            new HistoryDetailDto("Owners", "none", "Kpi History Owner"),
        }));
        Assert.That(update.Sentence, Does.Contain("changed the indicator's name from “Visits on time” to “Visits within timescales”, polarity from higher is better to lower is better and owners from none to Kpi History Owner."));
    }

    [Test]
    public async Task Another_indicator_s_targets_do_not_appear_in_this_one_s_history()
    {
        var planId = await Arrange.PlanAsync(admin);
        var mine = await ScorecardReadTests.IndicatorAsync(board, planId, "HT3", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        var other = await ScorecardReadTests.IndicatorAsync(board, planId, "HT4", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        Assert.That((await board.PutJsonAsync($"/api/plans/{planId}/indicators/{other}/years/2025", new { target = 5 }, ifMatch: null)).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
        var history = await HistoryAsync(planId, mine);
        Assert.That(history.Entries.Select(e => e.Subject), Is.EqualTo(new[] { "indicator" }));
    }
}
