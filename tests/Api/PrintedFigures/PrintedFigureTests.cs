using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api.PrintedFigures;

/// <summary>
/// Plans print counts at a level ("COMPLETED 6"), percentages and item counts, each claiming something the scores can
/// confirm or not. At RAG 09/26 the known plan scores M1 3 "On track", M2 no score, M3 4 "Complete, monitoring";
/// priority 1 holds M1 and M2, priority 2 holds M3.
/// </summary>
public sealed class PrintedFigureTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Performance Officer", "board");
    private readonly HttpClient admin = TrackerApp.ClientFor("Plan Administrator");

    public sealed record FigureDto(long Id, long PlanId, long? ReviewId, long? PriorityId, string Kind, int? Level, string Label, string ValueText,
        double? Value, string? Claims, string? Source, string RecordedBy, string RecordedAt, long Version);

    private static string Figures(KnownPlan plan) => $"/api/plans/{plan.PlanId}/printed-figures";

    private async Task<FigureDto> RecordAsync(KnownPlan plan, object body)
    {
        var response = await client.PostJsonAsync(Figures(plan), body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<FigureDto>();
    }

    private async Task<JsonArray> ChecksAsync(KnownPlan plan, long reviewId) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary?reviewId={reviewId}"))!["printedFigures"]!.AsArray();

    [Test]
    public async Task Printed_counts_and_percentages_are_checked_against_the_scores_of_their_review()
    {
        var plan = await KnownPlan.CreateAsync(admin);
        var september = plan.Reviews[1];
        await RecordAsync(plan, new { reviewId = september, kind = "countAtLevel", level = 4, label = "COMPLETED", valueText = "1", claims = "measures completed" });
        await RecordAsync(plan, new { reviewId = september, kind = "percentageAtLevel", level = 3, label = "GREEN", valueText = "33%" });
        await RecordAsync(plan, new { reviewId = september, priorityId = plan.Priority1, kind = "scoredItemCount", label = "Measures scored", valueText = "2" });
        await RecordAsync(plan, new { reviewId = september, kind = "itemCount", label = "Success measures", valueText = "3" });
        await RecordAsync(plan, new { reviewId = september, kind = "other", label = "Audits good or better", valueText = "26/36", source = "Board report, p.12" });

        var checks = await ChecksAsync(plan, september);
        Assert.That(checks.Select(c => ((string)c!["scope"]!, (string)c["kind"]!, (string)c["verdict"]!, (double?)c["computed"])), Is.EqualTo(new[]
        {
            ("Whole plan", "countAtLevel", "agrees", (double?)1),
            ("Whole plan", "percentageAtLevel", "disagrees", 50),
            ("Whole plan", "itemCount", "agrees", 3),
            ("Whole plan", "other", "cannotCheck", null),
            ("Priority 1", "scoredItemCount", "disagrees", 1),
        }));
        Assert.That(checks.Select(c => (string)c!["explanation"]!), Is.EqualTo(new[]
        {
            "1 was printed as COMPLETED, and the scores agree (the items in the whole plan at 4 Complete, monitoring).",
            "33% was printed as GREEN, but the scores give 50% (1 of 2 scored items in the whole plan is at 3 On track). "
                + "33% is the share of all 3 items, counting the 1 without a score, which is at no level.",
            "3 were printed as Success measures, and the tracker agrees (the items the plan scores in the whole plan, whatever their score).",
            "\"26/36\" is kept as printed (Board report, p.12); the tracker cannot check this kind of figure against the scores.",
            "2 were printed as Measures scored, but the scores give 1 (the items in priority 1 with a score in this review).",
        }));
        Assert.That((string)checks[0]!["claims"]!, Is.EqualTo("measures completed"));
        Assert.That(await ChecksAsync(plan, plan.Reviews[2]), Is.Empty, "a figure is checked only at the review it was printed for");
    }

    [Test]
    public async Task The_value_is_read_from_the_text_as_printed()
    {
        var plan = await KnownPlan.CreateAsync(admin);
        var percentage = await RecordAsync(plan, new { reviewId = plan.Reviews[2], kind = "percentageAtLevel", level = 2, label = "AMBER", valueText = " 67% " });
        Assert.That((percentage.ValueText, percentage.Value, percentage.RecordedBy), Is.EqualTo(("67%", (double?)67, "Performance Officer")));
        var given = await RecordAsync(plan, new { reviewId = plan.Reviews[2], kind = "countAtLevel", level = 2, label = "AMBER", valueText = "two", value = 2.0 });
        Assert.That((given.ValueText, given.Value), Is.EqualTo(("two", (double?)2)));
        var other = await RecordAsync(plan, new { kind = "other", label = "Recommendations", valueText = "7 (14)" });
        Assert.That((other.Value, other.ReviewId), Is.EqualTo(((double?)null, (long?)null)));

        var unreadable = await client.PostJsonAsync(Figures(plan), new { reviewId = plan.Reviews[2], kind = "countAtLevel", level = 2, label = "AMBER", valueText = "a few" });
        Assert.That((await unreadable.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "valueText" }));

        var checks = await ChecksAsync(plan, plan.Reviews[2]);
        Assert.That(checks.Select(c => ((string)c!["verdict"]!, (string)c["explanation"]!)), Is.EqualTo(new[]
        {
            ("agrees", "67% was printed as AMBER, and the scores agree (2 of 3 scored items in the whole plan are at 2 Started with some delay)."),
            ("agrees", "\"two\" were printed as AMBER, and the scores agree (the items in the whole plan at 2 Started with some delay)."),
        }));
    }

    [Test]
    public async Task A_figure_must_name_a_level_of_the_plans_scale_when_it_counts_one_and_belong_to_the_plan()
    {
        var plan = await KnownPlan.CreateAsync(admin);
        var other = await KnownPlan.CreateAsync(admin);
        async Task<Problem> Refused(object body) => await (await client.PostJsonAsync(Figures(plan), body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.That((await Refused(new { kind = "countAtLevel", label = "COMPLETED", valueText = "6" })).Fields, Is.EqualTo(new[] { "level" }));
        Assert.That((await Refused(new { kind = "itemCount", level = 2, label = "Actions", valueText = "6" })).Fields, Is.EqualTo(new[] { "level" }));
        Assert.That((await Refused(new { kind = "count", label = "Actions", valueText = "6" })).Fields, Is.EqualTo(new[] { "kind" }));
        Assert.That((await Refused(new { kind = "countAtLevel", level = 7, label = "BLUE", valueText = "6" })).ReasonFor("level"),
            Does.StartWith("The plan's scale has no level 7; its levels are 1 Not started or seriously delayed, 2 Started with some delay"));
        Assert.That((await Refused(new { reviewId = other.Reviews[0], kind = "itemCount", label = "Actions", valueText = "6" })).Fields, Is.EqualTo(new[] { "reviewId" }));
        Assert.That((await Refused(new { priorityId = other.Priority1, kind = "itemCount", label = "Actions", valueText = "6" })).Fields, Is.EqualTo(new[] { "priorityId" }));
        Assert.That((await Refused(new { kind = "other", label = " ", valueText = "" })).Fields, Is.EquivalentTo(new[] { "label", "valueText" }));

        Assert.That(await (await client.GetAsync(Figures(plan))).ReadAsync<List<FigureDto>>(), Is.Empty, "nothing was stored");
    }

    [Test]
    public async Task A_correction_needs_the_version_read_and_every_change_is_audited()
    {
        var plan = await KnownPlan.CreateAsync(admin);
        var figure = await RecordAsync(plan, new { reviewId = plan.Reviews[2], kind = "countAtLevel", level = 3, label = "GREEN", valueText = "2" });
        var url = $"{Figures(plan)}/{figure.Id}";
        var corrected = new { reviewId = plan.Reviews[2], kind = "countAtLevel", level = 3, label = "GREEN", valueText = "1", source = "Board report" };

        Assert.That((await (await client.PutJsonAsync(url, corrected, null)).ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var changed = await (await client.PutJsonAsync(url, corrected, (await client.GetAsync(url)).ETag())).ReadAsync<FigureDto>();
        Assert.That((changed.ValueText, changed.Value, changed.Source, changed.Version), Is.EqualTo(("1", (double?)1, "Board report", figure.Version + 1)));
        Assert.That((string)(await ChecksAsync(plan, plan.Reviews[2]))[0]!["verdict"]!, Is.EqualTo("agrees"), "only M1 is at 3 On track in RAG 11/26");

        Assert.That((await client.DeleteAsync(url, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await client.DeleteAsync(url, $"\"{changed.Version}\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await (await client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "printedFigureId" }));
        Assert.That(AuditRows.For("printedFigure", figure.Id).Select(a => (a.Change, a.Actor)), Is.EqualTo(new[]
        {
            ("create", "Performance Officer"), ("update", "Performance Officer"), ("delete", "Performance Officer"),
        }));
    }

    [Test]
    public async Task The_list_can_be_narrowed_to_one_review_and_only_the_board_records_figures()
    {
        var plan = await KnownPlan.CreateAsync(admin);
        var unreviewed = await RecordAsync(plan, new { kind = "other", label = "Children's views gathered", valueText = "120" });
        var november = await RecordAsync(plan, new { reviewId = plan.Reviews[2], priorityId = plan.Priority2, kind = "itemCount", label = "Measures", valueText = "1" });
        var whole = await RecordAsync(plan, new { reviewId = plan.Reviews[2], kind = "itemCount", label = "Measures", valueText = "3" });

        var viewer = TrackerApp.ClientFor("Scrutiny Member", "viewer");
        var all = await (await viewer.GetAsync(Figures(plan))).ReadAsync<List<FigureDto>>();
        Assert.That(all.Select(f => f.Id), Is.EqualTo(new[] { unreviewed.Id, whole.Id, november.Id }), "no review first, then the whole plan before priorities");
        var atNovember = await (await viewer.GetAsync($"{Figures(plan)}?reviewId={plan.Reviews[2]}")).ReadAsync<List<FigureDto>>();
        Assert.That(atNovember.Select(f => f.Id), Is.EqualTo(new[] { whole.Id, november.Id }));
        var foreign = await viewer.GetAsync($"{Figures(plan)}?reviewId={(await KnownPlan.CreateAsync(admin)).Reviews[0]}");
        Assert.That((await foreign.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }));

        var manager = await TrackerApp.ClientFor("Aisha Rahman", "manager").PostJsonAsync(Figures(plan), new { kind = "other", label = "x", valueText = "1" });
        Assert.That(manager.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
