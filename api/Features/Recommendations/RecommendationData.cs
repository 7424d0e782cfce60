using ActionPlanTracker.Features.People;
using System.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.Priorities;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Recommendations;

/// <summary>What the API returns for a recommendation; also what the audit log records before and after a change.</summary>
public sealed record RecommendationResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>The priority it is grouped under, or null when the plan does not group it.</summary>
    public long? PriorityId { get; init; }
    /// <summary>The number as the report prints it, kept as written: "7 (14)" keeps the numbering from before rows were merged.</summary>
    public string Number { get; init; } = "";
    public string Text { get; init; } = "";
    /// <summary>The inspection judgement area, e.g. "Children who need help and protection".</summary>
    public string? JudgementArea { get; init; }
    /// <summary>The report paragraphs it is drawn from, as written: "12, 14, 31".</summary>
    public string? SourceParagraphs { get; init; }
    /// <summary>The people who lead it, in the order written (often two).</summary>
    public IReadOnlyList<PersonRef> Leads { get; init; } = [];
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

public static class RecommendationData
{
    private const string Filter = """

        WHERE r.plan_id = @planId
          AND (@recommendationId IS NULL OR r.id = @recommendationId)
          AND (@priorityId IS NULL OR r.priority_id = @priorityId)

        """;

    // Recommendations and their leads in one round trip, stitched in memory.
    private const string ListSql = """
        SELECT r.id                AS Id,
               r.plan_id           AS PlanId,
               r.priority_id       AS PriorityId,
               r.number            AS Number,
               r.text              AS Text,
               r.judgement_area    AS JudgementArea,
               r.source_paragraphs AS SourceParagraphs,
               r.deadline_text     AS DeadlineText,
               r.sort_order        AS SortOrder,
               r.row_version       AS Version,
               r.created_at        AS CreatedAt,
               r.updated_at        AS UpdatedAt
        FROM recommendations r
        """ + Filter + """
        ORDER BY r.sort_order, r.id;

        SELECT rl.recommendation_id AS ItemId,
               p.id                 AS Id,
               p.name               AS Name,
               p.job_title          AS JobTitle
        FROM recommendation_leads rl
        JOIN recommendations r ON r.id = rl.recommendation_id
        JOIN people p ON p.id = rl.person_id
        """ + Filter + """
        ORDER BY rl.recommendation_id, rl.position;
        """;

    private const string DeleteLeadsSql = "DELETE FROM recommendation_leads WHERE recommendation_id = @recommendationId";

    private const string InsertLeadSql = """
        INSERT INTO recommendation_leads (recommendation_id, person_id, position)
        VALUES (@recommendationId, @personId, @position);
        """;

    /// <summary>A plan's recommendations in printed order, optionally only one, or only those grouped under one priority.</summary>
    public static async Task<IReadOnlyList<RecommendationResponse>> ListAsync(
        IDbConnection connection, long planId, long? recommendationId = null, long? priorityId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { planId, recommendationId, priorityId }, transaction);
        var recommendations = await grid.ReadAsync<RecommendationResponse>();
        var leads = PersonRefs.ByItem(await grid.ReadAsync<ItemPersonRow>());
        return recommendations.Select(r => r with { Leads = leads[r.Id].ToList() }).ToList();
    }

    public static async Task<RecommendationResponse?> FindAsync(
        IDbConnection connection, long planId, long recommendationId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, recommendationId, null, transaction)).SingleOrDefault();

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, long recommendationId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM recommendations WHERE id = @recommendationId AND plan_id = @planId)",
            new { planId, recommendationId }, transaction);

    /// <summary>Replaces the leads with <paramref name="leadIds"/>, keeping their order.</summary>
    public static async Task SaveLeadsAsync(IDbConnection connection, long recommendationId, IReadOnlyList<long> leadIds, IDbTransaction transaction)
    {
        await connection.ExecuteAsync(DeleteLeadsSql, new { recommendationId }, transaction);
        await connection.ExecuteAsync(InsertLeadSql,
            leadIds.Select((personId, index) => new { recommendationId, personId, position = index + 1 }), transaction);
    }

    /// <summary>
    /// The checks of a create or an update that need the database: the priority is one of this plan's,
    /// every lead is a known person, and no other recommendation of the plan has the number.
    /// </summary>
    public static async Task CheckAgainstPlanAsync(
        IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction, RecommendationRequest request, string number, long? exceptId)
    {
        if (request.PriorityId is { } priorityId && !await PriorityData.ExistsAsync(connection, request.PlanId, priorityId, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        if (await PersonRefs.FirstUnknownAsync(connection, (request.LeadIds ?? []).Select(id => (long?)id), transaction) is { } unknown)
            endpoint.Invalid("leadIds", $"No person has id {unknown}. Add them to the people list first.");
        if (await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM recommendations WHERE plan_id = @PlanId AND number = @number AND id IS NOT @exceptId)",
                new { request.PlanId, number, exceptId }, transaction))
            endpoint.Conflict("number", $"This plan already has a recommendation numbered \"{number}\".");
    }
}
