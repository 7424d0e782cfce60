using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// The grid as sent is small (issue 14: people by id, empty properties left out, older scores as arrays); tests that
/// read items the way the pages do complete it first, as the web app's completeGrid does (web/src/domain/grid-scores.ts):
/// people by id become {id, name, jobTitle, displayName}, missing lists become [], flags false, counts 0, older scores
/// whole score objects in column order, and a latest update that names a score takes that score's words.
/// A missing property of any other kind reads as null through JsonNode already.
/// </summary>
public static class GridJson
{
    public static async Task<JsonNode> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, $"GET {url}: {text}");
        return Complete(JsonNode.Parse(text)!);
    }

    public static bool IsGrid(string url) => url.Split('?')[0].EndsWith("/grid", StringComparison.Ordinal);

    /// <summary>Completes the grid in place and returns it.</summary>
    public static JsonNode Complete(JsonNode grid)
    {
        var people = (grid["people"]?.AsArray() ?? []).ToDictionary(p => (long)p!["id"]!, p => p!);
        var reviews = grid["reviews"]!.AsArray().Select(r => ((long)r!["id"]!, (string?)r["label"])).ToList();
        var labels = grid["scale"]!["levels"]!.AsArray().ToDictionary(l => (int)l!["value"]!, l => (string)l!["label"]!);
        foreach (var item in grid["items"]!.AsArray()) CompleteItem(item!.AsObject(), people, reviews, labels);
        return grid;
    }

    private static JsonArray People(JsonNode? ids, Dictionary<long, JsonNode> people) => new((ids?.AsArray() ?? []).Select(id =>
    {
        var p = people[(long)id!];
        var (name, jobTitle) = ((string?)p["name"], (string?)p["jobTitle"]);
        return (JsonNode)new JsonObject { ["id"] = (long)id!, ["name"] = name, ["jobTitle"] = jobTitle, ["displayName"] = name ?? jobTitle ?? "" };
    }).ToArray());

    private static void Default(JsonObject o, string name, Func<JsonNode?> value)
    {
        if (!o.ContainsKey(name)) o[name] = value();
    }

    private static void CompleteItem(JsonObject item, Dictionary<long, JsonNode> people, List<(long Id, string? Label)> reviews, Dictionary<int, string> labels)
    {
        foreach (var list in new[] { "answersReportRecommendations", "addressees", "stale", "scores", "children" }) Default(item, list, () => new JsonArray());
        foreach (var flag in new[] { "isScored" }) Default(item, flag, () => false);
        Default(item, "updateCount", () => 0);
        item["leads"] = People(item["leads"], people);
        item["owners"] = People(item["owners"], people);
        foreach (var inherited in new[] { "inheritedLeads", "inheritedOwners" })
            if (item[inherited] is JsonObject o) o["people"] = People(o["people"], people);
        foreach (var deadline in new[] { item["deadline"], item["inheritedDeadline"]?["deadline"] })
            if (deadline is JsonObject d) foreach (var list in new[] { "dueDates", "notes", "problems", "toConfirm" }) Default(d, list, () => new JsonArray());
        if (item["direction"] is JsonObject direction)
            foreach (var flag in new[] { "skippedGap", "overrideContradicts", "printedContradicts" }) Default(direction, flag, () => false);

        var scores = item["scores"]!.AsArray().Select(s => s!.DeepClone().AsObject()).ToList();
        if (item["older"] is JsonObject older)
        {
            var levels = older["levels"]!.AsArray();
            var directions = older["directions"]!.AsArray();
            for (var i = 0; i < directions.Count; i++)
                if (directions[i] is not null)
                    scores.Add(new JsonObject
                    {
                        ["reviewId"] = reviews[i].Id, ["level"] = levels[i]?.DeepClone(), ["direction"] = directions[i]!.DeepClone(),
                        ["version"] = older["versions"]![i]!.DeepClone(), ["textOmitted"] = true,
                        ["signOffStatus"] = older["signOffStatuses"]?[i]?.DeepClone(), ["recordedAs"] = older["recordedAs"]?[i]?.DeepClone(),
                    });
        }
        var column = reviews.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var s in scores)
        {
            Default(s, "label", () => (int?)s["level"] is { } level ? labels[level] : null);
            Default(s, "textOmitted", () => false);
            Default(s, "completeAsPrinted", () => false);
        }
        item["scores"] = new JsonArray(scores.OrderBy(s => column[(long)s["reviewId"]!]).Select(s => (JsonNode)s).ToArray());

        if (item["latestUpdate"] is JsonObject latest)
        {
            Default(latest, "undated", () => false);
            if (!latest.ContainsKey("narrative") && (long?)latest["reviewId"] is { } reviewId)
            {
                var score = scores.Single(s => (long)s["reviewId"]! == reviewId);
                latest["narrative"] = score["narrative"]?.DeepClone();
                latest["narrativeDate"] = score["narrativeDate"]?.DeepClone();
                latest["updatedBy"] = score["updatedBy"]?.DeepClone();
                latest["reviewLabel"] = reviews[column[reviewId]].Label;
                latest["undated"] = score["narrativeDate"] is null;
            }
        }
        foreach (var child in item["children"]!.AsArray()) CompleteItem(child!.AsObject(), people, reviews, labels);
    }
}
