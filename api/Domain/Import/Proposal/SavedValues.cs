namespace ActionPlanTracker.Domain.Import;

/// <summary>A saved mapping's score values kept, with values first seen this month proposed on the saved scale.</summary>
internal static class SavedValues
{
    public static IReadOnlyList<ValueMapping> Extend(ImportMapping saved, IReadOnlyList<SeenScore> seen, IReadOnlyList<KnownScale> scales)
    {
        var scale = ScaleOf(saved.Scale, scales);
        var added = seen.Where(s => saved.Values.All(v => v.Seen != s.Seen))
            .Select(s => new ValueMapping(s.Seen, scale is null ? null : KnownScaleMatch.LevelOf(scale, s.Seen)));
        return [.. saved.Values, .. added];
    }

    private static RatingScale? ScaleOf(ScaleChoice choice, IReadOnlyList<KnownScale> scales) =>
        choice.ScaleId is { } id
            ? scales.FirstOrDefault(k => k.Id == id)?.Scale
            : choice.New is { } made
                ? new RatingScale(made.Name, made.HigherIsBetter,
                    made.Levels.Select(l => new ScaleLevel(l.Value, l.Label, null, l.Colour, l.MeansComplete)).ToList())
                : null;
}
