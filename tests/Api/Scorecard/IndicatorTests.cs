using System.Net;
using System.Text.Json;
using Dapper;

namespace ActionPlanTracker.Tests.Api.Scorecard;

public sealed record IndicatorLinkDto(string Kind, long Id);
public sealed record PersonRefDto(long Id, string? Name);
public sealed record InterimDto(string Period, double Target, string? TargetText);
public sealed record YearDto(long IndicatorId, int Year, double? Baseline, string? BaselineText, double? Target, string? TargetText,
    double? Tolerance, List<InterimDto> InterimTargets, long Version);
public sealed record ComparatorDto(long IndicatorId, int Year, string Kind, double Value, string? FigureYear, string? Source, long Version);
public sealed record IndicatorDto(long Id, long PlanId, string Reference, string Name, string? Definition, string Unit, int DecimalPlaces,
    string Polarity, string Frequency, string YtdRule, string? DataSource, int Position, List<PersonRefDto> Owners, List<IndicatorLinkDto> Links,
    List<YearDto> Years, List<ComparatorDto> Comparators, long Version);
public sealed record ValueDto(long Id, long IndicatorId, string Period, string State, double? Value, double? Numerator, double? Denominator,
    string? Note, string? PrintedYtd, string? PrintedDirection, long Version, string UpdatedBy);

