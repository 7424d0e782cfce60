using System.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.People;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Measures;

/// <summary>What the API returns for a success measure; also what the audit log records before and after a change.</summary>
public sealed record MeasureResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    public long ActionId { get; init; }
    /// <summary>The number as the plan prints it ("1.1.2"); null when it prints none (the measure shows as unnumbered).</summary>
    public string? Number { get; init; }
    /// <summary>How the plan will know the action worked, e.g. "95% of plans up to date, 75% judged good at audit".</summary>
    public string Text { get; init; } = "";
    /// <summary>Its own leads in printed order; empty means it answers to its action's.</summary>
    public IReadOnlyList<PersonRef> Leads { get; init; } = [];
    /// <summary>Its own owners (responsible officers) in printed order; empty means its action's.</summary>
    public IReadOnlyList<PersonRef> Owners { get; init; } = [];
    /// <summary>Its own deadline exactly as written; null means it is due when its action is.</summary>
    public string? DeadlineText { get; init; }
    /// <summary>What the tracker understands from <see cref="DeadlineText"/>; null when there is none.</summary>
    public DeadlineResponse? Deadline => DeadlineResponse.For(DeadlineText);
    public int SortOrder { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class MeasureData
{
    private const string Filter = """

        WHERE m.plan_id = @planId
          AND (@actionId IS NULL OR m.action_id = @actionId)
          AND (@measureId IS NULL OR m.id = @measureId)

        """;

    // Measures, then their own leads and owners: one round trip, stitched in memory.
    private const string ListSql = """
        SELECT m.id            AS Id,
               m.plan_id       AS PlanId,
               m.action_id     AS ActionId,
               m.number        AS Number,
               m.text          AS Text,
               m.deadline_text AS DeadlineText,
               m.sort_order    AS SortOrder,
               m.row_version   AS Version,
               m.created_at    AS CreatedAt,
               m.updated_at    AS UpdatedAt
        FROM success_measures m
        """ + Filter + """
        ORDER BY m.action_id, m.sort_order, m.id;

        SELECT ip.measure_id AS ItemId,
               'measure'     AS Kind,
               ip.role       AS Role,
               p.id          AS Id,
               p.name        AS Name,
               p.job_title   AS JobTitle
        FROM item_people ip
        JOIN success_measures m ON m.id = ip.measure_id
        JOIN people p ON p.id = ip.person_id
        """ + Filter + """
        ORDER BY ip.measure_id, ip.role, ip.position;
        """;

    /// <summary>A plan's measures in printed order, optionally only one action's, or only one.</summary>
    public static async Task<IReadOnlyList<MeasureResponse>> ListAsync(
        IDbConnection connection, long planId, long? actionId = null, long? measureId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { planId, actionId, measureId }, transaction);
        var measures = await grid.ReadAsync<MeasureResponse>();
        var people = ItemPeople.Stitch(await grid.ReadAsync<ItemPersonRow>());
        return measures.Select(m =>
        {
            var (leads, owners) = people.For(PeopleItemKind.Measure, m.Id);
            return m with { Leads = leads, Owners = owners };
        }).ToList();
    }

    public static async Task<MeasureResponse?> FindAsync(
        IDbConnection connection, long planId, long actionId, long measureId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, actionId, measureId, transaction)).SingleOrDefault();

    /// <summary>The measures of these actions (one plan's), in printed order.</summary>
    public static async Task<IReadOnlyList<MeasureResponse>> ListForActionsAsync(
        IDbConnection connection, long planId, IEnumerable<long> actionIds, IDbTransaction? transaction = null)
    {
        var wanted = actionIds.ToHashSet();
        return (await ListAsync(connection, planId, transaction: transaction)).Where(m => wanted.Contains(m.ActionId)).ToList();
    }

    /// <summary>The checks of a create or an update that need the database: the people named exist.</summary>
    public static Task CheckAgainstPlanAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction, MeasureRequest request) =>
        ItemPeople.CheckKnownAsync(endpoint, connection, request.LeadIds, request.OwnerIds, transaction);
}
