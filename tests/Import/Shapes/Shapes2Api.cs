using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Shapes;
using ImportCalls = ActionPlanTracker.Tests.Import.Api.Imports;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// A file taken through the real import as an administrator would take it: uploaded, its proposed mapping kept (or
/// changed through PUT), committed, and the plan then read back only through the endpoints the screens read.
/// </summary>
public static class Shapes2Api
{
    public static readonly HttpClient Admin = TrackerApp.ClientFor("Shapes Importer");

    /// <summary>A pending import as the upload answered it, with its ETag.</summary>
    public sealed record Pending(long Id, string ETag, JsonNode Body)
    {
        public JsonNode Mapping => Body["mapping"]!;
        public JsonNode DryRun => Body["dryRun"]!;
        public IEnumerable<JsonNode> Findings => DryRun["findings"]!.AsArray().Select(f => f!);
        public IEnumerable<JsonNode> FindingsOf(string kind) => Findings.Where(f => (string)f["kind"]! == kind);
        public string Describe() => string.Join("\n", Findings.Select(f => $"{f["kind"]} @ {f["where"]}: {f["message"]}"));
    }

    public static async Task<Pending> UploadAsync(string fileName, byte[] content)
    {
        var response = await ImportCalls.UploadAsync(Admin, fileName, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var body = JsonNode.Parse(text)!;
        return new Pending((long)body["id"]!, response.ETag(), body);
    }

    /// <summary>Sends the whole mapping back with a change made to it, as the mapping screen does; the answer is the new dry run.</summary>
    public static async Task<Pending> RemapAsync(Pending import, Action<JsonNode> change)
    {
        var mapping = import.Mapping.DeepClone();
        change(mapping);
        var response = await Admin.PutJsonAsync($"/api/imports/{import.Id}/mapping", mapping, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return new Pending(import.Id, response.ETag(), JsonNode.Parse(text)!);
    }

    /// <summary>Commits the import as proposed and answers the new plan's id.</summary>
    public static async Task<long> CommitAsync(Pending import)
    {
        Assert.That((bool)import.DryRun["canCommit"]!, Is.True, import.Describe());
        var response = await ImportCalls.CommitAsync(Admin, import.Id, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var body = JsonNode.Parse(text)!;
        Assert.That((bool)body["planCreated"]!, Is.True);
        return (long)body["planId"]!;
    }

    public static Task<JsonNode> GetAsync(string url) => Reads.GetAsync(Admin, url);

    public static async Task<JsonNode> GridAsync(long planId) => await GetAsync($"/api/plans/{planId}/grid");

    /// <summary>Every item of the grid of one kind, in printed order.</summary>
    public static List<JsonNode> ItemsOf(JsonNode grid, string kind) => Reads.Items(grid).Where(i => (string)i["kind"]! == kind).ToList();

    /// <summary>What a row of the grid shows of an item: its number, its text, its own leads, owners and deadline as written.</summary>
    public static (string? Number, string Text, string[] Leads, string[] Owners, string? Deadline) Shown(JsonNode item) =>
        ((string?)item["number"], (string)item["text"]!, People(item["leads"]), People(item["owners"]), (string?)item["deadline"]?["text"]);

    /// <summary>A person as "Name (Job title)", "Name" or "(Job title)" for someone named by role only.</summary>
    public static string[] People(JsonNode? list) => list?.AsArray().Select(p =>
    {
        var (name, job) = ((string?)p!["name"], (string?)p["jobTitle"]);
        return name is null ? $"({job})" : job is null ? name : $"{name} ({job})";
    }).ToArray() ?? [];

    /// <summary>The item's score in each review, in review order: "3" for a level, "no score (0)" with what was printed, "-" where the review holds none.</summary>
    public static string[] Scores(JsonNode item, IReadOnlyList<long> reviews) => reviews.Select(r => Reads.ScoreIn(item, r) switch
    {
        null => "-",
        { } s when (int?)s["level"] is { } level => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { } s => $"no score ({(string?)s["recordedAs"]})",
    }).ToArray();

    public static async Task<List<JsonNode>> UpdatesAsync(long planId, string kind, long itemId) =>
        (await GetAsync($"/api/plans/{planId}/items/{kind}/{itemId}/updates")).AsArray().Select(u => u!).ToList();

    public static long[] ReviewIds(JsonNode grid) => grid["reviews"]!.AsArray().Select(r => (long)r!["id"]!).ToArray();
}
