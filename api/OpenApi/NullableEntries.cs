using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Marks the entries of a list as nullable where the property says so with [NullableEntries]: Swashbuckle describes
/// IReadOnlyList&lt;Direction?&gt; and IReadOnlyList&lt;string?&gt; with non-null items (the grid's older-score arrays
/// hold null where a review has no such score).
/// </summary>
public sealed class NullableEntries : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type is null) return;
        foreach (var (name, property) in concrete.Properties.ToList())
        {
            var member = context.Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (member?.GetCustomAttribute<NullableEntriesAttribute>() is null || property is not OpenApiSchema list) continue;
            list.Items = list.Items switch
            {
                // The form NullableReferencesTyped reads: allOf the reference, typed null, becomes "string" + nullable.
                OpenApiSchemaReference reference => new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null },
                OpenApiSchema item => Nullable(item),
                var other => other,
            };
        }
    }

    private static OpenApiSchema Nullable(OpenApiSchema item)
    {
        item.Type = (item.Type ?? JsonSchemaType.String) | JsonSchemaType.Null;
        return item;
    }
}

/// <summary>The list's entries may be null (see <see cref="NullableEntries"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NullableEntriesAttribute : Attribute;
