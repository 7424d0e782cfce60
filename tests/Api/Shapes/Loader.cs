using ActionPlanTracker.Tests.Api.Grid;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// A council's loader: puts a plan into the tracker through the public API, one HTTP call per thing printed, and
/// remembers every value it sent, so a test can read each one back with the resource's own GET and see that nothing
/// was dropped, changed or filled in.
/// </summary>
public sealed class Loader(HttpClient client)
{
    // Values the tracker works out itself when the loader leaves them out: the printed order and the number read from
    // "45%". Leaving them out is not a value the loader sent.
    private static readonly HashSet<string> WorkedOutWhenLeftOut = ["sortOrder", "position", "value"];

    private readonly List<Sent> sent = [];

    public HttpClient Client => client;

    /// <summary>A short mark that keeps names the tracker wants unique (scales) apart between tests.</summary>
    public static string Tag() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Creates something (201) and returns its id; the GET that reads it back is the POST's address and the id.</summary>
    public async Task<long> PostAsync(string what, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"{what}: {text}");
        var id = JsonNode.Parse(text)!["id"]!.GetValue<long>();
        Remember(what, $"{url}/{id}", body);
        return id;
    }

    /// <summary>Records or replaces something at an address that is also its GET (a score, a review being closed).</summary>
    public async Task<JsonNode> PutAsync(string what, string url, object body, string? ifMatch = "*", string? readUrl = null)
    {
        var response = await client.PutJsonAsync(url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{what}: {text}");
        Remember(what, readUrl ?? url, body, key: url);
        return JsonNode.Parse(text)!;
    }

    /// <summary>A score as the sheet printed it, in one review (no If-Match: the item has no score there yet).</summary>
    public Task<JsonNode> ScoreAsync(string what, long planId, long reviewId, string itemType, long itemId, object body) =>
        PutAsync(what, $"/api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}", body, ifMatch: null);

    /// <summary>
    /// Reads back everything sent so far, each with its own GET, and fails once listing every value that did not come back
    /// as it was sent. A list of people's ids sent as leadIds or ownerIds comes back as leads or owners, in printed order.
    /// </summary>
    public async Task EveryValueSentReadsBackAsync()
    {
        var failures = new List<string>();
        foreach (var item in sent)
        {
            var response = await client.GetAsync(item.ReadUrl);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{item.What}: GET {item.ReadUrl} gave {(int)response.StatusCode}: {text}");
                continue;
            }
            Compare(item.What, item.Body, JsonNode.Parse(text), failures);
        }
        Assert.That(failures, Is.Empty, $"Read back with each resource's GET, {failures.Count} value(s) differ from what the loader sent:\n" +
                                        string.Join("\n", failures));
    }

    private void Remember(string what, string readUrl, object body, string? key = null)
    {
        var node = JsonSerializer.SerializeToNode(body, Http.Json)!;
        sent.RemoveAll(s => s.Key == (key ?? readUrl));
        sent.Add(new Sent(key ?? readUrl, what, readUrl, node));
    }

    private static void Compare(string path, JsonNode? sentValue, JsonNode? read, List<string> failures)
    {
        switch (sentValue)
        {
            case JsonObject sentObject:
                if (read is not JsonObject readObject)
                {
                    failures.Add($"{path}: sent an object, read back {Show(read)}");
                    return;
                }
                foreach (var (key, value) in sentObject)
                {
                    if (value is null && WorkedOutWhenLeftOut.Contains(key)) continue;
                    if (key.EndsWith("Ids", StringComparison.Ordinal) && value is JsonArray ids)
                    {
                        var listed = key[..^3] + "s";
                        var people = readObject[listed] as JsonArray;
                        var readIds = people?.Select(p => p!["id"]!.GetValue<long>()).ToList();
                        if (readIds is null || !readIds.SequenceEqual(ids.Select(i => i!.GetValue<long>())))
                            failures.Add($"{path}.{key}: sent [{string.Join(", ", ids)}], {listed} read back as {Show(people)}");
                        continue;
                    }
                    if (!readObject.ContainsKey(key))
                    {
                        failures.Add($"{path}.{key}: sent {Show(value)}, but the GET has no {key}");
                        continue;
                    }
                    Compare($"{path}.{key}", value, readObject[key], failures);
                }
                return;
            case JsonArray sentArray:
                if (read is not JsonArray readArray || readArray.Count != sentArray.Count)
                {
                    failures.Add($"{path}: sent {Show(sentArray)}, read back {Show(read)}");
                    return;
                }
                for (var i = 0; i < sentArray.Count; i++) Compare($"{path}[{i}]", sentArray[i], readArray[i], failures);
                return;
            default:
                if (!Same(sentValue, read)) failures.Add($"{path}: sent {Show(sentValue)}, read back {Show(read)}");
                return;
        }
    }

    // 73 and 73.0 are the same figure; everything else compares as JSON.
    private static bool Same(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue va && b is JsonValue vb && va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
            return va.GetValue<decimal>() == vb.GetValue<decimal>();
        return JsonNode.DeepEquals(a, b);
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    private sealed record Sent(string Key, string What, string ReadUrl, JsonNode Body);
}

/// <summary>Reading what the screens read: the grid's items, their scores and people, by id.</summary>
public static class Reads
{
    public static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}: {text}");
        // The grid is sent small; the shape tests read it whole, as the web app does (GridJson).
        return GridJson.IsGrid(url) ? GridJson.Complete(JsonNode.Parse(text)!) : JsonNode.Parse(text)!;
    }

    /// <summary>Every item of the grid, in reading order, at every depth.</summary>
    public static IEnumerable<JsonNode> Items(JsonNode grid) => Walk(grid["items"]!.AsArray());

    private static IEnumerable<JsonNode> Walk(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(Walk(i!["children"]!.AsArray())));

    public static JsonNode Item(JsonNode grid, string kind, long id) =>
        Items(grid).SingleOrDefault(i => (string)i["kind"]! == kind && (long)i["id"]! == id)
        ?? throw new AssertionException($"The grid has no {kind} {id}.");

    /// <summary>The item's score in one review, or null when the review has no entry for it (a blank cell).</summary>
    public static JsonNode? ScoreIn(JsonNode item, long reviewId) =>
        item["scores"]!.AsArray().SingleOrDefault(s => (long)s!["reviewId"]! == reviewId);

    /// <summary>People as a screen shows them: the name, or the job title of someone named by role only.</summary>
    public static string[] Names(JsonNode? people) => people?.AsArray().Select(p => (string)p!["displayName"]!).ToArray() ?? [];

    public static long[] Ids(JsonNode? list) => list?.AsArray().Select(i => (long)i!["id"]!).ToArray() ?? [];

    public static string[] Strings(JsonNode? list) => list?.AsArray().Select(s => (string)s!).ToArray() ?? [];

    public static string? Text(JsonNode? node, string property) => (string?)node?[property];
}
