using System.Text.Json;

namespace ActionPlanTracker.Bench.Generator;

/// <summary>What the grid says it holds, counted from its JSON, to report the size of the plan measured.</summary>
public sealed record GridCounts(int Recommendations, int Actions, int Scores, int NoScore, int Overrides)
{
    public static GridCounts Of(byte[] json)
    {
        using var grid = JsonDocument.Parse(json);
        int recommendations = 0, actions = 0, scores = 0, noScore = 0, overrides = 0;
        void Walk(JsonElement items)
        {
            foreach (var item in items.EnumerateArray())
            {
                switch (item.GetProperty("kind").GetString())
                {
                    case "recommendation": recommendations++; break;
                    case "action": actions++; break;
                }
                foreach (var score in item.GetProperty("scores").EnumerateArray())
                {
                    scores++;
                    if (score.GetProperty("level").ValueKind == JsonValueKind.Null) noScore++;
                    if (score.TryGetProperty("directionOverride", out var o) && o.ValueKind == JsonValueKind.String) overrides++;
                }
                // Older reviews' plain scores come as arrays (issue 14): a direction for each score row, null for none.
                if (item.TryGetProperty("older", out var older))
                {
                    var levels = older.GetProperty("levels");
                    var i = 0;
                    foreach (var direction in older.GetProperty("directions").EnumerateArray())
                    {
                        if (direction.ValueKind != JsonValueKind.Null)
                        {
                            scores++;
                            if (levels[i].ValueKind == JsonValueKind.Null) noScore++;
                        }
                        i++;
                    }
                }
                Walk(item.GetProperty("children"));
            }
        }
        Walk(grid.RootElement.GetProperty("items"));
        return new GridCounts(recommendations, actions, scores, noScore, overrides);
    }
}
