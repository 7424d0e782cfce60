using System.Reflection;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Request records carry their route ids (marked [RouteParam]) so one validator sees everything; those ids are
/// documented as path parameters and must not also appear as body properties.
/// </summary>
public sealed class RouteParamSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type is null) return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<RouteParamAttribute>() is null) continue;
            var key = concrete.Properties.Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            if (key is null) continue;
            concrete.Properties.Remove(key);
            concrete.Required?.Remove(key);
        }
    }
}
