using System.Net;
using ActionPlanTracker.Tests.Api;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Plans in the shapes real sources print (issue 10), arranged through the API for the grid and dashboard tests.
///
/// <see cref="InspectionPlanAsync"/>: a recommendation plan on the RAG words scale (4 Completed means complete) whose
/// people columns are headed "Assigned lead" and "Responsible officer", with two reviews (Sept 16, Nov 16):
///   1  addressed to the local authority, lead Dana, deadline "01/02/2027" (day or month first?); Amber then Amber, and
///      the source printed "Improving" at Nov 16, which the scores contradict (maintained). Its one action has no
///      printed letter and names nobody: it takes Dana and the deadline from recommendation 1.
///   2  addressed to the safeguarding partnership, lead "Head of Service" (a person named by role only); Red then Amber.
///   3  addressed to the local authority; Green then Completed, copied from "Board report, November 2016" (complete as
///      printed, never signed off in the tracker).
///   The board report printed 3.0 as the whole plan's average at Nov 16; the scores give 2.7 (Amber 2, Amber 2, Completed 4).
///
/// <see cref="UnstatedScalePlanAsync"/>: a plan on a 1 to 3 scale whose source never said which end is better, its
/// levels labelled only by their numbers and given no colour; one recommendation went 1 then 2, and the source printed
/// "Improving" beside it.
/// </summary>
public static class WidenedPlanArrange
{
    public static async Task<InspectionPlan> InspectionPlanAsync()
    {
        var admin = TrackerApp.ClientFor("Widened Plan Arranger");
        var dana = await Arrange.PersonAsync("Dana Whitfield", "Head of Service");
        var headOfService = await CreatedAsync(admin, "/api/people", new { name = (string?)null, jobTitle = "Head of Service" });
        var planId = await CreatedAsync(admin, "/api/plans", new
        {
            title = $"Youth justice inspection plan {Guid.NewGuid().ToString("N")[..6]}",
            sourceType = "HMIP youth justice inspection",
            status = "active",
            scaleId = 3,
            groupedByPriority = false,
            scoreLevel = "recommendation",
            leadHeading = "Assigned lead",
            ownerHeading = "Responsible officer",
        });
        var r1 = await CreatedAsync(admin, $"/api/plans/{planId}/recommendations", new
        {
            number = "1", text = "Improve the quality of assessments.", leadIds = new[] { dana }, deadlineText = "01/02/2027",
            addressees = new[] { "the local authority" },
        });
        var action = await CreatedAsync(admin, $"/api/plans/{planId}/actions", new
        {
            recommendationId = r1, code = (string?)null, description = "Audit twenty assessments a month.", leadIds = Array.Empty<long>(), ownerIds = Array.Empty<long>(),
        });
        var r2 = await CreatedAsync(admin, $"/api/plans/{planId}/recommendations", new
        {
            number = "2", text = "Agree a joint protocol with the police.", leadIds = new[] { headOfService },
            addressees = new[] { "the safeguarding partnership" },
        });
        var r3 = await CreatedAsync(admin, $"/api/plans/{planId}/recommendations", new
        {
            number = "3", text = "Publish the out-of-court disposal policy.", addressees = new[] { "the local authority" },
        });
        var september = await CreatedAsync(admin, $"/api/plans/{planId}/reviews", new { label = "Update Sept 16", reviewDate = "2016-09-30" });
        var november = await CreatedAsync(admin, $"/api/plans/{planId}/reviews", new { label = "Update Nov 16", reviewDate = "2016-11-30" });

        await ScoreAsync(admin, planId, september, r1, new { level = 2, narrative = "Audit tool agreed." });
        await ScoreAsync(admin, planId, november, r1, new { level = 2, narrative = "First audits done.", printedDirection = "improving", printedDirectionText = "Improving" });
        await ScoreAsync(admin, planId, september, r2, new { level = 1, narrative = "Not started." });
        await ScoreAsync(admin, planId, november, r2, new { level = 2, narrative = "Draft protocol shared." });
        await ScoreAsync(admin, planId, september, r3, new { level = 3, narrative = "Drafted." });
        await ScoreAsync(admin, planId, november, r3, new { level = 4, narrative = "Published.", sourceDocument = "Board report, November 2016" });

        var printed = await admin.PostJsonAsync($"/api/plans/{planId}/reviews/{november}/reported-averages",
            new { priorityId = (long?)null, value = 3.0, source = "Board report, November 2016" });
        Assert.That(printed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await printed.Content.ReadAsStringAsync());
        return new InspectionPlan(planId, r1, action, r2, r3, september, november);
    }

    public static async Task<UnstatedScalePlan> UnstatedScalePlanAsync()
    {
        var admin = TrackerApp.ClientFor("Widened Plan Arranger");
        var scaleId = await CreatedAsync(admin, "/api/scales", new
        {
            name = $"Score 1 to 3, direction not stated {Guid.NewGuid().ToString("N")[..6]}",
            directionNotStated = true,
            levels = new[]
            {
                new { value = 1, label = "1", meaning = (string?)null, colour = (string?)null, meansComplete = false },
                new { value = 2, label = "2", meaning = (string?)null, colour = (string?)null, meansComplete = false },
                new { value = 3, label = "3", meaning = (string?)null, colour = (string?)null, meansComplete = false },
            },
        });
        var planId = await CreatedAsync(admin, "/api/plans", new
        {
            title = $"Peer review plan {Guid.NewGuid().ToString("N")[..6]}", sourceType = "SEND peer review", status = "active", scaleId,
            groupedByPriority = false, scoreLevel = "recommendation",
        });
        var r1 = await CreatedAsync(admin, $"/api/plans/{planId}/recommendations", new { number = "1", text = "Join up the local offer." });
        var first = await CreatedAsync(admin, $"/api/plans/{planId}/reviews", new { label = "RAG 01/18", reviewDate = (string?)null });
        var second = await CreatedAsync(admin, $"/api/plans/{planId}/reviews", new { label = "RAG 03/18", reviewDate = (string?)null });
        await ScoreAsync(admin, planId, first, r1, new { level = 1, narrative = "Scoping." });
        await ScoreAsync(admin, planId, second, r1, new { level = 2, narrative = "Website drafted.", printedDirection = "improving", printedDirectionText = "up" });
        return new UnstatedScalePlan(planId, r1, first, second);
    }

    private static async Task ScoreAsync(HttpClient admin, long planId, long reviewId, long recommendationId, object body)
    {
        var saved = await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}", body, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    private static async Task<long> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadAsync<Created>()).Id;
    }

    private sealed record Created(long Id);
}

public sealed record InspectionPlan(long PlanId, long R1, long UnnumberedAction, long R2, long R3, long September, long November);

public sealed record UnstatedScalePlan(long PlanId, long R1, long First, long Second);
