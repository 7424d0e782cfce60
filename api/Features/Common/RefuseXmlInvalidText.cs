using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FastEndpoints;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// One rule for every text field of every request: text holding a character XML 1.0 cannot carry (<see cref="XmlSafeText"/>)
/// is a 400 naming the field as the client sent it ("title", "judgements[0].judgement"), before any validator or handler
/// runs. Registered once for all endpoints in Program.cs, so a new request type is covered without a line of its own.
/// </summary>
/// <remarks>
/// It walks the bound request: string properties (body, route, query or form alike), lists of strings or of nested
/// request records, and dictionaries' keys and values. Passwords are never written into a report, and refusing one could
/// lock out a person whose password was set before this rule, so properties whose name contains "password" are skipped.
/// </remarks>
public sealed class RefuseXmlInvalidText : IGlobalPreProcessor
{
    private const int DeepestNesting = 8;

    private static readonly ConcurrentDictionary<Type, Field[]> FieldsOf = new();

    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        if (context.Request is null || context.HttpContext.ResponseStarted())
            return;
        var failures = new List<ValidationFailure>();
        Walk(context.Request, "", failures, 0);
        if (failures.Count == 0)
            return;
        foreach (var failure in failures)
            context.ValidationFailures.Add(failure);
        await context.HttpContext.Response.SendErrorsAsync(context.ValidationFailures, cancellation: ct);
    }

    /// <summary>The fields of a request whose text XML cannot carry, as the client named them; empty when there are none.</summary>
    public static IReadOnlyList<string> InvalidFields(object request)
    {
        var failures = new List<ValidationFailure>();
        Walk(request, "", failures, 0);
        return failures.Select(f => f.PropertyName).ToList();
    }

    private static void Walk(object? value, string path, List<ValidationFailure> failures, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!XmlSafeText.IsValid(text))
                    failures.Add(new ValidationFailure(path, XmlSafeText.Refused));
                return;
            case JsonElement element:
                WalkJson(element, path, failures, depth);
                return;
            case IDictionary dictionary:
                if (depth >= DeepestNesting) return;
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    var entryPath = Join(path, key);
                    if (!XmlSafeText.IsValid(key))
                        failures.Add(new ValidationFailure(entryPath, XmlSafeText.Refused));
                    Walk(entry.Value, entryPath, failures, depth + 1);
                }
                return;
            case IEnumerable list:
                if (depth >= DeepestNesting) return;
                var index = 0;
                foreach (var item in list)
                    Walk(item, $"{path}[{index++}]", failures, depth + 1);
                return;
        }

        var type = value.GetType();
        if (depth >= DeepestNesting || !IsRequestType(type))
            return;
        foreach (var field in FieldsOf.GetOrAdd(type, FieldsFor))
            Walk(field.Property.GetValue(value), Join(path, field.Name), failures, depth + 1);
    }

    private static void WalkJson(JsonElement element, string path, List<ValidationFailure> failures, int depth)
    {
        if (depth >= DeepestNesting) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Walk(element.GetString(), path, failures, depth);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    WalkJson(item, $"{path}[{index++}]", failures, depth + 1);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    WalkJson(property.Value, Join(path, property.Name), failures, depth + 1);
                break;
        }
    }

    // The tracker's own request records hold the text; framework types (an uploaded file, a date) hold none to check.
    private static bool IsRequestType(Type type) =>
        type.Namespace?.StartsWith("ActionPlanTracker", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private static Field[] FieldsFor(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Where(p => !p.Name.Contains("password", StringComparison.OrdinalIgnoreCase))
            .Where(p => p.PropertyType != typeof(IFormFile))
            .Select(p => new Field(p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p))
            .ToArray();

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private sealed record Field(string Name, PropertyInfo Property);
}
