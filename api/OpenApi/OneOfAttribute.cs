using System.Reflection;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Names the fixed words a string property or route value may take, by pointing at the list the validator itself checks
/// (<c>[OneOf(typeof(PlanData), nameof(PlanData.StatusValues))]</c>), so the OpenAPI document's <c>enum</c> and the
/// validator cannot drift apart. <see cref="FixedValues"/> writes the enum for body properties, query and path values.
/// On a positional record parameter write <c>[property: OneOf(...)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type holder, string member) : Attribute
{
    /// <summary>The words: a public static string[] (or other IEnumerable&lt;string&gt;) field or property of the holder.</summary>
    public IReadOnlyList<string> Values { get; } = Read(holder, member);

    private static IReadOnlyList<string> Read(Type holder, string member)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var value = holder.GetField(member, flags)?.GetValue(null) ?? holder.GetProperty(member, flags)?.GetValue(null);
        return value is IEnumerable<string> words
            ? words.ToList()
            : throw new InvalidOperationException($"{holder.Name}.{member} is not a static list of strings.");
    }

    /// <summary>The attribute on a property, or on the record constructor parameter it came from.</summary>
    public static OneOfAttribute? On(PropertyInfo? property)
    {
        if (property is null) return null;
        if (property.GetCustomAttribute<OneOfAttribute>() is { } found) return found;
        return property.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<OneOfAttribute>();
    }
}
