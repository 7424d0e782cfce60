using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Tests.Api.Demo;

/// <summary>
/// The demo plans, seen as a first-time user sees them: a tracker of its own, started with seeding on over an empty database,
/// read only through the API. "Today" is the suite's fixed Monday, so the overdue and due-soon figures are repeatable.
/// </summary>
public sealed class DemoDataTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tracker-demo-" + Guid.NewGuid().ToString("N")[..8]);
    private TrackerFactory? tracker;
    private HttpClient? viewer;

    /// <summary>The demo's scrutiny member, signed in with the credentials the README gives: reading is all these tests do.</summary>
    private HttpClient Client => viewer ??= TrackerApp.BrowserSignedInAsync(
        tracker ?? throw new InvalidOperationException("The demo tracker has not started."),
        "viewer@demo.example", "northmoor-demo-2026").GetAwaiter().GetResult();

    [OneTimeSetUp]
    public void Start()
    {
        Directory.CreateDirectory(folder);
        tracker = StartDemo();
    }

    /// <summary>A tracker of its own, on this fixture's folder (kept across a restart), with demo seeding on.</summary>
    private TrackerFactory StartDemo()
    {
        viewer = null;
        var started = new TrackerFactory(folder, seedDemoData: true);
        started.UseKestrel(0);
        started.StartServer();
        return started;
    }

    [OneTimeTearDown]
    public void Stop()
    {
        tracker?.Dispose();
        tracker = null;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Test]
    public async Task An_empty_tracker_starts_with_an_inspection_plan_and_a_development_plan()
    {
        var plans = await (await Client.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();

        Assert.That(plans, Has.Count.EqualTo(2));
        var inspection = plans.Single(p => p.ScoreLevel == "recommendation");
        var development = plans.Single(p => p.ScoreLevel == "measure");
        Assert.Multiple(() =>
        {
            Assert.That(inspection.SourceType, Is.EqualTo("Ofsted ILACS inspection"));
            Assert.That(inspection.ScaleId, Is.EqualTo(2));
            Assert.That(inspection.GroupedByPriority, Is.False);
            Assert.That(inspection.OverallJudgement, Is.EqualTo("Requires improvement to be good"));
            Assert.That(inspection.Status, Is.EqualTo("active"));
            Assert.That(development.SourceType, Is.EqualTo("Children's services development plan (post-inspection)"));
            Assert.That(development.ScaleId, Is.EqualTo(1));
            Assert.That(development.GroupedByPriority, Is.True);
            Assert.That(development.Status, Is.EqualTo("active"));
        });
    }

    [Test]
    public async Task The_inspection_plan_lists_recommendations_with_lettered_actions_across_three_monthly_reviews()
    {
        var grid = await GridAsync("recommendation");

        var recommendations = grid.Items.Where(i => i.Kind == "recommendation").ToList();
        Assert.That(recommendations, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(grid.Items.All(i => i.Kind == "recommendation"), "An ungrouped plan has recommendations at the top.");
        Assert.That(recommendations.Select(r => r.Number), Does.Contain("7 (14)"));
        Assert.That(recommendations.All(r => r.IsScored && r.Leads.Count is 1 or 2 && r.JudgementArea is not null));
        Assert.That(recommendations.All(r => r.Children.Count is >= 2 and <= 4 && r.Children.All(c => c.Kind == "action")));
        Assert.That(recommendations.SelectMany(r => r.Children.Select(c => c.Number)).Distinct(), Is.SupersetOf(new[] { "A", "B", "C" }));
        Assert.That(recommendations.SelectMany(r => r.Children).All(a => a.Owners.Count > 0 && a.Leads.Count == 1));

        Assert.That(grid.Reviews, Has.Count.EqualTo(3));
        Assert.That(grid.Reviews.Select(r => r.Status), Is.EqualTo(new[] { "closed", "closed", "open" }));
        Assert.That(grid.Reviews.Select(r => r.Label), Has.All.Match(@"^Update [A-Z][a-z]+ \d\d$"));
        Assert.That(grid.Reviews[^1].ReviewDate, Is.InRange(TrackerApp.Today.AddDays(-14), TrackerApp.Today));

        // Placed relative to today, so whenever the demo runs the board sees work overdue, due soon and still ahead.
        var actionStatuses = recommendations.SelectMany(r => r.Children).Select(a => a.DeadlineStatus).ToList();
        Assert.That(actionStatuses, Is.SupersetOf(new[] { "overdue", "dueSoon", "notDue", "ongoing", "completed", "noDate" }));
    }

    [Test]
    public async Task The_development_plan_groups_actions_and_scored_measures_under_priorities()
    {
        var grid = await GridAsync("measure");

        Assert.That(grid.Items, Has.Count.InRange(5, 6));
        Assert.That(grid.Items.All(i => i.Kind == "priority" && i.OutcomeStatement is not null && !i.IsScored));
        var actions = grid.Items.SelectMany(p => p.Children).ToList();
        Assert.That(actions.All(a => a.Kind == "action" && a.Children.Count is 1 or 2 && a.Owners.Count > 0));
        Assert.That(actions.Select(a => a.SourceReference), Does.Contain("Ofsted rec 3"));
        var measures = actions.SelectMany(a => a.Children).ToList();
        Assert.That(measures.All(m => m.Kind == "measure" && m.IsScored));
        Assert.That(measures.Any(m => m.Scores.Count < grid.Reviews.Count), "A measure added later has no row in the early reviews.");

        Assert.That(grid.Reviews, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(grid.Reviews[0].Label, Is.EqualTo("RAG initial"));
        Assert.That(grid.Reviews.Skip(1).Select(r => r.Label), Has.All.Match(@"^RAG \d\d/\d\d$"));
        Assert.That(grid.Reviews.Count(r => r.Status == "open"), Is.EqualTo(1));
        Assert.That(grid.Reviews[^1].Status, Is.EqualTo("open"));
    }

    [Test]
    public async Task The_development_plan_summary_shows_what_is_overdue_complete_stale_and_moving()
    {
        var summary = await SummaryAsync("measure");

        Assert.That(summary.Overdue, Is.Not.Empty);
        Assert.That(summary.Overdue.Any(i => i.Level is 1 or 2), "An overdue action's measures are still at 1 or 2.");
        Assert.That(summary.LevelCounts.Where(l => l.Value is 4 or 5).Sum(l => l.Count), Is.GreaterThan(0));
        Assert.That(summary.NoScoreCount > 0 || summary.Stale.Count > 0, "Something has no score or a stale update.");
        Assert.That(summary.Averages.Priorities, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(summary.Averages.Priorities.Any(p => p.Figure.Previous is not null && p.Figure.Previous != p.Figure.Current),
            "Some priority's average moved between the last two reviews.");
        Assert.That(summary.Averages.OverPriorities, Is.Not.Null);
        Assert.That(summary.AwaitingSignOff.Select(i => i.Level), Is.EqualTo(new int?[] { 4 }), "one claim of completion waits for the board");
    }

    [Test]
    public async Task The_inspection_plan_summary_flags_the_one_override_that_contradicts_the_scores()
    {
        var summary = await SummaryAsync("recommendation");

        Assert.That(summary.ContradictingOverrides, Has.Count.EqualTo(1));
        var contradicted = summary.ContradictingOverrides[0];
        Assert.Multiple(() =>
        {
            Assert.That(contradicted.Direction, Is.EqualTo("maintained"));
            Assert.That(contradicted.DirectionOverride, Is.EqualTo("improving"));
            Assert.That(contradicted.DirectionOverrideReason, Is.Not.Empty);
            Assert.That(summary.Declining, Has.Count.EqualTo(1));
            Assert.That(summary.NoScoreCount, Is.EqualTo(1));
            Assert.That(summary.Stale.SelectMany(s => s.StaleReasons), Does.Contain("updateCopiedForward"));
        });
    }

    [Test]
    public async Task The_inspection_plan_has_a_scorecard_in_the_shapes_real_indicator_tables_have()
    {
        var plans = await (await Client.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();
        var inspection = plans.Single(p => p.ScoreLevel == "recommendation");
        var indicators = await (await Client.GetAsync($"/api/plans/{inspection.Id}/indicators")).ReadAsync<List<Scorecard.IndicatorDto>>();
        Assert.That(indicators.Select(i => (i.Reference, i.Unit, i.Polarity, i.Frequency)), Is.EqualTo(new[]
        {
            ("CP1", "percentage", "higher-is-better", "monthly"), ("LAC3", "number", "lower-is-better", "monthly"),
            ("CIN1", "rate-per-10000", "lower-is-better", "quarterly"), ("CON1", "number", "neither", "monthly"),
        }));
        Assert.That(indicators[0].Years.Single().TargetText, Is.EqualTo("Increase from 80% to 100%"));
        Assert.That(indicators[2].Comparators.Single().Kind, Is.EqualTo("statistical-neighbours"));
        Assert.That(indicators[3].Years.Single().Target, Is.Null, "a contextual indicator has no target");
        var values = await (await Client.GetAsync($"/api/plans/{inspection.Id}/indicators/{indicators[0].Id}/values")).ReadAsync<List<Scorecard.ValueDto>>();
        Assert.That(values.TakeLast(2).Select(v => (v.State, v.Value)), Is.EqualTo(new[] { ("being-collated", (double?)null), ("being-collated", (double?)null) }),
            "the sheet's placeholder 0 and the latest month are held as being collated, never as numbers");
        Assert.That(values.SkipLast(2).All(v => v is { State: "value", Value: not null }));
        // CP1's year to date is a ratio: each month is entered as its two counts, and the percentage agrees with them.
        Assert.That(indicators[0].YtdRule, Is.EqualTo("ratio"));
        Assert.That(values.SkipLast(2).All(v => v is { Numerator: not null, Denominator: > 0 }
            && Math.Abs(v.Value!.Value - Math.Round(v.Numerator.Value / v.Denominator.Value * 100, 1)) < 1e-9));
        var scorecard = System.Text.Json.Nodes.JsonNode.Parse(await Client.GetStringAsync($"/api/plans/{inspection.Id}/scorecard"))!;
        var cp1 = scorecard["indicators"]!.AsArray().Single(i => (string?)i!["reference"] == "CP1")!;
        Assert.That((string?)cp1["numeratorLabel"], Is.EqualTo("plans reviewed within timescales"));
        Assert.That(cp1["yearToDate"]?["value"], Is.Not.Null, "the year to date is worked out from the counts");
    }

    [Test]
    public async Task Restarting_on_the_same_database_does_not_seed_the_demo_twice()
    {
        tracker!.Dispose();
        tracker = StartDemo();

        var plans = await (await Client.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();

        Assert.That(plans, Has.Count.EqualTo(2));
    }

    private async Task<GridDto> GridAsync(string scoreLevel)
    {
        var plans = await (await Client.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();
        var plan = plans.Single(p => p.ScoreLevel == scoreLevel);
        // The grid is sent small (people by id, older scores as arrays): read it whole, as the web app does.
        var grid = await Grid.GridJson.ReadAsync(Client, $"/api/plans/{plan.Id}/grid");
        return System.Text.Json.JsonSerializer.Deserialize<GridDto>(grid, Http.Json)!;
    }

    private async Task<SummaryDto> SummaryAsync(string scoreLevel)
    {
        var plans = await (await Client.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();
        var plan = plans.Single(p => p.ScoreLevel == scoreLevel);
        return await (await Client.GetAsync($"/api/plans/{plan.Id}/summary")).ReadAsync<SummaryDto>();
    }

    private sealed record PlanDto(long Id, string Title, string SourceType, string? OverallJudgement, string Status, long ScaleId,
        bool GroupedByPriority, string ScoreLevel);

    private sealed record GridDto(List<ReviewDto> Reviews, List<ItemDto> Items);

    private sealed record ReviewDto(long Id, string Label, DateOnly ReviewDate, string Status);

    private sealed record PersonDto(long Id, string Name);

    private sealed record ScoreDto(long ReviewId, int? Level);

    private sealed record ItemDto(string Kind, long Id, string Number, string Text, string? OutcomeStatement, string? JudgementArea,
        string? SourceReference, List<PersonDto> Leads, List<PersonDto> Owners, string? DeadlineStatus,
        bool IsScored, List<ScoreDto> Scores, List<ItemDto> Children);

    private sealed record SummaryDto(int NoScoreCount, List<LevelCountDto> LevelCounts, AveragesDto Averages, List<SummaryItemDto> Overdue,
        List<SummaryItemDto> Stale, List<SummaryItemDto> Declining, List<SummaryItemDto> ContradictingOverrides,
        List<SummaryItemDto> AwaitingSignOff);

    private sealed record LevelCountDto(int Value, int Count);

    private sealed record AveragesDto(FigureDto OverItems, FigureDto? OverPriorities, List<PriorityAverageDto> Priorities);

    private sealed record FigureDto(double? Previous, double? Current);

    private sealed record PriorityAverageDto(string Number, FigureDto Figure);

    private sealed record SummaryItemDto(string Reference, int? Level, string? Direction, string? DirectionOverride,
        string? DirectionOverrideReason, List<string> StaleReasons);
}
