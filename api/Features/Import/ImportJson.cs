using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import;

/// <summary>
/// How a mapping and a commit's outcome are stored as JSON: the same camelCase words the API sends, so a mapping saved
/// from a response can be read back and shown unchanged.
/// </summary>
public static class ImportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A stored mapping; an import stored before it had one reads as the default (which the dry run then questions).</summary>
    public static ImportMapping ReadMapping(string? json) =>
        string.IsNullOrEmpty(json) ? new ImportMapping() : JsonSerializer.Deserialize<ImportMapping>(json, Options) ?? new ImportMapping();

    public static DryRunCounts? ReadCounts(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<DryRunCounts>(json, Options);
}
