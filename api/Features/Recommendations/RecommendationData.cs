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
    /// <summary>The number as the report prints it, kept as written: "7 (14)" keeps the numbering from before rows were merged. Null when the source printed none.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    /// <summary>The inspection judgement area, e.g. "Children who need help and protection".</summary>
    public string? JudgementArea { get; init; }
    /// <summary>The report paragraphs it is drawn from, as written: "12, 14, 31".</summary>
    public string? SourceParagraphs { get; init; }
    /// <summary>Who the report addresses it to, as printed and in printed order: "the local authority", "the safeguarding partnership".</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];
    /// <summary>The people who lead it, in the order written (often two).</summary>
    public IReadOnlyList<PersonRef> Leads { get; init; } = [];
    /// <summary>Its owners (the plan may call them responsible officers), in the order written.</summary>
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

        SELECT ip.recommendation_id AS ItemId,
               'recommendation'     AS Kind,
               ip.role              AS Role,
               p.id                 AS Id,
               p.name               AS Name,
               p.job_title          AS JobTitle
        FROM item_people ip
        JOIN recommendations r ON r.id = ip.recommendation_id
        JOIN people p ON p.id = ip.person_id
        """ + Filter + """
        ORDER BY ip.recommendation_id, ip.role, ip.position;

        SELECT ra.recommendation_id AS RecommendationId,
               ra.addressee         AS Addressee
        FROM recommendation_addressees ra
        JOIN recommendations r ON r.id = ra.recommendation_id
        """ + Filter + """
        ORDER BY ra.recommendation_id, ra.position;
        """;

    private const string DeleteAddresseesSql = "DELETE FROM recommendation_addressees WHERE recommendation_id = @recommendationId";

    private const string InsertAddresseeSql = """
        INSERT INTO recommendation_addressees (recommendation_id, addressee, position)
        VALUES (@recommendationId, @addressee, @position);
        """;

    private sealed record AddresseeRow(long RecommendationId, string Addressee);

    /// <summary>A plan's recommendations in printed order, optionally only one, or only those grouped under one priority.</summary>
    public static async Task<IReadOnlyList<RecommendationResponse>> ListAsync(
        IDbConnection connection, long planId, long? recommendationId = null, long? priorityId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { planId, recommendationId, priorityId }, transaction);
        var recommendations = await grid.ReadAsync<RecommendationResponse>();
        var people = ItemPeople.Stitch(await grid.ReadAsync<ItemPersonRow>());
        var addressees = (await grid.ReadAsync<AddresseeRow>()).ToLookup(a => a.RecommendationId, a => a.Addressee);
        return recommendations.Select(r =>
        {
            var (leads, owners) = people.For(PeopleItemKind.Recommendation, r.Id);
            return r with { Leads = leads, Owners = owners, Addressees = addressees[r.Id].ToList() };
        }).ToList();
    }

    public static async Task<RecommendationResponse?> FindAsync(
        IDbConnection connection, long planId, long recommendationId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, recommendationId, null, transaction)).SingleOrDefault();

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, long recommendationId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM recommendations WHERE id = @recommendationId AND plan_id = @planId)",
            new { planId, recommendationId }, transaction);

    /// <summary>Replaces the addressees, keeping their printed order.</summary>
    public static async Task SaveAddresseesAsync(IDbConnection connection, long recommendationId, IReadOnlyList<string> addressees, IDbTransaction transaction)
    {
        await connection.ExecuteAsync(DeleteAddresseesSql, new { recommendationId }, transaction);
        await connection.ExecuteAsync(InsertAddresseeSql,
            addressees.Select((addressee, index) => new { recommendationId, addressee, position = index + 1 }), transaction);
    }

    /// <summary>
    /// The checks of a create or an update that need the database: the priority is one of this plan's,
    /// every lead is a known person, and no other recommendation of the plan has the number.
    /// </summary>
    public static async Task CheckAgainstPlanAsync(
        IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction, RecommendationRequest request, string? number, long? exceptId)
    {
        if (request.PriorityId is { } priorityId && !await PriorityData.ExistsAsync(connection, request.PlanId, priorityId, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        await ItemPeople.CheckKnownAsync(endpoint, connection, request.LeadIds, request.OwnerIds, transaction);
        if (number is not null && await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM recommendations WHERE plan_id = @PlanId AND number = @number AND id IS DISTINCT FROM @exceptId)",
                new { request.PlanId, number, exceptId }, transaction))
            endpoint.Conflict("number", $"This plan already has a recommendation numbered \"{number}\".");
    }


    /// <summary>The addressees as written, spaces around each dropped.</summary>
    public static IReadOnlyList<string> Addressees(RecommendationRequest request) => (request.Addressees ?? []).Select(a => a.Trim()).ToList();
}
