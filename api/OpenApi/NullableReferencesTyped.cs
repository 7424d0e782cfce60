using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// A nullable reference is written <c>{ allOf: [ { $ref } ], nullable: true }</c> (OpenAPI 3.0 has no other way); 3.0.3
/// says <c>nullable</c> means nothing without a <c>type</c> beside it, so the referenced schema's type is added
/// (<c>type: object</c>, or <c>string</c> for an enum), which linters (Redocly's nullable-type-sibling) and strict
/// generators need.
/// </summary>
public sealed class NullableReferencesTyped : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return;
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in schemas.Values) Visit(schema, schemas, seen);
        foreach (var operation in (document.Paths ?? new OpenApiPaths()).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var parameter in operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>()) Visit(parameter.Schema, schemas, seen);
            foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()) Visit(media.Schema, schemas, seen);
            foreach (var response in (operation.Responses ?? new OpenApiResponses()).Values)
                foreach (var media in response.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()) Visit(media.Schema, schemas, seen);
        }
    }

    private static void Visit(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete)) return;
        if (concrete.AllOf is { Count: 1 } allOf && concrete.Type == JsonSchemaType.Null
            && allOf[0] is OpenApiSchemaReference { Reference.Id: { } id } && schemas.TryGetValue(id, out var target))
            concrete.Type = (target.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
        Visit(concrete.Items, schemas, seen);
        Visit(concrete.AdditionalProperties, schemas, seen);
        foreach (var property in concrete.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>()) Visit(property, schemas, seen);
        foreach (var part in new[] { concrete.AllOf, concrete.AnyOf, concrete.OneOf }.SelectMany(l => l ?? Enumerable.Empty<IOpenApiSchema>()))
            Visit(part, schemas, seen);
    }
}
