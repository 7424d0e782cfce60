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
            // ApiExplorer takes a parameter followed by literal text ("{secret}.ics") for a query parameter.
            foreach (var wrong in operation.Parameters.Where(p => p.In == ParameterLocation.Query && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList())
                operation.Parameters.Remove(wrong);
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                continue;
            var property = definition?.ReqDtoType?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = property is null ? null : $"The {Words(name)}.",
                Schema = WithWords(context.SchemaGenerator.GenerateSchema(property?.PropertyType ?? typeof(string), context.SchemaRepository), property),
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
                    Schema = WithWords(context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository), property),
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
                Description = ResponseConventions.ProblemMeaning(status),
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
        // If-Match: every change of a versioned item needs it (Etags.Require answers 428 without it), as does a POST that
        // documents 428; a create-or-update needs it only once the item exists, so there it is optional.
        var changes = method is "PUT" or "DELETE" or "PATCH" && !metadata.OfType<WithoutIfMatch>().Any();
        var refusesWithout = metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == 428);
        if (changes || refusesWithout)
        {
            var optional = metadata.OfType<IfMatchWhenExisting>().Any() || !refusesWithout;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = !optional,
                Description = optional
                    ? "The ETag from your last read of this item, or * to change whatever is there. Not needed to create it; once it exists, missing: 428. Stale: 412."
                    : "The ETag from your last read of this item, or * to change whatever is there. Missing: 428. Stale: 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    /// <summary>A route or query value marked [OneOf] lists its words (see FixedValues); one marked [RegularExpression] carries its pattern (a period, YYYY-MM).</summary>
    private static IOpenApiSchema WithWords(IOpenApiSchema schema, PropertyInfo? property)
    {
        if (OneOfAttribute.On(property) is { } oneOf && schema is OpenApiSchema concrete) FixedValues.Restrict(concrete, oneOf.Values);
        if (property?.GetCustomAttribute<System.ComponentModel.DataAnnotations.RegularExpressionAttribute>() is { } pattern && schema is OpenApiSchema withPattern)
            withPattern.Pattern = pattern.Pattern;
        return schema;
    }

    private static IEnumerable<string> RouteParameters(string route)
    {
        foreach (var segment in route.Split('/'))
            if (segment.StartsWith('{') && segment.IndexOf('}') is > 0 and var end)
                // "{secret}.ics": a parameter may be followed by literal text in its segment.
                yield return segment[1..end].Split(':')[0].TrimEnd('?');
    }

    private static string Words(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
