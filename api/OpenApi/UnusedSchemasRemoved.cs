using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Drops component schemas nothing refers to: a request record that holds only route ids (<c>ActionIdRequest</c>)
/// leaves an empty object behind once RouteParamSchemaFilter takes its ids out and the GET or DELETE loses its body.
/// Runs last, after every operation and schema filter.
/// </summary>
public sealed class UnusedSchemasRemoved : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return;
        var used = new HashSet<string>();
        foreach (var operation in (document.Paths ?? new OpenApiPaths()).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var parameter in operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                ResponsePropertiesRequired.Collect(parameter.Schema, schemas, used);
            foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                ResponsePropertiesRequired.Collect(media.Schema, schemas, used);
            foreach (var response in (operation.Responses ?? new OpenApiResponses()).Values)
            {
                foreach (var media in response.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                    ResponsePropertiesRequired.Collect(media.Schema, schemas, used);
                foreach (var header in response.Headers?.Values ?? Enumerable.Empty<IOpenApiHeader>())
                    ResponsePropertiesRequired.Collect(header.Schema, schemas, used);
            }
        }
        foreach (var name in schemas.Keys.Where(n => !used.Contains(n)).ToList()) schemas.Remove(name);
    }
}
