using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Each operation is named after its endpoint class, camelCased (<c>GetPlan</c> answers to <c>getPlan</c>), and tagged
/// with its feature area: the folder under api/Features the class lives in (<c>Features.Import.Mappings</c> is
/// "Import"). A generated client then has <c>getPlan</c> rather than <c>ActionPlanTrackerFeaturesPlansGetPlan</c>, and
/// Swagger UI groups operations by area. Class names are unique across the API (OpenApiTests checks).
/// </summary>
public sealed class OperationNames : IOperationFilter
{
    private const string FeaturesNamespace = "ActionPlanTracker.Features.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition?.EndpointType is not { } type) return;
        operation.OperationId = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
        if (Area(type) is { } area)
        {
            operation.Tags = new HashSet<OpenApiTagReference> { new(area, context.Document) };
        }
    }

    /// <summary>The feature area of an endpoint class: the first namespace segment under ActionPlanTracker.Features.</summary>
    public static string? Area(Type endpoint)
    {
        var ns = endpoint.Namespace ?? "";
        return ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal) ? ns[FeaturesNamespace.Length..].Split('.')[0] : null;
    }
}
