using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// Snapshots as JSON, keeping SQLite's types: an integer is a JSON integer, text a JSON string, null null, a real
/// <c>{"real": 2.5}</c> (so 3.0 stays a real) and a blob <c>{"blob": "base64"}</c>. A row is
/// <c>{"table": ..., "values": {column: value, ...}}</c> with the columns in the table's order.
/// </summary>
public static class SnapshotValues
{
    public const int FormatVersion = 1;

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        long l => JsonValue.Create(l),
        double d => new JsonObject { ["real"] = double.IsFinite(d) ? JsonValue.Create(d) : throw new ArgumentException("SQLite stores no infinite or NaN reals.") },
        string s => JsonValue.Create(s),
        byte[] b => new JsonObject { ["blob"] = Convert.ToBase64String(b) },
        _ => throw new ArgumentException($"{value.GetType().Name} is not a SQLite value."),
    };

    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o when o.TryGetPropertyValue("real", out var real) => real!.GetValue<double>(),
        JsonObject o when o.TryGetPropertyValue("blob", out var blob) => Convert.FromBase64String(blob!.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l
            : long.Parse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Not a snapshot value: {node.ToJsonString()}"),
    };

    /// <summary>A value as text, for identities and messages: blobs as base64, reals in round-trip form.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        byte[] b => Convert.ToBase64String(b),
        _ => value.ToString() ?? "",
    };

    public static JsonObject RowToJson(Row row)
    {
        var values = new JsonObject();
        for (var i = 0; i < row.Columns.Count; i++) values[row.Columns[i]] = ToJson(row.Values[i]);
        return new JsonObject { ["table"] = row.Table, ["values"] = values };
    }

    public static Row RowFromJson(JsonNode node)
    {
        var values = node["values"]!.AsObject();
        return new Row(node["table"]!.GetValue<string>(), values.Select(p => p.Key).ToList(), values.Select(p => FromJson(p.Value)).ToList());
    }

    public static string Write(Snapshot snapshot) => new JsonObject
    {
        ["format"] = FormatVersion,
        ["scaleId"] = ToJson(snapshot.ScaleId),
        ["scoreLevel"] = snapshot.ScoreLevel,
        ["rows"] = new JsonArray(snapshot.Rows.Select(r => (JsonNode)RowToJson(r)).ToArray()),
        ["nulled"] = new JsonArray(snapshot.Nulled.Select(n => (JsonNode)new JsonObject
        {
            ["key"] = RowToJson(n.Key), ["column"] = n.Column, ["value"] = ToJson(n.Value),
        }).ToArray()),
        ["references"] = new JsonArray(snapshot.References.Select(r => (JsonNode)new JsonObject
        {
            ["table"] = r.Table, ["column"] = r.Column, ["parentTable"] = r.ParentTable, ["parentColumn"] = r.ParentColumn,
            ["value"] = ToJson(r.Value), ["onDelete"] = r.OnDelete, ["fromRoot"] = r.FromRoot, ["label"] = r.Label,
        }).ToArray()),
    }.ToJsonString(Readable);

    // Stored, never put into a page: text is kept as written ("“", "é") rather than escaped.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Snapshot Read(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var format = node["format"]?.GetValue<int>();
        if (format != FormatVersion) throw new FormatException($"Snapshot format {format} is not one this tracker reads.");
        return new Snapshot(
            node["rows"]!.AsArray().Select(r => RowFromJson(r!)).ToList(),
            node["nulled"]!.AsArray().Select(n => new NulledColumn(RowFromJson(n!["key"]!), n["column"]!.GetValue<string>(), FromJson(n["value"]))).ToList(),
            node["references"]!.AsArray().Select(r => new ExternalReference(
                r!["table"]!.GetValue<string>(), r["column"]!.GetValue<string>(), r["parentTable"]!.GetValue<string>(),
                r["parentColumn"]!.GetValue<string>(), FromJson(r["value"])!, r["onDelete"]!.GetValue<string>(),
                r["fromRoot"]!.GetValue<bool>(), r["label"]!.GetValue<string>())).ToList(),
            (long?)FromJson(node["scaleId"]),
            node["scoreLevel"]?.GetValue<string>());
    }
}
