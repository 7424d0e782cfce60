using System.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import;
using Dapper;

namespace ActionPlanTracker.Features.Import;

/// <summary>The scales and people already in the tracker, as the proposer and the interpreter see them: two queries, stitched in memory.</summary>
public static class KnownData
{
    private const string Sql = """
        SELECT id AS Id, name AS Name, higher_is_better AS HigherIsBetter FROM rating_scales ORDER BY id;
        SELECT scale_id AS ScaleId, value AS Value, label AS Label, meaning AS Meaning, colour AS Colour, means_complete AS MeansComplete
        FROM scale_levels ORDER BY scale_id, value;
        SELECT id AS Id, name AS Name, job_title AS JobTitle, email AS Email FROM people ORDER BY id;
        """;

    private sealed record ScaleRow(long Id, string Name, long? HigherIsBetter);
    private sealed record LevelRow(long ScaleId, long Value, string Label, string? Meaning, string? Colour, long MeansComplete);

    public sealed record Known(IReadOnlyList<KnownScale> Scales, IReadOnlyList<KnownPerson> People);

    public static async Task<Known> LoadAsync(IDbConnection connection, IDbTransaction? transaction = null)
    {
        using var results = await connection.QueryMultipleAsync(Sql, transaction: transaction);
        var scales = (await results.ReadAsync<ScaleRow>()).AsList();
        var levels = (await results.ReadAsync<LevelRow>()).ToLookup(l => l.ScaleId);
        var people = (await results.ReadAsync<KnownPerson>()).AsList();
        return new Known(
            scales.Select(s => new KnownScale(s.Id, new RatingScale(s.Name, s.HigherIsBetter is null ? null : s.HigherIsBetter == 1,
                levels[s.Id].Select(l => new ScaleLevel((int)l.Value, l.Label, l.Meaning, l.Colour, l.MeansComplete == 1)).ToList()))).ToList(),
            people);
    }
}
