using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// The API writes every property of a successful response, null or not (nothing is configured to leave nulls out), so
/// every property of a schema a 2xx response uses is marked required (OpenApiTests checks real responses against it).
/// Problem documents are left alone: ASP.NET leaves out their empty members. Without that, a client generated from the document
/// (the SPA's types, web/src/api) would have to treat each field as possibly absent. A schema that is also a request
/// body keeps its own required list: there, leaving a field out can mean something.
/// </summary>
public sealed class ResponsePropertiesRequired : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return;

        var inRequests = new HashSet<string>();
        var inResponses = new HashSet<string>();
        foreach (var operation in (document.Paths ?? new OpenApiPaths()).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                Collect(media.Schema, schemas, inRequests);
            var successes = (operation.Responses ?? new OpenApiResponses()).Where(r => r.Key.StartsWith('2')).Select(r => r.Value);
            foreach (var media in successes.SelectMany(r => r.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()))
                Collect(media.Schema, schemas, inResponses);
        }

        foreach (var name in inResponses.Except(inRequests))
        {
            if (schemas[name] is not OpenApiSchema schema || schema.Properties is not { Count: > 0 } properties) continue;
            schema.Required = new SortedSet<string>(properties.Keys.Except(OmittedWhenEmpty.Of(schema)), StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the names of the component schemas <paramref name="schema"/> refers to, however deeply.</summary>
    internal static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> found)
    {
        if (schema is null) return;
        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id is null || !found.Add(id) || !schemas.TryGetValue(id, out var target)) return;
            Collect(target, schemas, found);
            return;
        }
        Collect(schema.Items, schemas, found);
        Collect(schema.AdditionalProperties, schemas, found);
        foreach (var property in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>()) Collect(property, schemas, found);
        var parts = new[] { schema.AllOf, schema.AnyOf, schema.OneOf }.SelectMany(list => list ?? Enumerable.Empty<IOpenApiSchema>());
        foreach (var part in parts) Collect(part, schemas, found);
    }
}
