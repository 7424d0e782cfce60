using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Inspections;

/// <summary>
/// One of a report's numbered recommendations, with the plan items linked as answering it; also what the audit log
/// records before and after a change.
/// </summary>
public sealed record InspectionRecommendationResponse
{
    public long Id { get; init; }
    public long InspectionId { get; init; }
    /// <summary>The number as the report prints it ("14"); null when the report numbers none.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    /// <summary>The body the report addresses, as printed: "the local authority", "the safeguarding partnership".</summary>
    public string? Addressee { get; init; }
    /// <summary>The report paragraphs it is drawn from, as printed: "12, 31".</summary>
    public string? Paragraphs { get; init; }
    public int SortOrder { get; init; }
    /// <summary>The plan items that answer it, in the order they were linked.</summary>
    public IReadOnlyList<LinkedItemResponse> Links { get; init; } = [];
    /// <summary>Concurrency version (it changes when the links do); the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>A plan item linked as answering a report recommendation.</summary>
public sealed record LinkedItemResponse
{
    /// <summary>recommendation, action or priority.</summary>
    public string Kind { get; init; } = "";
    public long ItemId { get; init; }
    public long PlanId { get; init; }
    public string PlanTitle { get; init; } = "";
    /// <summary>The item's own number as the plan prints it: a recommendation's "7 (14)", an action's "B", a priority's "3".</summary>
    public string ItemNumber { get; init; } = "";
    /// <summary>The item's text: a recommendation's text, an action's description, a priority's title.</summary>
    public string ItemText { get; init; } = "";
    /// <summary>Why or how the item answers the recommendation, if someone said.</summary>
    public string? Note { get; init; }
}

public static class InspectionRecommendationData
{
    public static readonly string[] LinkKinds = ["recommendation", "action", "priority"];

    private const string Filter = """

        WHERE ir.inspection_id = @inspectionId
          AND (@recommendationId IS NULL OR ir.id = @recommendationId)

        """;

    // The report's recommendations in printed order, then the plan items linked to them with the plan each is in:
    // one round trip, stitched in memory. Every link names exactly one item (a CHECK in db/0017).
    private const string ListSql = """
        SELECT ir.id            AS Id,
               ir.inspection_id AS InspectionId,
               ir.number        AS Number,
               ir.text          AS Text,
               ir.addressee     AS Addressee,
               ir.paragraphs    AS Paragraphs,
               ir.sort_order    AS SortOrder,
               ir.row_version   AS Version,
               ir.created_at    AS CreatedAt,
               ir.updated_at    AS UpdatedAt
        FROM inspection_recommendations ir
        """ + Filter + """
        ORDER BY ir.sort_order, ir.id;

        SELECT l.inspection_recommendation_id AS InspectionRecommendationId,
               CASE WHEN l.recommendation_id IS NOT NULL THEN 'recommendation'
                    WHEN l.action_id IS NOT NULL THEN 'action'
                    ELSE 'priority' END              AS Kind,
               COALESCE(l.recommendation_id, l.action_id, l.priority_id) AS ItemId,
               p.id                                   AS PlanId,
               p.title                                AS PlanTitle,
               COALESCE(r.number, a.code, pr.number)  AS ItemNumber,
               COALESCE(r.text, a.description, pr.title) AS ItemText,
               l.note                                 AS Note
        FROM inspection_recommendation_links l
        JOIN inspection_recommendations ir ON ir.id = l.inspection_recommendation_id
        LEFT JOIN recommendations r ON r.id = l.recommendation_id
        LEFT JOIN actions a ON a.id = l.action_id
        LEFT JOIN priorities pr ON pr.id = l.priority_id
        JOIN plans p ON p.id = COALESCE(r.plan_id, a.plan_id, pr.plan_id)
        """ + Filter + """
        ORDER BY l.inspection_recommendation_id, l.position;
        """;

    private const string DeleteLinksSql = "DELETE FROM inspection_recommendation_links WHERE inspection_recommendation_id = @recommendationId";

    private const string InsertLinkSql = """
        INSERT INTO inspection_recommendation_links (inspection_recommendation_id, position, recommendation_id, action_id, priority_id, note)
        VALUES (@recommendationId, @position, @planRecommendationId, @actionId, @priorityId, @note);
        """;

