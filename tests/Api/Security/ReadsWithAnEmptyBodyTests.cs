using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionPlanTracker.Tests.Api.Security;

/// <summary>
/// Some clients send <c>Content-Type: application/json</c> on every request, reads included, with no body. A read must
/// answer exactly as it would without the header. And a read's 500 must not claim that a change was not saved.
/// </summary>
public sealed class ReadsWithAnEmptyBodyTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Empty Body Administrator");

    [Test]
    public async Task Every_GET_in_the_API_document_answers_the_same_with_an_empty_JSON_body_as_without()
    {
        var planId = await Arrange.PlanAsync(client, title: "Empty body reads plan");
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var review = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" });
        var reviewId = (await review.ReadAsync<Created>()).Id;
        var values = new Dictionary<string, string>
        {
            ["planId"] = $"{planId}", ["recommendationId"] = $"{recommendationId}", ["itemId"] = $"{recommendationId}", ["reviewId"] = $"{reviewId}",
            ["kind"] = "recommendation", ["itemType"] = "recommendations", ["entityType"] = "plan", ["entityId"] = $"{planId}",
        };

        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var routes = document["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key).ToList();
        Assert.That(routes, Has.Count.GreaterThan(40), "the document lists the API's reads");

        var differences = new List<string>();
        foreach (var route in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)\}", m => values.GetValueOrDefault(m.Groups[1].Value, "1"));
            if (route == "/api/deadlines/understand") url += "?text=Dec%2026";

            var plain = await client.GetAsync(url);
            using var withHeader = new HttpRequestMessage(HttpMethod.Get, url) { Content = new ByteArrayContent([]) };
            withHeader.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var empty = await client.SendAsync(withHeader);

            if (empty.StatusCode != plain.StatusCode)
                differences.Add($"{url}: {(int)plain.StatusCode} without the header, {(int)empty.StatusCode} with it: {await empty.Content.ReadAsStringAsync()}");
        }

        Assert.That(differences, Is.Empty);
    }

    [TestCase("GET", "The tracker could not answer")]
    [TestCase("HEAD", "The tracker could not answer")]
    [TestCase("POST", "The change was not saved")]
    [TestCase("PUT", "The change was not saved")]
    [TestCase("DELETE", "The change was not saved")]
    public async Task A_server_error_says_what_it_means_for_a_read_and_for_a_change(string method, string expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = "/api/plans/1/grid";
        http.Response.Body = new MemoryStream();

        var handled = await new ConstraintViolationHandler(NullLogger<ConstraintViolationHandler>.Instance)
            .TryHandleAsync(http, new InvalidOperationException("a bug"), CancellationToken.None);

        Assert.That((handled, http.Response.StatusCode), Is.EqualTo((true, 500)));
        http.Response.Body.Position = 0;
        var problem = JsonNode.Parse(http.Response.Body)!;
        var detail = problem["detail"]!.GetValue<string>();
        Assert.That(detail, Does.Contain(expected));
        if (method is "GET" or "HEAD")
            Assert.That(detail, Does.Not.Contain("not saved").And.Contain("nothing was changed"));
        Assert.That(problem["errors"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo(detail));
    }

    private sealed record Created(long Id);
}
