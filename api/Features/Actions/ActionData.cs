using System.Data;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.Measures;
using ActionPlanTracker.Features.Priorities;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Recommendations;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Actions;

/// <summary>What the API returns for an action; also what the audit log records before and after a change.</summary>
public sealed record ActionResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>The recommendation it answers; exactly one of this and <see cref="PriorityId"/> is set.</summary>
    public long? RecommendationId { get; init; }
    /// <summary>The priority it sits under directly (grouped development plans).</summary>
    public long? PriorityId { get; init; }
    /// <summary>The letter the plan gives it ("A", "B"...), unique under its recommendation or priority; null when the source printed none.</summary>
    public string? Code { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Where it came from, as written: "Ofsted rec 14" on an action carried over from an inspection.</summary>
    public string? SourceReference { get; init; }
    /// <summary>The leads in the order written.</summary>
    public IReadOnlyList<PersonRef> Leads { get; init; } = [];
    /// <summary>The owners (the plan may call them responsible officers) in the order written.</summary>
    public IReadOnlyList<PersonRef> Owners { get; init; } = [];
    /// <summary>The deadline exactly as written.</summary>
    public string? DeadlineText { get; init; }
    /// <summary>What the tracker understands from <see cref="DeadlineText"/>; null when there is none.</summary>
    public DeadlineResponse? Deadline => DeadlineResponse.For(DeadlineText);
    public int SortOrder { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class ActionData
{
    private const string Filter = """

        WHERE a.plan_id = @planId
          AND (@actionId IS NULL OR a.id = @actionId)
          AND (@recommendationId IS NULL OR a.recommendation_id = @recommendationId)
          AND (@priorityId IS NULL OR a.priority_id = @priorityId)

        """;

    // Actions, then their leads and owners: one round trip, stitched in memory.
    // Printed order, as the grid shows a plan: priority by priority (the recommendations' actions, then the priority's own),
    // then the actions of ungrouped recommendations; within a recommendation or priority, the actions' own order.
    private const string ListSql = """
        SELECT a.id               AS Id,
               a.plan_id          AS PlanId,
               a.recommendation_id AS RecommendationId,
               a.priority_id      AS PriorityId,
               a.code             AS Code,
               a.description      AS Description,
               a.source_reference AS SourceReference,
               a.deadline_text    AS DeadlineText,
               a.sort_order       AS SortOrder,
               a.row_version      AS Version,
               a.created_at       AS CreatedAt,
               a.updated_at       AS UpdatedAt
        FROM actions a
        LEFT JOIN recommendations r ON r.id = a.recommendation_id
        LEFT JOIN priorities p ON p.id = COALESCE(a.priority_id, r.priority_id)
        """ + Filter + """
        ORDER BY p.id IS NULL, p.sort_order, p.id, r.id IS NULL, r.sort_order, r.id, a.sort_order, a.id;

        SELECT ip.action_id      AS ItemId,
               'action'          AS Kind,
               ip.role           AS Role,
               person.id         AS Id,
               person.name       AS Name,
               person.job_title  AS JobTitle
        FROM item_people ip
        JOIN actions a ON a.id = ip.action_id
        JOIN people person ON person.id = ip.person_id
        """ + Filter + """
        ORDER BY ip.action_id, ip.role, ip.position;
        """;

    private const string CodeTakenSql = """
        SELECT EXISTS (SELECT 1 FROM actions
                       WHERE code = @code AND id IS DISTINCT FROM @exceptId
                         AND (recommendation_id = @RecommendationId OR priority_id = @PriorityId))
        """;

    /// <summary>
    /// A plan's actions in printed order; optionally only one, or only those answering one recommendation,
    /// or only those directly under one priority (not those under the priority's recommendations).
    /// </summary>
    public static async Task<IReadOnlyList<ActionResponse>> ListAsync(
        IDbConnection connection, long planId, long? actionId = null, long? recommendationId = null, long? priorityId = null,
        IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { planId, actionId, recommendationId, priorityId }, transaction);
        var actions = await grid.ReadAsync<ActionResponse>();
        var people = ItemPeople.Stitch(await grid.ReadAsync<ItemPersonRow>());
        return actions.Select(a =>
        {
            var (leads, owners) = people.For(PeopleItemKind.Action, a.Id);
            return a with { Leads = leads, Owners = owners };
        }).ToList();
    }

    public static async Task<ActionResponse?> FindAsync(IDbConnection connection, long planId, long actionId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, actionId, transaction: transaction)).SingleOrDefault();

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, long actionId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM actions WHERE id = @actionId AND plan_id = @planId)", new { planId, actionId }, transaction);

    /// <summary>
    /// The checks of a create or an update that need the database: the recommendation or priority is one of this
    /// plan's, every person named is known, and nothing else under the same parent has the code.
    /// </summary>
    public static async Task CheckAgainstPlanAsync(
        IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction, ActionRequest request, string? code, long? exceptId)
    {
        if (request.RecommendationId is { } recommendationId
            && !await RecommendationData.ExistsAsync(connection, request.PlanId, recommendationId, transaction))
            endpoint.Invalid("recommendationId", $"Plan {request.PlanId} has no recommendation with id {recommendationId}.");
        if (request.PriorityId is { } priorityId && !await PriorityData.ExistsAsync(connection, request.PlanId, priorityId, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        await ItemPeople.CheckKnownAsync(endpoint, connection, request.LeadIds, request.OwnerIds, transaction);
        if (code is not null && await connection.ExecuteScalarAsync<bool>(CodeTakenSql, new { code, exceptId, request.RecommendationId, request.PriorityId }, transaction))
            endpoint.Conflict("code", request.RecommendationId is null
                ? $"Another action directly under this priority already has code \"{code}\"."
                : $"Another action answering this recommendation already has code \"{code}\".");
    }

    /// <summary>
    /// Records in the audit log the removal of these actions and their success measures, before a delete that
    /// cascades to them, so each keeps a history ending in "delete" like anything deleted on its own.
    /// </summary>
    public static async Task RecordRemovalAsync(
        IDbConnection connection, IDbTransaction transaction, WriteContext write, IReadOnlyList<ActionResponse> actions)
    {
        if (actions.Count == 0) return;
        var measures = await MeasureData.ListForActionsAsync(connection, actions[0].PlanId, actions.Select(a => a.Id), transaction);
        foreach (var measure in measures)
            await AuditLog.RecordAsync(connection, transaction, write, "measure", measure.Id, measure.PlanId, measure, null);
        foreach (var action in actions)
            await AuditLog.RecordAsync(connection, transaction, write, "action", action.Id, action.PlanId, action, null);
    }
}
