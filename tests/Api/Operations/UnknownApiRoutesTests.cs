using System.Net;
using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Issue 13: an /api address no endpoint answers is a problem in the same shape as every other error, whatever the
/// method; a known path with a method it does not take is a 405 problem with an Allow header.
/// </summary>
public sealed class UnknownApiRoutesTests
{
    private static readonly HttpClient Client = TrackerApp.ClientFor("Unknown Routes");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> Keys(JsonElement problem) => problem.EnumerateObject().Select(p => p.Name).Order().ToList();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return await client.SendAsync(request);
    }

    [TestCase("GET")]
    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    public async Task An_unknown_api_path_is_a_404_problem_shaped_like_an_endpoints_own_404(string method)
    {
        // An endpoint's own 404 (an unknown plan) and an authentication 401 are the shapes to match.
        var endpoints = await ProblemAsync(await Client.GetAsync("/api/plans/987654321"), HttpStatusCode.NotFound);
        var unauthorised = await ProblemAsync(await TrackerApp.Anonymous().GetAsync("/api/plans"), HttpStatusCode.Unauthorized);

        foreach (var client in new[] { Client, TrackerApp.Anonymous() })
        {
            var problem = await ProblemAsync(await SendAsync(client, method, "/api/no-such-thing/42"), HttpStatusCode.NotFound);

            Assert.That(Keys(problem), Is.EqualTo(Keys(endpoints)));
            Assert.That(Keys(problem), Is.EqualTo(Keys(unauthorised)));
            Assert.That(Keys(problem), Is.SupersetOf(new[] { "type", "title", "status", "detail", "instance", "traceId", "errors" }));
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo(endpoints.GetProperty("type").GetString()));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Not Found"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(404));
            Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo("/api/no-such-thing/42"));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("There is no API endpoint at /api/no-such-thing/42."));
            Assert.That(problem.GetProperty("errors")[0].GetProperty("name").GetString(), Is.EqualTo("path"));
            // The same kind of trace id as the endpoint's own problems: the request's, by which the logs find it.
            Assert.That(problem.GetProperty("traceId").GetString(), Does.Contain(':'));
        }
    }

    [TestCase("PATCH", "/api/plans", "GET, POST")]
    [TestCase("DELETE", "/api/plans", "GET, POST")]
    [TestCase("POST", "/api/plans/987654321", "GET, PUT, DELETE")]
    [TestCase("PATCH", "/api/plans/987654321", "GET, PUT, DELETE")]
    [TestCase("PUT", "/api/about", "GET")]
    [TestCase("DELETE", "/api/about", "GET")]
    public async Task A_known_path_with_a_method_it_does_not_take_is_a_405_problem_with_allow(string method, string path, string allow)
    {
        var endpoints = await ProblemAsync(await Client.GetAsync("/api/plans/987654321"), HttpStatusCode.NotFound);

        var response = await SendAsync(Client, method, path);
        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);

        Assert.That(string.Join(", ", response.Content.Headers.Allow), Is.EqualTo(allow));
        Assert.That(Keys(problem), Is.EqualTo(Keys(endpoints)));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Method Not Allowed"));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(405));
        Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo(path));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo($"{path} does not accept {method}. It accepts {allow}."));
        Assert.That(problem.GetProperty("errors")[0].GetProperty("name").GetString(), Is.EqualTo("method"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task The_methods_a_path_takes_still_reach_their_endpoints()
    {
        Assert.That((await Client.GetAsync("/api/about")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
