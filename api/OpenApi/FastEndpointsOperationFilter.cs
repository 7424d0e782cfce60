using System.Reflection;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Swashbuckle reads FastEndpoints routes through ApiExplorer but misses their path parameters and gives GET and
/// DELETE a body (see shared/docs/stack-notes.md). This fills in path parameters from the request DTO, removes
/// bodies that cannot exist, and documents the If-Match header that every change must carry.
/// </summary>
public sealed class FastEndpointsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        var method = context.ApiDescription.HttpMethod?.ToUpperInvariant();
        var route = "/" + (context.ApiDescription.RelativePath ?? "").TrimStart('/');
        operation.Parameters ??= new List<IOpenApiParameter>();

        foreach (var name in RouteParameters(route))
        {
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                continue;
            var property = definition?.ReqDtoType?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = property is null ? null : $"The {Words(name)}.",
                Schema = context.SchemaGenerator.GenerateSchema(property?.PropertyType ?? typeof(string), context.SchemaRepository),
            });
        }

        // Query parameters of GET endpoints come from DTO properties that are not in the route.
        if (method == "GET" && definition?.ReqDtoType is { } dto && dto != typeof(EmptyRequest))
        {
            var routeNames = RouteParameters(route).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var property in dto.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (routeNames.Contains(property.Name)) continue;
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository),
                });
            }
        }

        if (method is "GET" or "DELETE") operation.RequestBody = null;

        if (method is "PUT" or "DELETE" or "PATCH")
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag from your last read of this item, or * to change whatever is there. Missing: 428. Stale: 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
    }

    private static IEnumerable<string> RouteParameters(string route)
    {
        foreach (var segment in route.Split('/'))
            if (segment.StartsWith('{') && segment.EndsWith('}'))
                yield return segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
    }

    private static string Words(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
