using System.Net;
using System.Net.Http.Headers;

namespace ActionPlanTracker.Tests.Api.Scorecard;

public sealed record ScLatest(string Period, string Label, double? Value, string State, string? Note, string Display);
public sealed record ScTarget(double Value, double Tolerance, string? PrintedText, bool Interim, string Display);
public sealed record ScTravel(string Direction, string? ComparedWith, string Sentence);
public sealed record ScYtd(double? Value, string? Display, string Sentence);
public sealed record ScBaseline(double Value, string Display);
public sealed record ScComparator(string Kind, int Year, double Value, string? Source, double? Gap, string? Judgement, string Display);
public sealed record ScCheck(string Period, string Field, string Printed, string? Computed, bool Agrees, string Verdict, string Sentence);
public sealed record ScPeriod(string Period, string Label, double? Value, string State, double? Target, string Rag);
public sealed record ScOwner(long PersonId, string Name);
public sealed record ScLink(string Kind, long ItemId, string Reference, string Title);
public sealed record ScIndicator(long Id, string Reference, string Name, string Unit, string Polarity, string Frequency, string YtdRule, long Version,
    List<ScOwner> Owners, List<ScLink> Links, ScLatest? Latest, ScLatest? LatestEntered, ScTarget? Target, string Rag, string RagSentence,
    ScTravel FromPrevious, ScTravel YearOnYear, ScYtd? YearToDate, ScBaseline? Baseline, List<ScComparator> Comparators, List<ScCheck> PrintedChecks,
    List<ScPeriod> Series, string Sentence);
public sealed record ScCounts(int Green, int Amber, int Red, int NoTarget, int NoValue, int Declining);
public sealed record ScorecardDto(long PlanId, long PlanVersion, int YearStartMonth, string AsOf, string AsOfLabel, int Year, string YearLabel,
    ScCounts Counts, List<ScIndicator> Indicators);

