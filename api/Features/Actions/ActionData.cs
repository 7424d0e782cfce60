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
    /// <summary>The letter the plan gives it ("A", "B"...), unique under its recommendation or priority.</summary>
    public string Code { get; init; } = "";
    public string Description { get; init; } = "";
    /// <summary>Where it came from, as written: "Ofsted rec 14" on an action carried over from an inspection.</summary>
    public string? SourceReference { get; init; }
    public PersonRef? Lead { get; init; }
    public PersonRef? ResponsibleOfficer { get; init; }
    /// <summary>The owners in the order written.</summary>
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

    // Actions with their lead and responsible officer, then their owners: one round trip, stitched in memory.
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
               a.updated_at       AS UpdatedAt,
               lead.id            AS Id,
               lead.name          AS Name,
               lead.job_title     AS JobTitle,
               officer.id         AS Id,
               officer.name       AS Name,
               officer.job_title  AS JobTitle
        FROM actions a
        LEFT JOIN recommendations r ON r.id = a.recommendation_id
        LEFT JOIN priorities p ON p.id = COALESCE(a.priority_id, r.priority_id)
        LEFT JOIN people lead ON lead.id = a.lead_person_id
        LEFT JOIN people officer ON officer.id = a.responsible_person_id
        """ + Filter + """
        ORDER BY p.id IS NULL, p.sort_order, p.id, r.id IS NULL, r.sort_order, r.id, a.sort_order, a.id;

        SELECT ao.action_id AS ItemId,
               person.id        AS Id,
               person.name      AS Name,
               person.job_title AS JobTitle
        FROM action_owners ao
        JOIN actions a ON a.id = ao.action_id
        JOIN people person ON person.id = ao.person_id
        """ + Filter + """
        ORDER BY ao.action_id, ao.position;
        """;

    private const string DeleteOwnersSql = "DELETE FROM action_owners WHERE action_id = @actionId";

    private const string InsertOwnerSql = """
        INSERT INTO action_owners (action_id, person_id, position)
        VALUES (@actionId, @personId, @position);
        """;

    private const string CodeTakenSql = """
        SELECT EXISTS (SELECT 1 FROM actions
                       WHERE code = @code AND id IS NOT @exceptId
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
        var actions = grid.Read<ActionResponse, PersonRef?, PersonRef?, ActionResponse>(
            (action, lead, officer) => action with { Lead = lead, ResponsibleOfficer = officer }, splitOn: "Id");
        var owners = PersonRefs.ByItem(await grid.ReadAsync<ItemPersonRow>());
        return actions.Select(a => a with { Owners = owners[a.Id].ToList() }).ToList();
    }

    public static async Task<ActionResponse?> FindAsync(IDbConnection connection, long planId, long actionId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, actionId, transaction: transaction)).SingleOrDefault();

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, long actionId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM actions WHERE id = @actionId AND plan_id = @planId)", new { planId, actionId }, transaction);

    /// <summary>Replaces the owners with <paramref name="ownerIds"/>, keeping their order.</summary>
    public static async Task SaveOwnersAsync(IDbConnection connection, long actionId, IReadOnlyList<long> ownerIds, IDbTransaction transaction)
    {
        await connection.ExecuteAsync(DeleteOwnersSql, new { actionId }, transaction);
        await connection.ExecuteAsync(InsertOwnerSql,
            ownerIds.Select((personId, index) => new { actionId, personId, position = index + 1 }), transaction);
    }

    /// <summary>
    /// The checks of a create or an update that need the database: the recommendation or priority is one of this
    /// plan's, every person named is known, and nothing else under the same parent has the code.
    /// </summary>
    public static async Task CheckAgainstPlanAsync(
        IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction, ActionRequest request, string code, long? exceptId)
    {
        if (request.RecommendationId is { } recommendationId
            && !await RecommendationData.ExistsAsync(connection, request.PlanId, recommendationId, transaction))
            endpoint.Invalid("recommendationId", $"Plan {request.PlanId} has no recommendation with id {recommendationId}.");
        if (request.PriorityId is { } priorityId && !await PriorityData.ExistsAsync(connection, request.PlanId, priorityId, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        if (await PersonRefs.FirstUnknownAsync(connection, [request.LeadId], transaction) is { } lead)
            endpoint.Invalid("leadId", $"No person has id {lead}. Add them to the people list first.");
        if (await PersonRefs.FirstUnknownAsync(connection, [request.ResponsibleOfficerId], transaction) is { } officer)
            endpoint.Invalid("responsibleOfficerId", $"No person has id {officer}. Add them to the people list first.");
        if (await PersonRefs.FirstUnknownAsync(connection, (request.OwnerIds ?? []).Select(id => (long?)id), transaction) is { } owner)
            endpoint.Invalid("ownerIds", $"No person has id {owner}. Add them to the people list first.");
        if (await connection.ExecuteScalarAsync<bool>(CodeTakenSql, new { code, exceptId, request.RecommendationId, request.PriorityId }, transaction))
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
        var measures = await MeasureData.ListForActionsAsync(connection, actions.Select(a => a.Id), transaction);
        foreach (var measure in measures)
            await AuditLog.RecordAsync(connection, transaction, write, "measure", measure.Id, measure.PlanId, measure, null);
        foreach (var action in actions)
            await AuditLog.RecordAsync(connection, transaction, write, "action", action.Id, action.PlanId, action, null);
    }
}
