using System.Reflection;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Metadata;
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

        // FastEndpoints keeps Summary(...) on its own definition, which ApiExplorer does not read.
        if (definition?.EndpointSummary is { } summary)
        {
            if (string.IsNullOrWhiteSpace(operation.Summary)) operation.Summary = summary.Summary;
            if (string.IsNullOrWhiteSpace(operation.Description)) operation.Description = summary.Description;
        }

        // ProducesProblemDetails(...) metadata names FastEndpoints' ProblemDetails, an IResult that ApiExplorer skips:
        // document those statuses with a plain record of the same shape.
        operation.Responses ??= new OpenApiResponses();
        var problemSchema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDocument), context.SchemaRepository);
        foreach (var status in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
                     .Select(m => m.StatusCode).Where(c => c >= 400).Distinct().Order())
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key)) continue;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = ProblemMeaning(status),
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problemSchema } },
            };
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<DocumentedBody>().FirstOrDefault() is { } body)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [body.ContentType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(body.Body, context.SchemaRepository) },
                },
            };
        foreach (var header in metadata.OfType<DocumentedResponseHeader>())
        {
            var key = header.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var response) || response is not OpenApiResponse concrete) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[header.Name] = new OpenApiHeader
            {
                Description = header.Description,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        if (method is "PUT" or "DELETE" or "PATCH" && !metadata.OfType<WithoutIfMatch>().Any())
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag from your last read of this item, or * to change whatever is there. Missing: 428. Stale: 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
    }

    private static string ProblemMeaning(int status) => status switch
    {
        400 => "The request is invalid; errors name each field at fault.",
        404 => "No such item (the error names the route field).",
        409 => "Conflicts with stored data: a duplicate value, a closed review, or an item still in use.",
        412 => "If-Match names an older version: someone else changed the item since you read it. Nothing was changed.",
        428 => "If-Match is required for this change.",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
    };

    private static IEnumerable<string> RouteParameters(string route)
    {
        foreach (var segment in route.Split('/'))
            if (segment.StartsWith('{') && segment.EndsWith('}'))
                yield return segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
    }

    private static string Words(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