    // Where a plan item is and which inspection its plan answers; one statement per kind, chosen from this fixed list.
    private const string RecommendationPlanSql = """
        SELECT p.id AS PlanId, p.title AS PlanTitle, p.inspection_id AS InspectionId
        FROM recommendations x JOIN plans p ON p.id = x.plan_id WHERE x.id = @itemId
        """;
    private const string ActionPlanSql = """
        SELECT p.id AS PlanId, p.title AS PlanTitle, p.inspection_id AS InspectionId
        FROM actions x JOIN plans p ON p.id = x.plan_id WHERE x.id = @itemId
        """;
    private const string PriorityPlanSql = """
        SELECT p.id AS PlanId, p.title AS PlanTitle, p.inspection_id AS InspectionId
        FROM priorities x JOIN plans p ON p.id = x.plan_id WHERE x.id = @itemId
        """;

    /// <summary>An inspection's recommendations in printed order with their links, or only one of them.</summary>
    public static async Task<IReadOnlyList<InspectionRecommendationResponse>> ListAsync(
        IDbConnection connection, long inspectionId, long? recommendationId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { inspectionId, recommendationId }, transaction);
        var recommendations = await grid.ReadAsync<InspectionRecommendationResponse>();
        var links = (await grid.ReadAsync<LinkRow>()).ToLookup(l => l.InspectionRecommendationId, l => l.ToResponse());
        return recommendations.Select(r => r with { Links = links[r.Id].ToList() }).ToList();
    }

    public static async Task<InspectionRecommendationResponse?> FindAsync(
        IDbConnection connection, long inspectionId, long recommendationId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, inspectionId, recommendationId, transaction)).SingleOrDefault();

    public static string NoSuchRecommendation(long inspectionId, long recommendationId) =>
        $"Inspection {inspectionId} has no recommendation with id {recommendationId}.";

    /// <summary>True when another recommendation of the inspection already has this number.</summary>
    public static Task<bool> NumberTakenAsync(IDbConnection connection, long inspectionId, string number, long? exceptId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM inspection_recommendations WHERE inspection_id = @inspectionId AND number = @number AND id IS DISTINCT FROM @exceptId)",
            new { inspectionId, number, exceptId }, transaction);

    /// <summary>
    /// The plan item a link names, with its plan, or null when there is no such item. The kind has been validated
    /// against <see cref="LinkKinds"/>, and picks one of three fixed statements.
    /// </summary>
    public static Task<ItemPlan?> FindItemPlanAsync(IDbConnection connection, string kind, long itemId, IDbTransaction transaction) =>
        connection.QuerySingleOrDefaultAsync<ItemPlan>(kind switch
        {
            "recommendation" => RecommendationPlanSql,
            "action" => ActionPlanSql,
            "priority" => PriorityPlanSql,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Validated before this point."),
        }, new { itemId }, transaction);

    /// <summary>Replaces the recommendation's links with <paramref name="links"/>, keeping their order.</summary>
    public static async Task SaveLinksAsync(IDbConnection connection, long recommendationId, IReadOnlyList<LinkRequest> links, IDbTransaction transaction)
    {
        await connection.ExecuteAsync(DeleteLinksSql, new { recommendationId }, transaction);
        await connection.ExecuteAsync(InsertLinkSql, links.Select((link, index) => new
        {
            recommendationId,
            position = index + 1,
            planRecommendationId = link.Kind == "recommendation" ? link.ItemId : (long?)null,
            actionId = link.Kind == "action" ? link.ItemId : (long?)null,
            priorityId = link.Kind == "priority" ? link.ItemId : (long?)null,
            note = InspectionData.Clean(link.Note),
        }), transaction);
    }

    /// <summary>The plan a linked item is in, and the inspection that plan answers (null for none).</summary>
    public sealed record ItemPlan
    {
        public long PlanId { get; init; }
        public string PlanTitle { get; init; } = "";
        public long? InspectionId { get; init; }
    }

    private sealed record LinkRow
    {
        public long InspectionRecommendationId { get; init; }
        public string Kind { get; init; } = "";
        public long ItemId { get; init; }
        public long PlanId { get; init; }
        public string PlanTitle { get; init; } = "";
        public string ItemNumber { get; init; } = "";
        public string ItemText { get; init; } = "";
        public string? Note { get; init; }

        public LinkedItemResponse ToResponse() => new()
        {
            Kind = Kind, ItemId = ItemId, PlanId = PlanId, PlanTitle = PlanTitle, ItemNumber = ItemNumber, ItemText = ItemText, Note = Note,
        };
    }
}
