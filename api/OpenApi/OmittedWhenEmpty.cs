using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Properties marked [JsonIgnore(Condition = WhenWritingNull or WhenWritingDefault)] are not sent when null (or false):
/// the grid's scores leave them out to keep the 400 × 24 grid small (issue 14). Such a property is remembered here so
/// that <see cref="ResponsePropertiesRequired"/> does not mark it required; a client reads it missing as null.
/// </summary>
public sealed class OmittedWhenEmpty : ISchemaFilter
{
    private static readonly ConditionalWeakTable<OpenApiSchema, HashSet<string>> Omitted = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type is null) return;
        foreach (var name in concrete.Properties.Keys)
        {
            var member = context.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (member?.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault })
                Omitted.GetOrCreateValue(concrete).Add(name);
        }
    }

    /// <summary>The properties of <paramref name="schema"/> that are left out when empty.</summary>
    public static IReadOnlySet<string> Of(OpenApiSchema schema) => Omitted.TryGetValue(schema, out var names) ? names : new HashSet<string>();
}
