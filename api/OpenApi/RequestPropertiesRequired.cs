using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Marks a request body's property <c>required</c> when the endpoint's validator refuses the request without it: a
/// NotNull, NotEmpty or GreaterThan(0) rule with no When/Unless condition (leaving the property out leaves its default, null or "",
/// which those rules refuse). The validator is the truth, so the document follows it rather than a second list.
/// Runs as an operation filter, since only the endpoint knows its validator; a schema shared by several bodies gets
/// the names every one of them requires.
/// </summary>
public sealed class RequestPropertiesRequired : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition?.ValidatorType is not { } validatorType || operation.RequestBody?.Content is not { } content) return;
        var names = RequiredMembers(validatorType);
        names.UnionWith(WordsWithoutDefault(definition.ReqDtoType));
        if (names.Count == 0) return;
        foreach (var media in content.Values)
        {
            if (media.Schema is not OpenApiSchemaReference { Reference.Id: { } id }
                || !context.SchemaRepository.Schemas.TryGetValue(id, out var found) || found is not OpenApiSchema schema
                || schema.Properties is not { Count: > 0 } properties) continue;
            foreach (var name in names.Where(properties.ContainsKey))
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(name);
            }
        }
    }

    /// <summary>The JSON (camelCase) names of the members the validator requires without condition, Include(...)d rules too.</summary>
    private static HashSet<string> RequiredMembers(Type validatorType)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(validatorType, names, depth: 0);
        return names;
    }

    private static void Collect(Type validatorType, HashSet<string> names, int depth)
    {
        if (depth > 4 || validatorType.GetConstructor(Type.EmptyTypes) is null
            || Activator.CreateInstance(validatorType) is not IEnumerable<IValidationRule> rules) return;
        foreach (var rule in rules)
        {
            if (rule is IIncludeRule)
            {
                foreach (var child in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                    Collect(child.ValidatorType, names, depth + 1);
                continue;
            }
            if (string.IsNullOrEmpty(rule.PropertyName) || rule.PropertyName.Contains('.') || IsForEach(rule)) continue;
            if (rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition && RefusesDefault(c.Validator, rule.TypeToValidate)))
                names.Add(JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName));
        }
    }

    /// <summary>
    /// A property limited to fixed words ([OneOf], which its validator checks with Must) whose default is not one of
    /// them: leaving it out is refused (a sign-off's decision), while one defaulting to a word (a plan's status) may be left out.
    /// </summary>
    private static IEnumerable<string> WordsWithoutDefault(Type? request)
    {
        if (request is null || request.GetConstructor(Type.EmptyTypes) is null) yield break;
        var instance = Activator.CreateInstance(request);
        foreach (var property in request.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            if (OneOfAttribute.On(property) is { } oneOf && property.GetValue(instance) is string value && !oneOf.Values.Contains(value))
                yield return JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }

    /// <summary>
    /// NotNull and NotEmpty refuse the default a left-out property gets; so does GreaterThan(0 or more) on a number that
    /// cannot be null (a left-out scaleId is 0).
    /// </summary>
    private static bool RefusesDefault(IPropertyValidator validator, Type type) => validator switch
    {
        INotNullValidator or INotEmptyValidator => true,
        IComparisonValidator { Comparison: Comparison.GreaterThan, ValueToCompare: IConvertible limit } when type.IsValueType
            && Nullable.GetUnderlyingType(type) is null => Convert.ToDecimal(limit, System.Globalization.CultureInfo.InvariantCulture) >= 0,
        _ => false,
    };

    /// <summary>RuleForEach: its NotEmpty is about each element, not about the list being there.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