public sealed class IndicatorTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Member Kpi", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Kpi Administrator");

    private static object Indicator(string reference, string unit = "percentage", string frequency = "monthly", string polarity = "higher-is-better",
        IEnumerable<long>? ownerIds = null, object[]? links = null) => new
    {
        reference, name = $"Indicator {reference}", unit, decimalPlaces = 1, polarity, frequency, ytdRule = "average",
        definition = "Of children on a plan, the share reviewed within timescales", dataSource = "Liquidlogic",
        ownerIds = ownerIds ?? [], links = links ?? [],
    };

    private async Task<long> PlanAsync() => await Arrange.PlanAsync(admin);

    private async Task<IndicatorDto> CreateAsync(long planId, object body)
    {
        var response = await board.PostJsonAsync($"/api/plans/{planId}/indicators", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<IndicatorDto>();
    }

    private static string ValuesUrl(long planId, string period) => $"/api/plans/{planId}/indicator-values/{period}";

    private static long PlanVersion(long planId)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        return connection.ExecuteScalar<long>("SELECT version FROM plan_versions WHERE plan_id = @planId", new { planId });
    }

    [Test]
    public async Task An_indicator_with_owners_and_links_can_be_added_read_changed_and_deleted()
    {
        var planId = await PlanAsync();
        var recommendationId = await Arrange.RecommendationAsync(admin, planId);
        var owner = await Arrange.PersonAsync("Kpi Owner One", "Service manager");
        var created = await board.PostJsonAsync($"/api/plans/{planId}/indicators",
            Indicator("CP1", ownerIds: [owner], links: [new { kind = "recommendation", id = recommendationId }]));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        var indicator = await created.ReadAsync<IndicatorDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{planId}/indicators/{indicator.Id}"));
        Assert.That((indicator.Reference, indicator.Unit, indicator.DecimalPlaces, indicator.Frequency, indicator.Position),
            Is.EqualTo(("CP1", "percentage", 1, "monthly", 1)));
        Assert.That(indicator.Owners.Select(o => o.Id), Is.EqualTo(new[] { owner }));
        Assert.That(indicator.Links, Is.EqualTo(new[] { new IndicatorLinkDto("recommendation", recommendationId) }));

        var url = $"/api/plans/{planId}/indicators/{indicator.Id}";
        var read = await board.GetAsync(url);
        Assert.That(await read.Content.ReadAsStringAsync(), Is.EqualTo(await created.Content.ReadAsStringAsync()));

        var changed = await board.PutJsonAsync(url, Indicator("CP1a", unit: "number", polarity: "lower-is-better"), read.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
        var after = await changed.ReadAsync<IndicatorDto>();
        Assert.That((after.Reference, after.Unit, after.Polarity, after.Version, after.Owners.Count, after.Links.Count),
            Is.EqualTo(("CP1a", "number", "lower-is-better", 2L, 0, 0)));
        var stale = await board.PutJsonAsync(url, Indicator("CP1b"), read.ETag());
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));

        var listed = await (await board.GetAsync($"/api/plans/{planId}/indicators")).ReadAsync<List<IndicatorDto>>();
        Assert.That(listed.Select(i => (i.Id, i.Reference)), Is.EqualTo(new[] { (indicator.Id, "CP1a") }));

        Assert.That((await board.DeleteAsync(url, changed.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await (await board.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "indicatorId" }));
        Assert.That(AuditRows.For("indicator", indicator.Id).Select(e => e.Change), Is.EqualTo(new[] { "create", "update", "delete" }));
    }

    [Test]
    public async Task A_reference_is_unique_in_its_plan_whatever_its_case()
    {
        var planId = await PlanAsync();
        await CreateAsync(planId, Indicator("LAC2"));
        var again = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Indicator("lac2"));
        Assert.That((await again.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "reference" }));
        await CreateAsync(await PlanAsync(), Indicator("LAC2"));
    }

    [Test]
    public async Task An_indicator_with_unknown_words_or_items_is_refused_naming_each_field()
    {
        var planId = await PlanAsync();
        var otherPlanId = await PlanAsync();
        var otherPlanAction = await Arrange.ActionAsync(admin, otherPlanId, recommendationId: await Arrange.RecommendationAsync(admin, otherPlanId));
        var bad = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference = "", name = "N", unit = "percent", decimalPlaces = 5, polarity = "up", frequency = "weekly", ytdRule = "median",
        });
        Assert.That((await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "reference", "unit", "decimalPlaces", "polarity", "frequency", "ytdRule" }));
        var foreign = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Indicator("X1", links: [new { kind = "action", id = otherPlanAction }]));
        Assert.That((await foreign.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "links[0].id" }));
        var badKind = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Indicator("X1", links: [new { kind = "measure", id = 1 }]));
        Assert.That((await badKind.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "links[0].kind" }));
        Assert.That(await (await board.GetAsync($"/api/plans/{planId}/indicators")).ReadAsync<List<IndicatorDto>>(), Is.Empty);
    }

    [Test]
    public async Task A_year_holds_baseline_target_as_printed_tolerance_and_interim_targets_and_comparators_come_and_go()
    {
        var planId = await PlanAsync();
        var indicator = await CreateAsync(planId, Indicator("CP2", frequency: "quarterly"));
        var url = $"/api/plans/{planId}/indicators/{indicator.Id}/years/2025";
        var first = await board.PutJsonAsync(url, new
        {
            baseline = 80, baselineText = "80%", target = 100, targetText = "increase from 80% to 100%", tolerance = 5,
            interimTargets = new[] { new { period = "2025-07", target = 90, targetText = "90% by September" } },
        }, ifMatch: null);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        var year = await first.ReadAsync<YearDto>();
        Assert.That((year.Baseline, year.Target, year.TargetText, year.Tolerance, year.Version), Is.EqualTo((80.0, 100.0, "increase from 80% to 100%", 5.0, 1L)));
        Assert.That(year.InterimTargets, Is.EqualTo(new[] { new InterimDto("2025-07", 90, "90% by September") }));

        var withoutIfMatch = await board.PutJsonAsync(url, new { target = 95 }, ifMatch: null);
        Assert.That((await withoutIfMatch.ReadProblemAsync(HttpStatusCode.PreconditionRequired)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var notAQuarter = await board.PutJsonAsync(url, new { target = 95, interimTargets = new[] { new { period = "2025-05", target = 1 } } }, first.ETag());
        Assert.That((await notAQuarter.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "interimTargets[0].period" }));
        var otherYear = await board.PutJsonAsync(url, new { target = 95, interimTargets = new[] { new { period = "2026-04", target = 1 } } }, first.ETag());
        Assert.That((await otherYear.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "interimTargets[0].period" }));
        var second = await board.PutJsonAsync(url, new { target = 95 }, first.ETag());
        Assert.That((await second.ReadAsync<YearDto>()) is { Target: 95, Baseline: null, InterimTargets.Count: 0, Version: 2 });

        var comparatorUrl = $"{url}/comparators/statistical-neighbours";
        var comparator = await board.PutJsonAsync(comparatorUrl, new { value = 87.5, figureYear = "2023/24", source = "LAIT" }, ifMatch: null);
        Assert.That(comparator.StatusCode, Is.EqualTo(HttpStatusCode.OK), await comparator.Content.ReadAsStringAsync());
        var unknownKind = await board.PutJsonAsync($"{url}/comparators/wales", new { value = 1 }, ifMatch: null);
        Assert.That((await unknownKind.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "kind" }));
        var read = await (await board.GetAsync($"/api/plans/{planId}/indicators/{indicator.Id}")).ReadAsync<IndicatorDto>();
        Assert.That(read.Comparators, Is.EqualTo(new[] { new ComparatorDto(indicator.Id, 2025, "statistical-neighbours", 87.5, "2023/24", "LAIT", 1) }));
        Assert.That(read.Years.Select(y => (y.Year, y.Target)), Is.EqualTo(new[] { (2025, (double?)95) }));

        Assert.That((await board.DeleteAsync(comparatorUrl, comparator.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await (await board.GetAsync($"/api/plans/{planId}/indicators/{indicator.Id}")).ReadAsync<IndicatorDto>()).Comparators, Is.Empty);
        Assert.That((await board.DeleteAsync(comparatorUrl, "*")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_period_s_values_are_saved_across_indicators_and_read_back_with_states_and_a_real_zero()
    {
        var planId = await PlanAsync();
        var percentage = await CreateAsync(planId, Indicator("V1"));
        var count = await CreateAsync(planId, Indicator("V2", unit: "number", polarity: "lower-is-better"));
        var collating = await CreateAsync(planId, Indicator("V3"));
        var versionBefore = PlanVersion(planId);

        var saved = await board.PutJsonAsync(ValuesUrl(planId, "2025-05"), new
        {
            values = new object[]
            {
                new { indicatorId = percentage.Id, value = 87.5, numerator = 35, denominator = 40, note = "Audit of 40", printedYtd = "85%", printedDirection = "↑" },
                new { indicatorId = count.Id, value = 0 },
                new { indicatorId = collating.Id, state = "being-collated" },
            },
        }, ifMatch: null);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        var values = await saved.ReadAsync<List<ValueDto>>();
        Assert.That(values.Select(v => (v.IndicatorId, v.State, v.Value, v.Version)), Is.EqualTo(new[]
        {
            (percentage.Id, "value", (double?)87.5, 1L), (count.Id, "value", (double?)0, 1L), (collating.Id, "being-collated", (double?)null, 1L),
        }));
        Assert.That(PlanVersion(planId), Is.GreaterThan(versionBefore), "the plan's version moves, so cached grids and scorecards are rebuilt");

        var listed = await (await board.GetAsync($"/api/plans/{planId}/indicators/{percentage.Id}/values")).ReadAsync<List<ValueDto>>();
        Assert.That(listed.Single() with { Id = 0 }, Is.EqualTo(new ValueDto(0, percentage.Id, "2025-05", "value", 87.5, 35, 40, "Audit of 40", "85%", "↑", 1, "Board Member Kpi")));

        var changed = await board.PutJsonAsync(ValuesUrl(planId, "2025-05"), new { values = new[] { new { indicatorId = count.Id, value = 3.0, version = 1 } } }, null);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
        var audit = AuditRows.For("indicatorValue", values[1].Id);
        Assert.That(audit.Select(e => e.Change), Is.EqualTo(new[] { "create", "update" }));
        Assert.That(audit[1].AfterJson, Does.Contain("\"value\":3"));
    }

    [Test]
    public async Task Values_out_of_range_or_in_the_wrong_period_are_refused_naming_their_row_and_nothing_is_saved()
    {
        var planId = await PlanAsync();
        var percentage = await CreateAsync(planId, Indicator("R1"));
        var count = await CreateAsync(planId, Indicator("R2", unit: "number"));
        var quarterly = await CreateAsync(planId, Indicator("R3", unit: "rate-per-10000", frequency: "quarterly"));
        async Task<Problem> Refused(string period, object body)
        {
            var response = await board.PutJsonAsync(ValuesUrl(planId, period), body, null);
            return await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        var ranges = await Refused("2025-04", new
        {
            values = new object[]
            {
                new { indicatorId = percentage.Id, value = 100.5 },
                new { indicatorId = count.Id, value = -1 },
                new { indicatorId = quarterly.Id, value = 1.23456 },
            },
        });
        Assert.That(ranges.Fields, Is.EqualTo(new[] { "values[0].value", "values[1].value", "values[2].value" }));

        var text = await board.SendRawAsync(HttpMethod.Put, ValuesUrl(planId, "2025-04"),
            $"{{\"values\":[{{\"indicatorId\":{percentage.Id},\"value\":5}},{{\"indicatorId\":{count.Id},\"value\":\"twelve\"}}]}}", ifMatch: null);
        var textProblem = await text.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(textProblem.Fields, Is.EqualTo(new[] { "values[1].value" }), "text in a number is a field-level 400, not a 500");

        var may = await Refused("2025-05", new { values = new[] { new { indicatorId = quarterly.Id, value = 2.5 } } });
        Assert.That(may.Fields, Is.EqualTo(new[] { "period" }));
        Assert.That(may.ReasonFor("period"), Does.Contain("quarterly"));
        var notAPeriod = await Refused("2025-13", new { values = new[] { new { indicatorId = percentage.Id, value = 2.5 } } });
        Assert.That(notAPeriod.Fields, Is.EqualTo(new[] { "period" }));

        var states = await Refused("2025-04", new
        {
            values = new object[]
            {
                new { indicatorId = percentage.Id },
                new { indicatorId = count.Id, state = "suppressed", value = 0 },
                new { indicatorId = quarterly.Id, state = "guessed" },
            },
        });
        Assert.That(states.Fields, Is.EqualTo(new[] { "values[0].value", "values[1].value", "values[2].state" }));

        var unknown = await Refused("2025-04", new { values = new object[] { new { indicatorId = percentage.Id, value = 50 }, new { indicatorId = 987654321, value = 1 } } });
        Assert.That(unknown.Fields, Is.EqualTo(new[] { "values[1].indicatorId" }));

        foreach (var id in new[] { percentage.Id, count.Id, quarterly.Id })
            Assert.That(await (await board.GetAsync($"/api/plans/{planId}/indicators/{id}/values")).ReadAsync<List<ValueDto>>(), Is.Empty);
    }

    [Test]
    public async Task Two_saves_from_the_same_version_the_second_is_a_conflict_showing_the_current_value_and_loses_nothing()
    {
        var planId = await PlanAsync();
        var indicator = await CreateAsync(planId, Indicator("C1"));
        var other = await CreateAsync(planId, Indicator("C2"));
        var first = await (await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new { values = new[] { new { indicatorId = indicator.Id, value = 70.0 } } }, null))
            .ReadAsync<List<ValueDto>>();

        var mine = await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new { values = new[] { new { indicatorId = indicator.Id, value = 71.0, version = 1 } } }, null);
        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var theirs = await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new
        {
            values = new object[] { new { indicatorId = other.Id, value = 10.0 }, new { indicatorId = indicator.Id, value = 72.0, version = 1 } },
        }, null);
        var problem = await theirs.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "values[1].version" }));
        using var body = JsonDocument.Parse(await theirs.Content.ReadAsStringAsync());
        var current = body.RootElement.GetProperty("current").EnumerateArray().Single();
        Assert.That((current.GetProperty("indicatorId").GetInt64(), current.GetProperty("value").GetDouble(), current.GetProperty("version").GetInt64()),
            Is.EqualTo((indicator.Id, 71.0, 2L)));

        var newOverExisting = await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new { values = new[] { new { indicatorId = indicator.Id, value = 73.0 } } }, null);
        Assert.That((await newOverExisting.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "values[0].version" }));

        var kept = await (await board.GetAsync($"/api/plans/{planId}/indicators/{indicator.Id}/values")).ReadAsync<List<ValueDto>>();
        Assert.That(kept.Select(v => (v.Value, v.Version)), Is.EqualTo(new[] { ((double?)71.0, 2L) }));
        Assert.That(await (await board.GetAsync($"/api/plans/{planId}/indicators/{other.Id}/values")).ReadAsync<List<ValueDto>>(), Is.Empty,
            "all or nothing: the other row of the refused save was not saved");
        Assert.That(first.Single().Version, Is.EqualTo(1));
    }

    [Test]
    public async Task A_period_that_ended_by_the_latest_closed_review_is_locked()
    {
        var planId = await PlanAsync();
        var monthly = await CreateAsync(planId, Indicator("L1"));
        var quarterly = await CreateAsync(planId, Indicator("L2", frequency: "quarterly"));
        var review = await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Board June 25", reviewDate = "2025-06-30" });
        var reviewId = (await review.ReadAsync<JsonElement>()).GetProperty("id").GetInt64();
        var open = await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new { values = new[] { new { indicatorId = monthly.Id, value = 50.0 } } }, null);
        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an open review locks nothing");

        var closing = await board.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}", new { label = "Board June 25", reviewDate = "2025-06-30", status = "closed" }, "*");
        Assert.That(closing.StatusCode, Is.EqualTo(HttpStatusCode.OK), await closing.Content.ReadAsStringAsync());

        var june = await board.PutJsonAsync(ValuesUrl(planId, "2025-06"), new { values = new[] { new { indicatorId = monthly.Id, value = 55.0, version = 1 } } }, null);
        var problem = await june.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "period" }));
        Assert.That(problem.ReasonFor("period"), Does.Contain("closed review"));
        var firstQuarter = await board.PutJsonAsync(ValuesUrl(planId, "2025-04"), new { values = new[] { new { indicatorId = quarterly.Id, value = 1.0 } } }, null);
        Assert.That((await firstQuarter.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "period" }));
        var july = await board.PutJsonAsync(ValuesUrl(planId, "2025-07"), new
        {
            values = new object[] { new { indicatorId = monthly.Id, value = 60.0 }, new { indicatorId = quarterly.Id, value = 2.0 } },
        }, null);
        Assert.That(july.StatusCode, Is.EqualTo(HttpStatusCode.OK), await july.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Managers_enter_values_only_for_indicators_they_own_and_only_the_board_edits_indicators()
    {
        var planId = await PlanAsync();
        var personId = await Arrange.PersonAsync("Kpi Manager Owner");
        var manager = TrackerApp.ClientFor("Kpi Manager Owner", "manager", personId);
        var viewer = TrackerApp.ClientFor("Kpi Viewer", "viewer");
        var owned = await CreateAsync(planId, Indicator("M1", ownerIds: [personId]));
        var notOwned = await CreateAsync(planId, Indicator("M2"));

        var mine = await manager.PutJsonAsync(ValuesUrl(planId, "2025-04"), new { values = new[] { new { indicatorId = owned.Id, value = 40.0 } } }, null);
        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK), await mine.Content.ReadAsStringAsync());
        var notMine = await manager.PutJsonAsync(ValuesUrl(planId, "2025-05"), new
        {
            values = new object[] { new { indicatorId = owned.Id, value = 41.0 }, new { indicatorId = notOwned.Id, value = 1.0 } },
        }, null);
        Assert.That((await notMine.ReadProblemAsync(HttpStatusCode.Forbidden)).Fields, Is.EqualTo(new[] { "values[1].indicatorId" }));
        Assert.That(await (await manager.GetAsync($"/api/plans/{planId}/indicators/{owned.Id}/values")).ReadAsync<List<ValueDto>>(), Has.Count.EqualTo(1));

        Assert.That((await viewer.PutJsonAsync(ValuesUrl(planId, "2025-04"), new { values = new[] { new { indicatorId = owned.Id, value = 1.0 } } }, null)).StatusCode,
            Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await manager.PostJsonAsync($"/api/plans/{planId}/indicators", Indicator("M3"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await manager.PutJsonAsync($"/api/plans/{planId}/indicators/{owned.Id}/years/2025", new { target = 1 }, null)).StatusCode,
            Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await viewer.GetAsync($"/api/plans/{planId}/indicators")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
