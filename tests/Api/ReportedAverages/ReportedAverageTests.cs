using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api.ReportedAverages;

/// <summary>
/// Councils print averages worked out by hand, and the printed figure does not always match the scores beneath it.
/// At RAG 07/26 the known plan scores M1 2, M2 1, M3 3: over items (2 + 1 + 3) / 3 = 2.0; priority 1 is (2 + 1) / 2 = 1.5,
/// priority 2 is 3, so over priorities (1.5 + 3) / 2 = 2.25, printed to one decimal as 2.3.
/// </summary>
public sealed class ReportedAverageTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Performance Officer");

    public sealed record FigureDto(long Id, long ReviewId, long? PriorityId, double Value, string? Source, string RecordedBy, long Version);

    private async Task<JsonNode> ChecksAsync(KnownPlan plan) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary?reviewId={plan.Reviews[0]}"))!["reportedAverages"]!;

    [Test]
    public async Task A_printed_overall_figure_is_matched_to_the_mean_it_was_worked_out_as()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[0]}/reported-averages";
        var created = await client.PostJsonAsync(url, new { value = 2.3, source = "Board report, July 2026" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var figure = await created.ReadAsync<FigureDto>();
        Assert.That((figure.PriorityId, figure.Value, figure.RecordedBy), Is.EqualTo(((long?)null, 2.3, "Performance Officer")));

        var check = (await ChecksAsync(plan))[0]!;
        Assert.That(((string)check["matches"]!, (bool)check["disagrees"]!), Is.EqualTo(("overPriorities", false)));
        Assert.That((string)check["explanation"]!, Is.EqualTo("2.3 agrees with the mean of the priority figures; the mean over scored items is 2.0."));

        var corrected = await client.PutJsonAsync($"{url}/{figure.Id}", new { value = 2.8 }, created.ETag());
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        check = (await ChecksAsync(plan))[0]!;
        Assert.That(((string?)check["matches"], (bool)check["disagrees"]!), Is.EqualTo(((string?)null, true)));
        Assert.That((string)check["explanation"]!, Is.EqualTo("2.8 was printed, but the scores give 2.0 over scored items and 2.3 over priorities."));
    }

    [Test]
    public async Task A_printed_priority_figure_that_disagrees_with_its_scores_is_pointed_out()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[0]}/reported-averages";
        await client.PostJsonAsync(url, new { priorityId = plan.Priority1, value = 2.0 });
        await client.PostJsonAsync(url, new { priorityId = plan.Priority2, value = 3.0 });

        var checks = (await ChecksAsync(plan)).AsArray();
        Assert.That(checks.Select(c => ((string)c!["scope"]!, (bool)c["disagrees"]!)), Is.EqualTo(new[] { ("Priority 1", true), ("Priority 2", false) }));
        Assert.That((string)checks[0]!["explanation"]!, Is.EqualTo("2.0 was printed, but the scores give 1.5."));
    }

    [Test]
    public async Task One_printed_figure_per_scope_and_review()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[0]}/reported-averages";
        await client.PostJsonAsync(url, new { priorityId = plan.Priority1, value = 1.5 });
        var again = await client.PostJsonAsync(url, new { priorityId = plan.Priority1, value = 1.6 });
        Assert.That((await again.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "priorityId" }));

        var other = await KnownPlan.CreateAsync(client);
        var foreign = await client.PostJsonAsync(url, new { priorityId = other.Priority1, value = 1.5 });
        Assert.That((await foreign.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "priorityId" }));

        var missing = await client.PostJsonAsync(url, new { source = "Board report" });
        Assert.That((await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "value" }));

        var list = await (await client.GetAsync(url)).ReadAsync<List<FigureDto>>();
        Assert.That(list.Select(f => (f.PriorityId, f.Value)), Is.EqualTo(new[] { ((long?)plan.Priority1, 1.5) }));
    }

    [Test]
    public async Task Deadlines_that_cannot_be_understood_are_listed_in_the_summary_as_written()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "4");
        await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "B", deadlineText: "when the new system goes live");
        await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "C", deadlineText: "Mar-27");

        var summary = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{planId}/summary"))!;
        var listed = summary["deadlinesNotUnderstood"]!.AsArray();
        Assert.That(listed.Select(d => ((string)d!["reference"]!, (string)d["text"]!)), Is.EqualTo(new[] { ("4 / B", "when the new system goes live") }));
        Assert.That(listed[0]!["problems"]!.AsArray(), Is.Not.Empty);
    }
}