/// <summary>The scorecard read (GET /api/plans/{planId}/scorecard): the wiring of the calculator into one response, its shape, asOf and caching.</summary>
public sealed class ScorecardReadTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Member Scorecard", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Scorecard Administrator");

    internal static async Task<long> IndicatorAsync(HttpClient client, long planId, string reference, string unit, string polarity, string frequency,
        string ytdRule, int decimalPlaces = 1, long[]? owners = null, object[]? links = null)
    {
        var response = await client.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference, name = $"Indicator {reference}", unit, decimalPlaces, polarity, frequency, ytdRule, ownerIds = owners ?? [], links = links ?? [],
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<IndicatorDto>()).Id;
    }

    internal static async Task ValueAsync(HttpClient client, long planId, string period, long indicatorId, double? value, string state = "value",
        string? printedYtd = null, string? printedDirection = null, string? note = null)
    {
        var response = await client.PutJsonAsync($"/api/plans/{planId}/indicator-values/{period}",
            new { values = new[] { new { indicatorId, value, state, printedYtd, printedDirection, note } } }, null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task YearAsync(long planId, long indicatorId, int year, object body)
    {
        var response = await board.PutJsonAsync($"/api/plans/{planId}/indicators/{indicatorId}/years/{year}", body, null);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private async Task<ScorecardDto> ReadAsync(long planId, string query = "") =>
        await (await board.GetAsync($"/api/plans/{planId}/scorecard{query}")).ReadAsync<ScorecardDto>();

    [Test]
    public async Task The_scorecard_computes_each_row_from_what_was_entered()
    {
        var planId = await Arrange.PlanAsync(admin);
        var recommendationId = await Arrange.RecommendationAsync(admin, planId, number: "7");
        var owner = await Arrange.PersonAsync("Scorecard Owner Read", "Head of Service");

        // A: a percentage, higher is better, with a tolerance; May missing, July being collated; printed figures checked.
        var a = await IndicatorAsync(board, planId, "A1", "percentage", "higher-is-better", "monthly", "average",
            owners: [owner], links: [new { kind = "recommendation", id = recommendationId }]);
        await YearAsync(planId, a, 2025, new { baseline = 85.0, target = 90.0, targetText = "90% or more", tolerance = 2.0 });
        await ValueAsync(board, planId, "2024-06", a, 91.0);
        await ValueAsync(board, planId, "2025-04", a, 88.0);
        await ValueAsync(board, planId, "2025-06", a, 89.5, printedYtd: "88.8%", printedDirection: "↓", note: "From the July board pack");
        await ValueAsync(board, planId, "2025-07", a, null, state: "being-collated");
        // B: a count, lower is better, summed; a real 0 in May; England's figure to compare with.
        var b = await IndicatorAsync(board, planId, "B1", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        await YearAsync(planId, b, 2025, new { target = 10.0 });
        Assert.That((await board.PutJsonAsync($"/api/plans/{planId}/indicators/{b}/years/2024/comparators/england",
            new { value = 5.0, source = "LAIT" }, null)).IsSuccessStatusCode);
        await ValueAsync(board, planId, "2025-04", b, 4);
        await ValueAsync(board, planId, "2025-05", b, 0);
        await ValueAsync(board, planId, "2025-06", b, 3);
        // C: a quarterly rate with no judgement; D: days with nothing entered; E: a percentage missing its target by more than the tolerance.
        var c = await IndicatorAsync(board, planId, "C1", "rate-per-10000", "neither", "quarterly", "latest");
        await ValueAsync(board, planId, "2025-04", c, 45.1);
        await IndicatorAsync(board, planId, "D1", "days", "lower-is-better", "monthly", "average");
        var e = await IndicatorAsync(board, planId, "E1", "percentage", "higher-is-better", "monthly", "latest");
        await YearAsync(planId, e, 2025, new { target = 90.0 });
        await ValueAsync(board, planId, "2025-06", e, 80.0);

        var card = await ReadAsync(planId);
        Assert.That((card.PlanId, card.AsOf, card.AsOfLabel, card.Year, card.YearLabel, card.YearStartMonth),
            Is.EqualTo((planId, "2025-07", "July 2025", 2025, "2025/26", 4)), "asOf defaults to the latest period with a value or a state");
        Assert.That(card.Counts, Is.EqualTo(new ScCounts(Green: 1, Amber: 1, Red: 1, NoTarget: 1, NoValue: 1, Declining: 1)));
        Assert.That(card.Indicators.Select(i => i.Reference), Is.EqualTo(new[] { "A1", "B1", "C1", "D1", "E1" }));

        var rowA = card.Indicators[0];
        Assert.That(rowA.Latest, Is.EqualTo(new ScLatest("2025-06", "June 2025", 89.5, "value", "From the July board pack", "89.5%")));
        Assert.That(rowA.LatestEntered?.Display, Is.EqualTo("Being collated"));
        Assert.That(rowA.Target, Is.EqualTo(new ScTarget(90, 2, "90% or more", false, "90.0%")));
        Assert.That(rowA.Rag, Is.EqualTo("amber"));
        Assert.That(rowA.RagSentence, Does.Contain("within the tolerance"));
        Assert.That((rowA.FromPrevious.Direction, rowA.FromPrevious.ComparedWith), Is.EqualTo(("improving", "2025-04")), "May is missing: April is compared with");
        Assert.That(rowA.FromPrevious.Sentence, Does.Contain("May 2025 has no entry"));
        Assert.That((rowA.YearOnYear.Direction, rowA.YearOnYear.ComparedWith), Is.EqualTo(("declining", "2024-06")));
        Assert.That(rowA.YearToDate?.Value, Is.EqualTo(88.75).Within(1e-9));
        Assert.That(rowA.YearToDate?.Display, Is.EqualTo("88.8%"));
        Assert.That(rowA.Baseline, Is.EqualTo(new ScBaseline(85, "85.0%")));
        Assert.That(rowA.Owners, Is.EqualTo(new[] { new ScOwner(owner, "Scorecard Owner Read") }));
        Assert.That(rowA.Links.Single().Kind, Is.EqualTo("recommendation"));
        Assert.That((rowA.Links.Single().ItemId, rowA.Links.Single().Reference), Is.EqualTo((recommendationId, "7")));
        Assert.That(rowA.PrintedChecks.Select(x => (x.Period, x.Field, x.Verdict, x.Computed)), Is.EqualTo(new[]
        {
            ("2025-06", "printedYtd", "agrees", (string?)"88.8%"),
            ("2025-06", "printedDirection", "disagrees", (string?)"improving"),
        }));
        Assert.That(rowA.Series.Select(p => (p.Period, p.State, p.Rag)), Is.EqualTo(new[]
        {
            ("2024-06", "value", "no-target"), ("2025-04", "value", "amber"), ("2025-06", "value", "amber"), ("2025-07", "being-collated", "no-value"),
        }));
        Assert.That(rowA.Series[1].Target, Is.EqualTo(90));

        var rowB = card.Indicators[1];
        Assert.That((rowB.Latest?.Display, rowB.Rag, rowB.FromPrevious.Direction, rowB.YearToDate?.Value), Is.EqualTo(("3", "green", "declining", (double?)7)));
        Assert.That(rowB.Comparators, Is.EqualTo(new[] { new ScComparator("england", 2024, 5, "LAIT", -2, "better", "5") }));
        Assert.That(rowB.YearOnYear.Direction, Is.EqualTo("not-comparable"));

        var rowC = card.Indicators[2];
        Assert.That((rowC.Latest?.Label, rowC.Latest?.Display, rowC.Rag, rowC.Target), Is.EqualTo(("Q1 2025/26 (April to June 2025)", "45.1 per 10,000 children", "no-target", (ScTarget?)null)));
        Assert.That(rowC.RagSentence, Does.Contain("without a judgement"));

        var rowD = card.Indicators[3];
        Assert.That((rowD.Latest, rowD.Rag, rowD.YearToDate, rowD.Series.Count), Is.EqualTo(((ScLatest?)null, "no-value", (ScYtd?)null, 0)));

        var rowE = card.Indicators[4];
        Assert.That((rowE.Rag, rowE.Target?.Tolerance), Is.EqualTo(("red", (double?)0)));
    }

    [Test]
    public async Task AsOf_leaves_out_later_periods_and_a_real_zero_is_a_value()
    {
        var planId = await Arrange.PlanAsync(admin);
        var b = await IndicatorAsync(board, planId, "Z1", "number", "lower-is-better", "monthly", "sum", decimalPlaces: 0);
        await YearAsync(planId, b, 2025, new { target = 10.0 });
        await ValueAsync(board, planId, "2025-04", b, 4);
        await ValueAsync(board, planId, "2025-05", b, 0);
        await ValueAsync(board, planId, "2025-06", b, 3);
        await ValueAsync(board, planId, "2025-08", b, null, state: "not-yet-due");

        Assert.That((await ReadAsync(planId)).AsOf, Is.EqualTo("2025-06"), "a period not yet due does not move the default asOf");
        var may = await ReadAsync(planId, "?asOf=2025-05");
        var row = may.Indicators.Single();
        Assert.That((may.AsOf, may.AsOfLabel), Is.EqualTo(("2025-05", "May 2025")));
        Assert.That((row.Latest?.Value, row.Latest?.Display, row.Rag, row.FromPrevious.Direction, row.YearToDate?.Value),
            Is.EqualTo(((double?)0, "0", "green", "improving", (double?)4)));
        Assert.That(row.Series.Select(p => p.Period), Is.EqualTo(new[] { "2025-04", "2025-05" }));

        var bad = await board.GetAsync($"/api/plans/{planId}/scorecard?asOf=May-2025");
        Assert.That((await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "asOf" }));
        var none = await board.GetAsync("/api/plans/987654/scorecard");
        Assert.That((await none.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));
    }

    [Test]
    public async Task The_scorecard_is_kept_per_plan_version_with_an_etag_and_sent_compressed()
    {
        var planId = await Arrange.PlanAsync(admin);
        var a = await IndicatorAsync(board, planId, "K1", "percentage", "higher-is-better", "monthly", "average");
        await ValueAsync(board, planId, "2025-04", a, 50);
        var url = $"/api/plans/{planId}/scorecard";

        var first = await board.GetAsync(url);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.ETag());
        Assert.That((await board.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        using var compressed = new HttpRequestMessage(HttpMethod.Get, url);
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var gz = await board.SendAsync(compressed);
        Assert.That(gz.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));

        await ValueAsync(board, planId, "2025-05", a, 60);
        using var afterSave = new HttpRequestMessage(HttpMethod.Get, url);
        afterSave.Headers.TryAddWithoutValidation("If-None-Match", first.ETag());
        var changed = await board.SendAsync(afterSave);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a saved value changes the plan's version");
        Assert.That((await changed.ReadAsync<ScorecardDto>()).Indicators.Single().Latest?.Value, Is.EqualTo(60));
        Assert.That((await ReadAsync(planId, "?asOf=2025-04")).Indicators.Single().Latest?.Value, Is.EqualTo(50), "each asOf is kept apart");
    }
}
