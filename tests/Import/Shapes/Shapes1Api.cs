using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Shapes;
using static ActionPlanTracker.Tests.Import.Api.Imports;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// A council officer's import, end to end through the real API: upload the file, take the proposed mapping as it comes,
/// commit, then read the plan back the way the screens do (grid, update logs, printed figures and averages).
/// </summary>
public static class Shapes1Api
{
    public static readonly HttpClient Admin = TrackerApp.ClientFor("Shapes One Importer");

    /// <summary>An uploaded, not yet committed import: the proposal and dry run as JSON, and the ETag to commit with.</summary>
    public sealed record Pending(long Id, string ETag, JsonNode Body)
    {
        public JsonNode Mapping => Body["mapping"]!;
        public JsonNode DryRun => Body["dryRun"]!;
        public IEnumerable<JsonNode> Findings => DryRun["findings"]!.AsArray().Select(f => f!);
        public IEnumerable<string> FindingsOf(string kind) =>
            Findings.Where(f => (string)f["kind"]! == kind).Select(f => $"{(string?)f["where"]}: {(string)f["message"]!}");
        /// <summary>What the dry run said, for an assertion's message when the plan read back is not what the file held.</summary>
        public string Said => $"mapping: {Mapping.ToJsonString()}\nfindings:\n{string.Join("\n", Findings.Select(f => f.ToJsonString()))}";
    }

    public static async Task<Pending> UploadAsync(string fileName, byte[] content)
    {
        var response = await Api.Imports.UploadAsync(Admin, fileName, content);
        return await PendingFrom(response);
    }

    public static async Task<Pending> PasteAsync(string text, string? title = null)
    {
        var response = await Admin.PostJsonAsync("/api/imports/paste", new { text, title });
        return await PendingFrom(response);
    }

    private static async Task<Pending> PendingFrom(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var body = JsonNode.Parse(text)!;
        return new Pending((long)body["id"]!, response.ETag(), body);
    }

    /// <summary>Replaces the mapping with a person's adjusted one (PUT with If-Match); the answer is the new dry run.</summary>
    public static async Task<Pending> AdjustAsync(Pending import, JsonNode mapping)
    {
        var response = await Admin.PutJsonAsync($"/api/imports/{import.Id}/mapping", mapping, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return new Pending(import.Id, response.ETag(), JsonNode.Parse(text)!);
    }

    /// <summary>Commits as proposed and answers the new plan's id; the dry run is in the failure message if it does not go through.</summary>
    public static async Task<CommitDto> CommitAsync(Pending import, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await Api.Imports.CommitAsync(Admin, import.Id, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{text}\n{import.Said}");
        return System.Text.Json.JsonSerializer.Deserialize<CommitDto>(text, Http.Json)!;
    }

    /// <summary>The plan as its grid reads it, with each item's update log, and the plan's printed figures and averages.</summary>
    public static async Task<PlanReadBack> ReadBackAsync(long planId)
    {
        var grid = await Reads.GetAsync(Admin, $"/api/plans/{planId}/grid");
        var logs = new Dictionary<(string, long), JsonArray>();
        foreach (var item in Reads.Items(grid).Where(i => (string)i["kind"]! != "priority"))
        {
            var (kind, id) = ((string)item["kind"]!, (long)item["id"]!);
            logs[(kind, id)] = (await Reads.GetAsync(Admin, $"/api/plans/{planId}/items/{kind}/{id}/updates")).AsArray();
        }
        var figures = (await Reads.GetAsync(Admin, $"/api/plans/{planId}/printed-figures")).AsArray();
        var averages = new List<JsonNode>();
        foreach (var review in grid["reviews"]!.AsArray())
            averages.AddRange((await Reads.GetAsync(Admin, $"/api/plans/{planId}/reviews/{(long)review!["id"]!}/reported-averages"))
                .AsArray().Select(a => a!));
        return new PlanReadBack(grid, logs, figures, averages);
    }
}

/// <summary>A committed plan read back through the API, with small views that put it in the words a file writes.</summary>
public sealed record PlanReadBack(JsonNode Grid, IReadOnlyDictionary<(string Kind, long Id), JsonArray> Logs, JsonArray Figures, IReadOnlyList<JsonNode> Averages)
{
    public JsonNode Plan => Grid["plan"]!;
    public JsonNode Scale => Grid["scale"]!;
    public IReadOnlyList<JsonNode> Reviews => Grid["reviews"]!.AsArray().Select(r => r!).ToList();
    public IEnumerable<JsonNode> Items(string kind) => Reads.Items(Grid).Where(i => (string)i["kind"]! == kind);
    public IReadOnlyList<JsonNode> Top => Grid["items"]!.AsArray().Select(i => i!).ToList();

    /// <summary>"number: text" of every item of a kind, in reading order ("-" for an unnumbered row).</summary>
    public IEnumerable<string> Numbered(string kind) => Items(kind).Select(i => $"{(string?)i["number"] ?? "-"}: {(string)i["text"]!}");

    /// <summary>Each review's label as printed.</summary>
    public IEnumerable<string> ReviewLabels => Reviews.Select(r => (string)r["label"]!);

    /// <summary>An item's scores in review order: "2", "no score (0)" or "blank" where the review holds nothing for it.</summary>
    public IEnumerable<string> ScoresOf(JsonNode item) => Reviews.Select(review =>
        Reads.ScoreIn(item, (long)review["id"]!) is not { } score ? "blank"
        : score["level"] is { } level ? $"{(int)level}" : $"no score ({(string?)score["recordedAs"]})");

    /// <summary>"Name (Job title)", "Name" or "(Job title)" for each person, as the item names them itself.</summary>
    public static IEnumerable<string> People(JsonNode? people) =>
        people?.AsArray().Select(p => Person(p!)) ?? [];

    public static string Person(JsonNode person) => ((string?)person["name"], (string?)person["jobTitle"]) switch
    {
        ({ } name, { } title) => $"{name} ({title})",
        ({ } name, null) => name,
        (null, { } title) => $"({title})",
        _ => "?",
    };

    /// <summary>The deadline as written on the item itself, or the one it takes from the row above (marked "^").</summary>
    public static string? Deadline(JsonNode item) =>
        (string?)item["deadline"]?["text"] ?? ((string?)item["inheritedDeadline"]?["deadline"]?["text"] is { } inherited ? $"^{inherited}" : null);

    /// <summary>An item's update log as "date: text" lines (date "undated" when none was written).</summary>
    public IEnumerable<string> LogOf(JsonNode item) =>
        Logs[((string)item["kind"]!, (long)item["id"]!)].Select(u => $"{(string?)u!["writtenOn"] ?? "undated"}: {(string)u["text"]!}");
}
