using System.Net;
using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Scorecard;

/// <summary>The words of a ratio indicator's numerator and denominator (db/0034): kept, read, audited and in the scorecard read.</summary>
public sealed class IndicatorRatioLabelTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Member Ratio Words", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Ratio Words Administrator");

    private static object Ratio(string reference, string? numeratorLabel, string? denominatorLabel) => new
    {
        reference, name = $"Children seen on time {reference}", unit = "percentage", decimalPlaces = 1, polarity = "higher-is-better",
        frequency = "monthly", ytdRule = "ratio", numeratorLabel, denominatorLabel, ownerIds = Array.Empty<long>(), links = Array.Empty<object>(),
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    [Test]
    public async Task The_words_are_trimmed_kept_read_listed_changed_and_audited()
    {
        var planId = await Arrange.PlanAsync(admin);
        var created = await board.PostJsonAsync($"/api/plans/{planId}/indicators",
            Ratio("RW1", "  children seen within 10 working days ", " children referred"));
        var indicator = await JsonAsync(created, HttpStatusCode.Created);
        Assert.That((Text(indicator, "numeratorLabel"), Text(indicator, "denominatorLabel")),
            Is.EqualTo(("children seen within 10 working days", "children referred")));
        var id = indicator.GetProperty("id").GetInt64();
        var url = $"/api/plans/{planId}/indicators/{id}";

        var read = await JsonAsync(await board.GetAsync(url), HttpStatusCode.OK);
        Assert.That(Text(read, "denominatorLabel"), Is.EqualTo("children referred"));
        var listed = await JsonAsync(await board.GetAsync($"/api/plans/{planId}/indicators"), HttpStatusCode.OK);
        Assert.That(Text(listed[0], "numeratorLabel"), Is.EqualTo("children seen within 10 working days"));

        var changed = await JsonAsync(await board.PutJsonAsync(url, Ratio("RW1", "visits on time", "visits due"), created.ETag()), HttpStatusCode.OK);
        Assert.That((Text(changed, "numeratorLabel"), Text(changed, "denominatorLabel")), Is.EqualTo(("visits on time", "visits due")));
        var cleared = await board.PutJsonAsync(url, Ratio("RW1", " ", null), "\"2\"");
        var after = await JsonAsync(cleared, HttpStatusCode.OK);
        Assert.That((Text(after, "numeratorLabel"), Text(after, "denominatorLabel")), Is.EqualTo(((string?)null, (string?)null)));

        var audit = AuditRows.For("indicator", id);
        Assert.That(audit.Select(e => e.Change), Is.EqualTo(new[] { "create", "update", "update" }));
        Assert.That(audit[0].AfterJson, Does.Contain("children seen within 10 working days"));
        Assert.That(audit[1].BeforeJson, Does.Contain("children referred"));
        Assert.That(audit[1].AfterJson, Does.Contain("visits due"));
        Assert.That(audit[2].BeforeJson, Does.Contain("visits on time"));

        var history = await (await board.GetAsync($"{url}/history")).Content.ReadAsStringAsync();
        Assert.That(history, Does.Contain("Numerator counts").And.Contain("Denominator counts"));
    }

    [Test]
    public async Task Words_are_refused_when_too_long_or_when_only_one_is_given_naming_the_field()
    {
        var planId = await Arrange.PlanAsync(admin);
        var longWords = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Ratio("RW2", new string('n', 201), "children referred"));
        Assert.That((await longWords.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "numeratorLabel" }));
        var onlyNumerator = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Ratio("RW2", "children seen", null));
        Assert.That((await onlyNumerator.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "denominatorLabel" }));
        var onlyDenominator = await board.PostJsonAsync($"/api/plans/{planId}/indicators", Ratio("RW2", "", "children referred"));
        Assert.That((await onlyDenominator.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "numeratorLabel" }));
        // 200 characters after trimming is allowed.
        await JsonAsync(await board.PostJsonAsync($"/api/plans/{planId}/indicators", Ratio("RW2", new string('n', 200) + "  ", "d")), HttpStatusCode.Created);
    }

    [Test]
    public async Task The_scorecard_read_gives_the_words_each_period_s_counts_and_the_year_to_date_s_sums()
    {
        var planId = await Arrange.PlanAsync(admin);
        var labelled = (await JsonAsync(await board.PostJsonAsync($"/api/plans/{planId}/indicators",
            Ratio("RW3", "children seen within 10 working days", "children referred")), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        // A ratio indicator without words keeps working, as existing ones do.
        var plain = (await JsonAsync(await board.PostJsonAsync($"/api/plans/{planId}/indicators", Ratio("RW4", null, null)), HttpStatusCode.Created))
            .GetProperty("id").GetInt64();
        foreach (var (period, top, bottom) in new[] { ("2025-04", 20.0, 24.0), ("2025-05", 22.0, 24.0) })
        {
            var saved = await board.PutJsonAsync($"/api/plans/{planId}/indicator-values/{period}", new
            {
                values = new[]
                {
                    new { indicatorId = labelled, value = Math.Round(top / bottom * 100, 1), numerator = top, denominator = bottom },
                    new { indicatorId = plain, value = Math.Round(top / bottom * 100, 1), numerator = top, denominator = bottom },
                },
            }, null);
            await JsonAsync(saved, HttpStatusCode.OK);
        }
        var scorecard = await JsonAsync(await board.GetAsync($"/api/plans/{planId}/scorecard?asOf=2025-05"), HttpStatusCode.OK);
        var rows = scorecard.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt64());
        var row = rows[labelled];
        Assert.That((Text(row, "numeratorLabel"), Text(row, "denominatorLabel")), Is.EqualTo(("children seen within 10 working days", "children referred")));
        var ytd = row.GetProperty("yearToDate");
        Assert.That((Number(ytd, "value"), Text(ytd, "display"), Number(ytd, "numerator"), Number(ytd, "denominator")),
            Is.EqualTo(((double?)87.5, "87.5%", (double?)42, (double?)48)));
        var series = row.GetProperty("series").EnumerateArray().Select(p => (Text(p, "period"), Number(p, "numerator"), Number(p, "denominator")));
        Assert.That(series, Is.EqualTo(new[] { ("2025-04", (double?)20, (double?)24), ("2025-05", (double?)22, (double?)24) }));
        Assert.That((Text(rows[plain], "numeratorLabel"), Number(rows[plain].GetProperty("yearToDate"), "numerator")), Is.EqualTo(((string?)null, (double?)42)));
    }

    [Test]
    public async Task A_year_to_date_not_by_ratio_gives_no_sums()
    {
        var planId = await Arrange.PlanAsync(admin);
        var id = await ScorecardReadTests.IndicatorAsync(board, planId, "RW5", "percentage", "higher-is-better", "monthly", "average");
        await ScorecardReadTests.ValueAsync(board, planId, "2025-04", id, 80);
        var scorecard = await JsonAsync(await board.GetAsync($"/api/plans/{planId}/scorecard?asOf=2025-04"), HttpStatusCode.OK);
        var ytd = scorecard.GetProperty("indicators")[0].GetProperty("yearToDate");
        Assert.That((Number(ytd, "value"), Number(ytd, "numerator"), Number(ytd, "denominator")), Is.EqualTo(((double?)80, (double?)null, (double?)null)));
    }
}
