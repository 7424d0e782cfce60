using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// What every response of a kind carries, documented once for all operations (so an endpoint added later gets it too):
/// <list type="bullet">
/// <item>401 and 403 with a problem document on every operation that needs someone signed in (AuthProblems writes them).</item>
/// <item>Every 4xx and 5xx response as <c>application/problem+json</c> with the ProblemDocument schema.</item>
/// <item><c>ETag</c> on each 200 or 201 whose body is one versioned item (a schema with an integer <c>version</c>): the
/// endpoints send it (<c>Etags.Set</c>) so the next change can send it back in If-Match.</item>
/// <item><c>Location</c> on every 201 (FastEndpoints' <c>CreatedAtAsync</c>: where to read what was made), unless the endpoint carries <see cref="WithoutLocation"/>.</item>
/// <item><c>Content-Disposition</c> on each 200 that is a file rather than JSON (reports, returns, source files).</item>
/// <item><c>Retry-After</c> on 429 and 503.</item>
/// </list>
/// Headers named by <see cref="DocumentedResponseHeader"/> metadata (Undo-Location) are added by FastEndpointsOperationFilter.
/// OpenApiTests checks these against what the endpoints' code sends.
/// </summary>
public sealed class ResponseConventions : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDocument), context.SchemaRepository);
        if (operation.Security?.Any(requirement => requirement.Count > 0) == true)
        {
            operation.Responses.TryAdd("401", new OpenApiResponse());
            operation.Responses.TryAdd("403", new OpenApiResponse());
        }

        foreach (var (key, value) in operation.Responses)
        {
            if (value is not OpenApiResponse response) continue;
            var status = int.Parse(key, CultureInfo.InvariantCulture);
            if (status >= 400)
            {
                if (string.IsNullOrEmpty(response.Description) || response.Description == ReasonPhrase(status))
                    response.Description = ProblemMeaning(status);
                response.Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } };
                if (status is 429 or 503)
                    AddHeader(response, "Retry-After", "How many seconds to wait before trying again.", JsonSchemaType.Integer);
                continue;
            }
            if (status == 201 && !context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<WithoutLocation>().Any())
                AddHeader(response, "Location", "Where to read what was made.");
            if (status is 200 or 201 && response.Content?.TryGetValue("application/json", out var json) == true
                && IsVersionedItem(json.Schema, context.SchemaRepository))
                AddHeader(response, "ETag", "The item's version: send it back in If-Match to change or delete it.");
            if (status == 200 && response.Content is { Count: > 0 } content && !content.ContainsKey("application/json"))
                AddHeader(response, "Content-Disposition", "attachment, with the file's name (filename and filename*).");
        }
    }

    private static bool IsVersionedItem(IOpenApiSchema? schema, SchemaRepository repository)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id } && repository.Schemas.TryGetValue(id, out var target))
            schema = target;
        return schema?.Properties?.TryGetValue("version", out var version) == true && version.Type is { } type && type.HasFlag(JsonSchemaType.Integer);
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type = JsonSchemaType.String)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        if (response.Headers.ContainsKey(name)) return;
        response.Headers[name] = new OpenApiHeader { Description = description, Required = true, Schema = new OpenApiSchema { Type = type } };
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    internal static string ProblemMeaning(int status) => status switch
    {
        400 => "The request is invalid; errors name each field at fault.",
        401 => "Nobody is signed in: send a personal API token or the session cookie.",
        403 => "Signed in, but your role may not do this.",
        404 => "No such item (the error names the route field).",
        409 => "Conflicts with stored data: a duplicate value, a closed review, or an item still in use.",
        412 => "If-Match names an older version: someone else changed the item since you read it. Nothing was changed.",
        413 => "The upload is larger than the server accepts.",
        428 => "If-Match is required for this change.",
        429 => "Too many attempts: wait for the number of seconds in Retry-After.",
        _ => ReasonPhrase(status),
    };
}
