using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Scores;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reviews;

/// <summary>Who has not updated yet in one review: every scored item's state, per person who answers for it.</summary>
public sealed record ReviewProgressResponse
{
    public required ReviewResponse Review { get; init; }
    /// <summary>The review before it in column order, whose update an item's is compared with (copied forward); null for the first.</summary>
    public ReviewResponse? PreviousReview { get; init; }
    /// <summary>Which rows the plan scores: recommendation, action or measure.</summary>
    public string ScoreLevel { get; init; } = "";
    /// <summary>Every item the plan scores.</summary>
    public int ItemCount { get; init; }
    /// <summary>Items with a level and a fresh update in this review, whose completion the board has not rejected.</summary>
    public int UpdatedCount { get; init; }
    public int NotUpdatedCount { get; init; }
    /// <summary>Each person who answers for at least one item: those with something still to update first, then by name.</summary>
    public IReadOnlyList<PersonProgress> People { get; init; } = [];
    /// <summary>Items nobody leads or owns (on the row, above or below it) and not updated, in plan order.</summary>
    public IReadOnlyList<ProgressItem> Unassigned { get; init; } = [];
}

public sealed class GetReviewProgress(Database database) : Endpoint<ReviewIdRequest, ReviewProgressResponse>
{
    // The plan's scored items in plan order (priority, recommendation, action, measure, as "My actions" orders them),
    // each with this review's score and the previous review's narrative.
    private const string ItemsSql = """
        WITH ordered_reviews AS (
            SELECT id, row_number() OVER (ORDER BY sort_order, id) AS n FROM reviews WHERE plan_id = @planId
        ),
        previous_review AS (
            SELECT o.id FROM ordered_reviews o JOIN ordered_reviews t ON t.id = @reviewId AND o.n = t.n - 1
        ),
        items AS (
            SELECT 'recommendation' AS item_type, r.id AS item_id, r.text,
                   r.id AS recommendation_key, NULL AS action_key, CAST(NULL AS bigint) AS measure_key,
                   pr.number AS priority_number, r.number AS recommendation_number, NULL AS action_code, NULL AS measure_number,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END AS k1, pr.sort_order AS k2, pr.id AS k3, 0 AS k4, r.sort_order AS k5, r.id AS k6,
                   NULL AS k7, NULL AS k8, CAST(NULL AS bigint) AS k9, CAST(NULL AS bigint) AS k10
            FROM recommendations r
            LEFT JOIN priorities pr ON pr.id = r.priority_id
            WHERE r.plan_id = @planId
            UNION ALL
            SELECT 'action', a.id, a.description,
                   NULL, a.id, NULL,
                   pr.number, r.number, a.code, NULL,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END, pr.sort_order, pr.id, CASE WHEN a.recommendation_id IS NULL THEN 1 ELSE 0 END, r.sort_order, r.id, a.sort_order, a.id, NULL, NULL
            FROM actions a
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE a.plan_id = @planId
            UNION ALL
            SELECT 'measure', m.id, m.text,
                   NULL, NULL, m.id,
                   pr.number, r.number, a.code, m.number,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END, pr.sort_order, pr.id, CASE WHEN a.recommendation_id IS NULL THEN 1 ELSE 0 END, r.sort_order, r.id, a.sort_order, a.id, m.sort_order, m.id
            FROM success_measures m
            JOIN actions a ON a.id = m.action_id
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE m.plan_id = @planId
        )
        SELECT i.item_type AS ItemType, i.item_id AS ItemId, i.text AS Text,
               i.priority_number AS PriorityNumber, i.recommendation_number AS RecommendationNumber,
               i.action_code AS ActionCode, i.measure_number AS MeasureNumber,
               l.value AS Level, sc.narrative AS Narrative, sc.sign_off_status AS SignOffStatus,
               EXISTS (SELECT 1 FROM previous_review) AS HasPreviousReview, ps.narrative AS PreviousNarrative
        FROM items i
        JOIN plans p ON p.id = @planId AND p.score_level = i.item_type
        LEFT JOIN scores sc ON sc.review_id = @reviewId
             AND (sc.recommendation_id = i.recommendation_key OR sc.action_id = i.action_key OR sc.measure_id = i.measure_key)
        LEFT JOIN scale_levels l ON l.id = sc.level_id
        LEFT JOIN scores ps ON ps.review_id = (SELECT id FROM previous_review)
             AND (ps.recommendation_id = i.recommendation_key OR ps.action_id = i.action_key OR ps.measure_id = i.measure_key)
        ORDER BY i.k1, i.k2, i.k3, i.k4, i.k5, i.k6, i.k7, i.k8, i.k9, i.k10;
        """;

    // The people named on the plan's items, the items each answers for by the score rule, and who each one is.
    private const string PlanPeopleSql = """
        answering_people (id) AS (
            SELECT ip.person_id FROM item_people ip
            LEFT JOIN recommendations r ON r.id = ip.recommendation_id
            LEFT JOIN actions a ON a.id = ip.action_id
            LEFT JOIN success_measures m ON m.id = ip.measure_id
            WHERE coalesce(r.plan_id, a.plan_id, m.plan_id) = @planId
        )
        """;

