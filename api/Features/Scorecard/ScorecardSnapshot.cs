using ActionPlanTracker.Data;
using System.Data;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// Everything a plan's scorecard shows, read at one version of the plan in one read transaction: the indicators with
/// their owners, links, years, interim targets and comparators (<see cref="IndicatorData.ListAsync"/>, one batch), every
/// value of the plan's indicators (one query) and the titles of the items they evidence (one query). No query per
/// indicator, so 200 indicators cost the same few round trips as 2.
/// </summary>
public sealed class ScorecardSnapshot
{
    public required long PlanId { get; init; }
    /// <summary>The plan's version (plan_versions) the snapshot was read at.</summary>
    public required long PlanVersion { get; init; }
    public required IReadOnlyList<IndicatorResponse> Indicators { get; init; }
    /// <summary>Values by indicator id, oldest period first.</summary>
    public required ILookup<long, IndicatorValueResponse> Values { get; init; }
    /// <summary>(kind, item id) → (reference, title) of the items the indicators evidence.</summary>
    public required IReadOnlyDictionary<(string Kind, long Id), (string Reference, string Title)> Items { get; init; }

    private const string HeadSql = """
        SELECT EXISTS (SELECT 1 FROM plans WHERE id = @planId);
        SELECT coalesce((SELECT version FROM plan_versions WHERE plan_id = @planId), 0);
        """;

    private const string ValuesSql = """
        SELECT v.id AS Id, v.indicator_id AS IndicatorId, v.period AS Period, v.state AS State, v.value AS Value, v.numerator AS Numerator,
               v.denominator AS Denominator, v.note AS Note, v.printed_ytd AS PrintedYtd, v.printed_direction AS PrintedDirection,
               v.row_version AS Version, v.updated_by AS UpdatedBy, v.updated_at AS UpdatedAt
        FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
        WHERE i.plan_id = @planId
        ORDER BY v.indicator_id, v.period;
        """;

    private const string ItemsSql = """
        SELECT 'priority' AS Kind, p.id AS Id, p.number AS Reference, p.title AS Title
        FROM priorities p WHERE p.id IN (SELECT l.priority_id FROM indicator_links l JOIN indicators i ON i.id = l.indicator_id WHERE i.plan_id = @planId)
        UNION ALL
        SELECT 'recommendation', r.id, r.number, r.text
        FROM recommendations r WHERE r.id IN (SELECT l.recommendation_id FROM indicator_links l JOIN indicators i ON i.id = l.indicator_id WHERE i.plan_id = @planId)
        UNION ALL
        SELECT 'action', a.id, a.code, a.description
        FROM actions a WHERE a.id IN (SELECT l.action_id FROM indicator_links l JOIN indicators i ON i.id = l.indicator_id WHERE i.plan_id = @planId);
        """;

    private sealed record ItemRow
    {
        public string Kind { get; init; } = "";
        public long Id { get; init; }
        public string Reference { get; init; } = "";
        public string Title { get; init; } = "";
    }

    /// <summary>The plan's scorecard data, or null when there is no such plan.</summary>
    public static async Task<ScorecardSnapshot?> LoadAsync(DbConnection connection, long planId)
    {
        // One deferred read transaction (a snapshot in WAL): the version and the rows agree even while values are being saved.
        using var transaction = connection.BeginReadTransaction();
        IDbTransaction tx = transaction;
        bool exists;
        long version;
        await using (var head = await connection.QueryMultipleAsync(HeadSql, new { planId }, tx))
        {
            exists = await head.ReadSingleAsync<bool>();
            version = await head.ReadSingleAsync<long>();
        }
        if (!exists) return null;
        var indicators = await IndicatorData.ListAsync(connection, planId, transaction: tx);
        var values = (await connection.QueryAsync<IndicatorValueResponse>(ValuesSql, new { planId }, tx)).ToLookup(v => v.IndicatorId);
        var items = (await connection.QueryAsync<ItemRow>(ItemsSql, new { planId }, tx))
            .ToDictionary(r => (r.Kind, r.Id), r => (r.Reference, r.Title));
        transaction.Commit();
        return new ScorecardSnapshot { PlanId = planId, PlanVersion = version, Indicators = indicators, Values = values, Items = items };
    }
}
