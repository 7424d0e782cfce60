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
            foreach (var name in route.Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s[1..s.IndexOf('}')]))
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

    [Test]
    public async Task Operations_are_named_after_their_endpoint_and_tagged_with_a_described_feature_area()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        var ids = operations.Select(o => (string?)o.Operation["operationId"]).ToList();
        Assert.That(ids, Is.All.Match("^[a-z][A-Za-z]+$"), "operationIds are camelCased endpoint class names");
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Does.Contain("getPlan").And.Contain("saveScore").And.Contain("getAbout"));
        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        foreach (var (route, operation) in operations)
        {
            var tag = operation["tags"]!.AsArray().Select(t => (string)t!).Single();
            Assert.That(tags.TryGetValue(tag, out var description) && !string.IsNullOrWhiteSpace(description), $"{route}: tag {tag} undescribed");
        }
        Assert.That(tags.Keys, Does.Contain("Plans").And.Contain("Scores").And.Contain("Import").And.Not.Contain("ActionPlanTracker"));
    }

    /// <summary>
    /// The response headers and If-Match the document states are those the endpoint's code sends and checks: each
    /// operation's source file (api/Features/**/&lt;OperationId&gt;.cs) is read for Etags.Set, CreatedAtAsync,
    /// ContentDisposition, SetUndoLocation and Etags.Require / RequireIfExists.
    /// </summary>
    [Test]
    public async Task Documented_headers_are_the_ones_the_code_sends()
    {
        var features = Path.Combine(RepositoryRoot.Find(), "api", "Features");
        var sources = Directory.GetFiles(features, "*.cs", SearchOption.AllDirectories)
            .ToLookup(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();
        foreach (var (route, operation) in Operations(await DocumentAsync()))
        {
            var id = (string)operation["operationId"]!;
            var file = sources[id].SingleOrDefault();
            if (file is null) { failures.Add($"{route}: no api/Features/**/{id}.cs"); continue; }
            var code = await File.ReadAllTextAsync(file);
            var responses = operation["responses"]!.AsObject();
            bool Has(string status, string header) => responses[status]?["headers"]?[header] is not null;
            void Expect(bool sent, bool documented, string what)
            {
                if (sent != documented) failures.Add($"{route}: {what} {(sent ? "sent but not documented" : "documented but not sent")}");
            }
            Expect(code.Contains("Etags.Set("), Has("200", "ETag") || Has("201", "ETag"), "ETag");
            Expect(code.Contains("CreatedAtAsync"), Has("201", "Location"), "Location");
            Expect(code.Contains("ContentDisposition"), Has("200", "Content-Disposition"), "Content-Disposition");
            Expect(code.Contains("SetUndoLocation"), Has("204", "Undo-Location"), "Undo-Location");
            if (responses["429"] is not null) Expect(code.Contains("RetryAfter"), Has("429", "Retry-After"), "Retry-After");
            var ifMatch = operation["parameters"]?.AsArray().FirstOrDefault(p => (string?)p!["name"] == "If-Match");
            if (code.Contains("Etags.RequireIfExists(")) Expect(true, ifMatch is not null && (bool?)ifMatch["required"] != true, "optional If-Match");
            else if (code.Contains("Etags.Require(")) Expect(true, (bool?)ifMatch?["required"] == true, "required If-Match");
            var problems = responses.Where(r => r.Key[0] is '4' or '5')
                .Where(r => r.Value!["content"]?["application/problem+json"] is null).Select(r => r.Key).ToList();
            if (problems.Count > 0) failures.Add($"{route}: {string.Join(", ", problems)} without a problem document");
            if (operation["security"]!.AsArray().Any(r => r!.AsObject().Count > 0) && (responses["401"] is null || responses["403"] is null))
                failures.Add($"{route}: needs sign-in but 401/403 undocumented");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public async Task Fixed_words_are_enums_and_timestamps_are_date_times()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var failures = new List<string>();
        foreach (var (route, operation) in Operations(document))
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                if ((string?)parameter!["in"] == "path" && (string?)parameter["schema"]!["type"] == "string" && parameter["schema"]!["enum"] is null
                    && parameter["schema"]!["pattern"] is null)
                    failures.Add($"{route}: path parameter {parameter["name"]} has no enum (or, for a value such as a period, a pattern)");
        foreach (var (name, schema) in schemas)
            foreach (var (property, value) in schema!["properties"]?.AsObject() ?? [])
                if ((property.EndsWith("At", StringComparison.Ordinal) || property.EndsWith("Until", StringComparison.Ordinal))
                    && (string?)value!["type"] == "string" && (string?)value["format"] != "date-time")
                    failures.Add($"{name}.{property}: not format date-time");
        string[] Words(string schema, string property) =>
            schemas[schema]!["properties"]![property]!["enum"]?.AsArray().Select(w => (string?)w ?? "null").ToArray() ?? [];
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, string.Join("\n", failures));
            Assert.That(Words("Plans.PlanRequest", "status"), Is.EqualTo(new[] { "draft", "active", "closed" }));
            Assert.That(Words("Accounts.CreateUserRequest", "role"), Is.EquivalentTo(new[] { "administrator", "board", "manager", "viewer" }));
            Assert.That(Words("Scores.SignOffScoreRequest", "decision"), Is.EqualTo(new[] { "signedOff", "rejected" }));
            Assert.That(schemas["Scores.SignOffScoreRequest"]!["required"]!.AsArray().Select(r => (string?)r), Does.Contain("decision"));
            Assert.That(schemas["Plans.PlanRequest"]!["required"]!.AsArray().Select(r => (string?)r), Is.EquivalentTo(new[] { "title", "sourceType", "scaleId" }));
            Assert.That(schemas.Where(s => s.Value!["type"] is not null && (string?)s.Value["type"] == "object" && s.Value["properties"] is null
                && s.Value["additionalProperties"] is null).Select(s => s.Key), Is.Empty, "empty schemas");
        });
    }

    /// <summary>A score's route takes the item kind as everywhere else (singular); the plural it used first still works.</summary>
    [Test]
    public async Task Score_routes_take_the_singular_item_kind_and_still_accept_the_plural()
    {
        var plan = await KnownPlan.CreateAsync(Client);
        var at = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[0]}/scores";
        var singular = await Client.GetAsync($"{at}/measure/{plan.M1}");
        var plural = await Client.GetAsync($"{at}/measures/{plan.M1}");
        var wrong = await Client.GetAsync($"{at}/measurez/{plan.M1}");
        Assert.Multiple(() =>
        {
            Assert.That((int)singular.StatusCode, Is.EqualTo(200));
            Assert.That((int)plural.StatusCode, Is.EqualTo(200));
            Assert.That((int)wrong.StatusCode, Is.EqualTo(404));
        });
    }

    private static IEnumerable<(string Route, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)));

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