    private const string AnswersSql = $"""
        WITH {PlanPeopleSql}, {ScoreTarget.AnsweredByPeopleSql}
        SELECT DISTINCT person_id AS PersonId, item_type AS ItemType, item_id AS ItemId FROM answered_by;

        WITH {PlanPeopleSql}
        SELECT p.id AS PersonId, p.name AS Name, p.job_title AS JobTitle, p.email AS Email,
               EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id AND u.is_disabled = 0) AS LinkedUser
        FROM people p WHERE p.id IN (SELECT id FROM answering_people);

        """;

    private sealed class ItemRow
    {
        public string ItemType { get; init; } = "";
        public long ItemId { get; init; }
        public string Text { get; init; } = "";
        public string? PriorityNumber { get; init; }
        public string? RecommendationNumber { get; init; }
        public string? ActionCode { get; init; }
        public string? MeasureNumber { get; init; }
        public int? Level { get; init; }
        public string? Narrative { get; init; }
        public string? SignOffStatus { get; init; }
        public bool HasPreviousReview { get; init; }
        public string? PreviousNarrative { get; init; }
    }

    private sealed class PersonRow
    {
        public long PersonId { get; init; }
        public string? Name { get; init; }
        public string? JobTitle { get; init; }
        public string? Email { get; init; }
        public bool LinkedUser { get; init; }
    }

    private sealed class AnswerRow
    {
        public long PersonId { get; init; }
        public string ItemType { get; init; } = "";
        public long ItemId { get; init; }
    }

    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}/progress");
        Roles(Allowed.Board);
        Description(b => b.Produces<ReviewProgressResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Who has not updated yet in a review: per person who answers for the plan's scored items, their count and the items still to update";
            s.Description = "An item counts as updated when it has a level and a fresh update in this review (not empty, not a placeholder, " +
                            "not the previous review's copied forward) and the board has not rejected its completion: the rule My actions " +
                            "uses for needsUpdate. People are those who answer for an item by the rule that lets a manager save its score. " +
                            "For the board and administrators, who chase the updates.";
        });
    }

    public override async Task HandleAsync(ReviewIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        // One read transaction, so the items, the people and the review are read from the same state of the database.
        await using var transaction = connection.BeginReadTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var review = await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId, transaction);

        var result = await LoadAsync(connection, request.PlanId, request.ReviewId, transaction);
        var scoreLevel = await connection.QuerySingleAsync<string>("SELECT score_level FROM plans WHERE id = @planId;", new { planId = request.PlanId }, transaction);
        var previous = (await connection.QueryAsync<ReviewResponse>(ReviewData.ListSql, new { planId = request.PlanId }, transaction))
            .TakeWhile(r => r.Id != review.Id).LastOrDefault();

        await Send.OkAsync(new ReviewProgressResponse
        {
            Review = review, PreviousReview = previous, ScoreLevel = scoreLevel,
            ItemCount = result.ItemCount, UpdatedCount = result.UpdatedCount, NotUpdatedCount = result.NotUpdatedCount,
            People = result.People, Unassigned = result.Unassigned,
        }, ct);
    }

    /// <summary>The review's progress (who has not updated), as this endpoint and the after-the-close email (Features/Mail) read it.</summary>
    public static async Task<ReviewProgress.Result> LoadAsync(System.Data.IDbConnection connection, long planId, long reviewId,
        System.Data.IDbTransaction? transaction = null)
    {
        var parameters = new { planId, reviewId };
        var rows = (await connection.QueryAsync<ItemRow>(ItemsSql, parameters, transaction)).AsList();
        using var batch = await connection.QueryMultipleAsync(AnswersSql, parameters, transaction);
        var answers = (await batch.ReadAsync<AnswerRow>()).Select(a => new ReviewProgress.Answer(a.PersonId, a.ItemType, a.ItemId)).ToList();
        var people = (await batch.ReadAsync<PersonRow>())
            .Select(p => new ReviewProgress.Person(p.PersonId, PersonNames.Display(p.Name, p.JobTitle), p.JobTitle, p.Email, p.LinkedUser))
            .ToList();
        var items = rows.Select(r => new ReviewProgress.Item(r.ItemType, r.ItemId, Reference(r), r.Text, r.Level, r.Narrative,
            r.SignOffStatus, r.HasPreviousReview, r.PreviousNarrative)).ToList();
        return ReviewProgress.Group(items, answers, people);
    }

    // As "My actions" writes it: the parts the plan numbers, joined.
    private static string Reference(ItemRow row) =>
        string.Join(" / ", new[] { row.PriorityNumber, row.RecommendationNumber, row.ActionCode, row.MeasureNumber }
            .Where(part => !string.IsNullOrEmpty(part)));
}
