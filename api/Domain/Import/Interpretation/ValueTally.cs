namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// Score cells that are no level, gathered into one finding per distinct value ("0" in 212 cells) rather than one per
/// cell, because a development plan's future review columns hold hundreds of the same placeholder.
/// </summary>
internal sealed class ValueTally(SourceWhere where)
{
    private const int PlacesShown = 3;
    private readonly Dictionary<(FindingKind Kind, string Value), List<SourcePlace>> _seen = [];
    private readonly List<(FindingKind Kind, string Value)> _order = [];

    public void Add(FindingKind kind, string value, SourcePlace place)
    {
        var key = (kind, value);
        if (!_seen.TryGetValue(key, out var places))
        {
            _seen[key] = places = [];
            _order.Add(key);
        }
        places.Add(place);
    }

    public IEnumerable<ImportFinding> Findings() => _order.Select(key =>
    {
        var places = _seen[key];
        var cells = places.Count == 1 ? "1 cell" : $"{places.Count} cells";
        var shown = string.Join("; ", places.Take(PlacesShown).Select(where.Of)) + (places.Count > PlacesShown ? "; ..." : "");
        var message = key.Kind switch
        {
            FindingKind.Placeholder => $"\"{key.Value}\" ({cells}: {shown}) is held as no score, with the text kept as printed.",
            FindingKind.ValueNotOnScale => $"\"{key.Value}\" ({cells}: {shown}) is not a level of the plan's scale: held as no score, "
                + "with what the cell held kept, until you map it to a level.",
            _ => $"\"{key.Value}\" ({cells}: {shown}) is not a score: held as no score, with the text kept as printed.",
        };
        return new ImportFinding(key.Kind, message, where.Of(places[0]), places[0]);
    });
}
