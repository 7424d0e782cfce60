namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// How many rows of each kind a deletion removed, the deleted item itself included (deleting an action with two
/// success measures counts one action and two measures). <see cref="People"/> counts lead and owner places
/// (item_people rows), not people, who stay; <see cref="Links"/> counts links to inspection report recommendations.
/// </summary>
public sealed record DeletionCounts
{
    public int Priorities { get; init; }
    public int Recommendations { get; init; }
    public int Actions { get; init; }
    public int Measures { get; init; }
    public int Scores { get; init; }
    public int Updates { get; init; }
    public int People { get; init; }
    public int Links { get; init; }
    public int PrintedFigures { get; init; }
    public int ReportedAverages { get; init; }

    public static DeletionCounts Of(IEnumerable<Row> rows)
    {
        var byTable = rows.GroupBy(r => r.Table).ToDictionary(g => g.Key, g => g.Count());
        int Count(string table) => byTable.GetValueOrDefault(table);
        return new DeletionCounts
        {
            Priorities = Count("priorities"),
            Recommendations = Count("recommendations"),
            Actions = Count("actions"),
            Measures = Count("success_measures"),
            Scores = Count("scores"),
            Updates = Count("item_updates"),
            People = Count("item_people"),
            Links = Count("inspection_recommendation_links"),
            PrintedFigures = Count("printed_figures"),
            ReportedAverages = Count("reported_averages"),
        };
    }
}
