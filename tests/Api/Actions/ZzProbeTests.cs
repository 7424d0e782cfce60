using System.Net;

namespace ActionPlanTracker.Tests.Api.Actions;

public sealed class ZzProbeTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Probe");

    [Test]
    public async Task Probe()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var pr = await Arrange.PriorityAsync(client, planId);
        var rec = await Arrange.RecommendationAsync(client, planId);
        var act = await Arrange.ActionAsync(client, planId, recommendationId: rec);
        var m = await Arrange.MeasureAsync(client, planId, act);
        var bodies = new[]
        {
            "{}", "[]", "null", "", "{\"number\":1}", "{\"number\":\"1\",\"title\":\"t\",\"sortOrder\":1.5}",
            "{\"number\":\"9\",\"title\":\"t\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"recommendationId\":99999999999999999999}",
            "{\"number\":\"9\",\"title\":\"t\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"recommendationId\":" + rec + ",\"leadIds\":[0,-1],\"ownerIds\":[-5],\"leadId\":0,\"responsibleOfficerId\":-1}",
            "{\"number\":\"9\",\"title\":\"t\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"priorityId\":-3,\"leadIds\":null,\"ownerIds\":null}",
            "{\"number\":\"9\",\"title\":\"t\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"priorityId\":" + pr + ",\"sortOrder\":2147483648}",
            "{\"number\":\"9\",\"title\":\"t\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"priorityId\":" + pr + ",\"sortOrder\":1000000, \"planId\": 1, \"actionId\": 5}",
            "{\"number\":\"\\u0000\",\"title\":\"\\ud800\",\"text\":\"t\",\"code\":\"Z\",\"description\":\"d\",\"priorityId\":" + pr + "}",
        };
        var urls = new[]
        {
            $"/api/plans/{planId}/priorities", $"/api/plans/{planId}/recommendations", $"/api/plans/{planId}/actions",
            $"/api/plans/{planId}/actions/{act}/measures",
        };
        var items = new[]
        {
            $"/api/plans/{planId}/priorities/{pr}", $"/api/plans/{planId}/recommendations/{rec}", $"/api/plans/{planId}/actions/{act}",
            $"/api/plans/{planId}/actions/{act}/measures/{m}",
        };
        foreach (var url in urls)
        foreach (var body in bodies)
        {
            var r = await client.SendRawAsync(HttpMethod.Post, url, body);
            TestContext.Out.WriteLine($"POST {url} {body} -> {(int)r.StatusCode} {(int)r.StatusCode switch { >= 500 => await r.Content.ReadAsStringAsync(), _ => "" }}");
        }
        foreach (var url in items)
        foreach (var body in bodies)
        {
            var r = await client.SendRawAsync(HttpMethod.Put, url, body, "*");
            TestContext.Out.WriteLine($"PUT {url} {body} -> {(int)r.StatusCode} {(int)r.StatusCode switch { >= 500 => await r.Content.ReadAsStringAsync(), _ => "" }}");
        }
        foreach (var url in new[] { $"/api/plans/99999999999999999999/priorities", $"/api/plans/-1/actions/0", $"/api/plans/{planId}/actions?priorityId=-1",
                     $"/api/plans/{planId}/actions?recommendationId=&priorityId=", "/api/deadlines/understand?text=%00", "/api/deadlines/understand?text=31/02/2018",
                     "/api/deadlines/understand?text=" + Uri.EscapeDataString("99/99/9999 & Sept 0 - Feb 29 2019 ongoing completed monthly review in"),
                     $"/api/plans/{planId}/actions/abc/measures" })
        {
            var r = await client.GetAsync(url);
            TestContext.Out.WriteLine($"GET {url} -> {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
        var stored = await client.GetAsync($"/api/plans/{planId}/priorities");
        TestContext.Out.WriteLine(await stored.Content.ReadAsStringAsync());
    }
}
