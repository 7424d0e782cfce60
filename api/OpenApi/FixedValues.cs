using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Schema conventions for string properties:
/// <list type="bullet">
/// <item>a property marked <see cref="OneOfAttribute"/> lists its words as an <c>enum</c> (with null when it may be null);</item>
/// <item>a timestamp (a string whose name ends in <c>At</c> or <c>Until</c>: createdAt, lockedUntil) is
/// <c>format: date-time</c>, since every one is written by the Clock as UTC ISO 8601 (yyyy-MM-ddTHH:mm:ss.fffZ).
/// Dates are DateOnly and are <c>format: date</c> already.</item>
/// </list>
/// </summary>
public sealed class FixedValues : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type is null) return;
        foreach (var (name, value) in concrete.Properties)
        {
            if (value is not OpenApiSchema property || property.Type is not { } type || !type.HasFlag(JsonSchemaType.String)) continue;
            var member = context.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (OneOfAttribute.On(member) is { } oneOf) Restrict(property, oneOf.Values);
            else if (property.Format is null && (name.EndsWith("At", StringComparison.Ordinal) || name.EndsWith("Until", StringComparison.Ordinal)))
                property.Format = "date-time";
        }
    }

    /// <summary>Sets a string schema's enum to the words (and null, when the schema says the value may be null).</summary>
    public static void Restrict(OpenApiSchema schema, IReadOnlyList<string> words)
    {
        var values = words.Select(w => (JsonNode)JsonValue.Create(w)).ToList();
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) values.Add(null!);
        schema.Enum = values;
    }
}
