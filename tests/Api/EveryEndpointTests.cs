using System.Net;
using System.Reflection;
using System.Text.Json;
using FastEndpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Tests.Api;

/// <summary>
/// Bad input for every endpoint the app maps, found from its endpoint data source, so a new endpoint is covered the
/// moment it exists: malformed JSON, wrong-typed fields, oversized strings and unknown ids must each get a 4xx problem,
/// never a 5xx or an HTML page.
/// </summary>
public sealed class EveryEndpointTests
{
    private static readonly HttpClient TokenClient = TrackerApp.ClientFor("Bad Input");

    /// <summary>Routes that refuse API tokens (issue 13: only a signed-in person mints tokens): called with a cookie session.</summary>
    private static readonly HashSet<string> SessionOnly = ["POST /api/tokens"];

    private static readonly Lazy<Task<HttpClient>> SessionClient = new(() => TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword));

    private static async Task<HttpClient> ClientFor(Route route) => SessionOnly.Contains(route.ToString()) ? await SessionClient.Value : TokenClient;

    public sealed record Route(string Method, string Template, Type? RequestType, bool WithoutIfMatch = false)
    {
        public override string ToString() => $"{Method} {Template}";

        public string WithUnknownIds() => string.Join('/', Template.Split('/').Select(segment =>
            segment.StartsWith('{')
                ? (segment.Contains("itemType", StringComparison.OrdinalIgnoreCase) ? "recommendations" : "987654") + segment[(segment.IndexOf('}') + 1)..]
                : segment));

        /// <summary>Body properties: the request type's public properties that are not bound from the route or query.</summary>
        public IReadOnlyList<PropertyInfo> BodyProperties => RequestType is null || RequestType == typeof(EmptyRequest) ? [] :
            RequestType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<RouteParamAttribute>() is null && p.GetCustomAttribute<QueryParamAttribute>() is null)
                .Where(p => !Template.Contains("{" + char.ToLowerInvariant(p.Name[0]) + p.Name[1..] + "}", StringComparison.Ordinal))
                .ToList();
    }

    public static IEnumerable<Route> Routes()
    {
        var sources = TrackerApp.Factory.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var definition = endpoint.Metadata.GetMetadata<EndpointDefinition>();
            if (definition is null) continue;
            foreach (var verb in definition.Verbs)
                yield return new Route(verb, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), definition.ReqDtoType,
                    endpoint.Metadata.GetMetadata<ActionPlanTracker.OpenApi.WithoutIfMatch>() is not null);
        }
    }

    public static IEnumerable<Route> WriteRoutes() => Routes().Where(r => r.Method is "POST" or "PUT");

    [Test]
    public void The_app_maps_the_endpoints_these_tests_walk_through()
    {
        var routes = Routes().ToList();
        Assert.That(routes.Select(r => r.ToString()), Does.Contain("PUT /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}"));
        Assert.That(routes, Has.Count.GreaterThan(30));
    }

    [Test]
    public async Task Unknown_ids_get_a_problem_not_a_server_error()
    {
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => r.Template.Contains('{')))
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.WithUnknownIds());
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            if (route.Method is "POST" or "PUT")
                request.Content = new StringContent(ValidLookingBody(route), System.Text.Encoding.UTF8, "application/json");
            var response = await (await ClientFor(route)).SendAsync(request);
            await Expect4xxProblem(route, response, null, failures);
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public async Task Malformed_json_gets_a_400_problem()
    {
        var failures = new List<string>();
        foreach (var route in WriteRoutes())
        {
            var response = await (await ClientFor(route)).SendRawAsync(new HttpMethod(route.Method), route.WithUnknownIds(), "{\"title\": \"unterminated");
            await Expect4xxProblem(route, response, HttpStatusCode.BadRequest, failures);
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public async Task Wrong_typed_fields_get_a_400_problem()
    {
        var failures = new List<string>();
        foreach (var route in WriteRoutes().Where(r => r.BodyProperties.Count > 0))
        {
            // An object where every field expects a string, number, date or list.
            var body = "{" + string.Join(",", route.BodyProperties.Select(p => $"\"{Camel(p.Name)}\": {{\"nested\": true}}")) + "}";
            var response = await (await ClientFor(route)).SendRawAsync(new HttpMethod(route.Method), route.WithUnknownIds(), body);
            await Expect4xxProblem(route, response, HttpStatusCode.BadRequest, failures);
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    /// <summary>
    /// Fields whose text is a whole document rather than a value: pasted cells are a plan copied from Excel, limited by
    /// the upload's own size (ReadingLimits.MaxFileBytes), not by the length of a name or a note.
    /// </summary>
    private static readonly HashSet<(string Route, string Field)> DocumentFields = [("POST /api/imports/paste", "Text")];

    [Test]
    public async Task Oversized_text_in_every_field_is_refused_by_name()
    {
        var failures = new List<string>();
        var huge = new string('x', 20_001);
        foreach (var route in WriteRoutes())
        {
            var strings = route.BodyProperties.Where(p => p.PropertyType == typeof(string) && !DocumentFields.Contains((route.ToString(), p.Name))).ToList();
            if (strings.Count == 0) continue;
            var body = JsonSerializer.Serialize(strings.ToDictionary(p => Camel(p.Name), _ => huge));
            var response = await (await ClientFor(route)).SendRawAsync(new HttpMethod(route.Method), route.WithUnknownIds(), body);
            var problem = await Expect4xxProblem(route, response, HttpStatusCode.BadRequest, failures);
            if (problem is null) continue;
            foreach (var property in strings.Where(p => !problem.Fields.Contains(Camel(p.Name), StringComparer.OrdinalIgnoreCase)))
                failures.Add($"{route}: {property.Name} accepted 20,001 characters (errors named {string.Join(", ", problem.Fields)})");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    private static async Task<Problem?> Expect4xxProblem(Route route, HttpResponseMessage response, HttpStatusCode? expected, List<string> failures)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (expected is { } e ? response.StatusCode != e : status is < 400 or > 499)
        {
            failures.Add($"{route}: {status} {Truncate(text)}");
            return null;
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{route}: {status} with {response.Content.Headers.ContentType} instead of problem details");
            return null;
        }
        return JsonSerializer.Deserialize<Problem>(text, Http.Json);
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "..." : text;

    private static string ValidLookingBody(Route route) =>
        JsonSerializer.Serialize(route.BodyProperties.ToDictionary(p => Camel(p.Name), p => SampleValue(p.PropertyType)));

    private static object? SampleValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "x";
        if (type == typeof(bool)) return false;
        if (type == typeof(int) || type == typeof(long)) return 1;
        if (type == typeof(DateOnly)) return "2026-01-31";
        if (type.IsAssignableTo(typeof(System.Collections.IEnumerable))) return Array.Empty<object>();
        return null;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
