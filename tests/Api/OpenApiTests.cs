using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api;

/// <summary>
/// The OpenAPI document is how integrators and the SPA's types learn the API, so it must describe every endpoint the app
/// really maps, and the committed copy in docs/openapi.json must not drift from it unnoticed.
/// </summary>
public sealed class OpenApiTests
{
    private static readonly HttpClient Client = TrackerApp.ClientFor();

    private static async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;

    [Test]
    public async Task Every_endpoint_is_documented_with_its_parameters_summary_and_errors()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();
        var failures = new List<string>();
        foreach (var route in EveryEndpointTests.Routes())
        {
            var operation = paths[route.Template]?[route.Method.ToLowerInvariant()];
            if (operation is null) { failures.Add($"{route}: missing"); continue; }

            var parameters = operation["parameters"]?.AsArray().Select(p => ((string)p!["in"]!, (string)p["name"]!)).ToList() ?? [];
            foreach (var name in route.Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')))
                if (!parameters.Contains(("path", name))) failures.Add($"{route}: path parameter {name} missing");
            if (route.Method is "PUT" or "DELETE" && !route.WithoutIfMatch && !parameters.Contains(("header", "If-Match")))
                failures.Add($"{route}: If-Match header not documented");
            if (route.WithoutIfMatch && parameters.Contains(("header", "If-Match")))
                failures.Add($"{route}: documents an If-Match header it ignores");

            if (string.IsNullOrWhiteSpace((string?)operation["summary"])) failures.Add($"{route}: no summary");
            var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            if (!responses.Any(r => r.StartsWith('2'))) failures.Add($"{route}: no success response");
            if (route.Template.Contains('{') && !responses.Contains("404")) failures.Add($"{route}: 404 not documented");
            if (route.Method is "POST" or "PUT" && !responses.Contains("400")) failures.Add($"{route}: 400 not documented");

            var hasBody = operation["requestBody"] is not null;
            if (route.Method is "GET" or "DELETE" && hasBody) failures.Add($"{route}: documents a body it cannot have");
            if (route.Method is "POST" or "PUT" && route.BodyProperties.Count > 0 && !hasBody) failures.Add($"{route}: request body missing");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public async Task Route_ids_are_not_repeated_as_body_properties()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var update = schemas.First(s => s.Key.EndsWith("UpdatePlanRequest", StringComparison.Ordinal)).Value!;
        Assert.That(update["properties"]!.AsObject().Select(p => p.Key), Does.Contain("title").And.Not.Contain("planId"));
    }

    /// <summary>
    /// The document says every property of a successful response is always there (ResponsePropertiesRequired), and the
    /// SPA's types are generated from it, so real responses are walked against their schemas: a property the server
    /// leaves out, or one it sends that the document does not know, fails here rather than in a browser.
    /// </summary>
    [Test]
    public async Task Real_responses_carry_exactly_the_properties_their_schemas_require()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var plan = await KnownPlan.CreateAsync(Client);
        var failures = new List<string>();
        foreach (var (template, url) in new[]
                 {
                     ("/api/plans", "/api/plans"),
                     ("/api/plans/{planId}", $"/api/plans/{plan.PlanId}"),
                     ("/api/plans/{planId}/grid", $"/api/plans/{plan.PlanId}/grid"),
                     ("/api/plans/{planId}/summary", $"/api/plans/{plan.PlanId}/summary"),
                     ("/api/plans/{planId}/reviews", $"/api/plans/{plan.PlanId}/reviews"),
                     ("/api/plans/{planId}/recommendations", $"/api/plans/{plan.PlanId}/recommendations"),
                     ("/api/plans/{planId}/actions", $"/api/plans/{plan.PlanId}/actions"),
                     ("/api/plans/{planId}/audit", $"/api/plans/{plan.PlanId}/audit"),
                     ("/api/scales", "/api/scales"),
                     ("/api/people", "/api/people"),
                 })
        {
            var schema = document["paths"]![template]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
            var body = JsonNode.Parse(await Client.GetStringAsync(url));
            Walk(url, body, schema, schemas, failures);
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Distinct().Take(40)));
    }

    private static void Walk(string at, JsonNode? value, JsonNode schema, JsonObject schemas, List<string> failures)
    {
        if (value is null) return;
        // A nullable reference is written as { allOf: [ { $ref } ], nullable: true }.
        if (schema["allOf"] is JsonArray { Count: 1 } allOf) schema = allOf[0]!;
        if ((string?)schema["$ref"] is { } reference) schema = schemas[reference.Split('/')[^1]]!;
        if (value is JsonArray array)
        {
            if (schema["items"] is { } items) foreach (var element in array) Walk($"{at}[]", element, items, schemas, failures);
            return;
        }
        if (value is not JsonObject obj || schema["properties"] is not JsonObject properties) return;
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var name in required.Where(name => !obj.ContainsKey(name))) failures.Add($"{at}: required '{name}' missing");
        foreach (var (name, child) in obj)
        {
            if (properties[name] is not { } propertySchema) { failures.Add($"{at}: '{name}' is not in the document"); continue; }
            Walk($"{at}.{name}", child, propertySchema, schemas, failures);
        }
    }

    /// <summary>
    /// When the API changes, this test rewrites docs/openapi.json and fails once, so the change is seen and committed
    /// with the code that caused it. Run the tests again to see it pass.
    /// </summary>
    [Test]
    public async Task The_committed_OpenAPI_document_matches_the_running_API()
    {
        var current = (await DocumentAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var file = Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json");
        var committed = File.Exists(file) ? await File.ReadAllTextAsync(file) : "";
        if (committed.ReplaceLineEndings("\n") == current) return;

        await File.WriteAllTextAsync(file, current);
        Assert.Fail($"docs/openapi.json was out of date and has been rewritten from the running API. Review and commit it ({file}).");
    }
}
