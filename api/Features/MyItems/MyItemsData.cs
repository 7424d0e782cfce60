using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Scores;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.MyItems;

/// <summary>
/// Reads a person's items in one round trip of two statements: the items with their open review's score and the previous
/// review's, then the levels of the scales the plans use. Which items are theirs is <see cref="ScoreTarget.AnsweredBySql"/>,
/// the rule the score endpoint applies to a manager's save, so the list and the permission cannot disagree.
/// </summary>
public static class MyItemsData
{
    // The current review is the one the grid calls current when it is open: the latest open review in column order.
    // Items are the plan's scored kind only; each branch of `items` carries the keys its scores are found by and the
    // parts of its reference and its place in the plan's order (priority, then recommendation, action, measure). The
    // first branch types its NULL columns, since PostgreSQL settles a UNION's column types from the first two branches.
    private const string ItemsSql = $"""
        WITH {ScoreTarget.AnsweredBySql},
        ordered_reviews AS (
            SELECT r.id, r.plan_id, r.label, r.review_date, r.status,
                   row_number() OVER (PARTITION BY r.plan_id ORDER BY r.sort_order, r.id) AS n
            FROM reviews r JOIN plans p ON p.id = r.plan_id
            WHERE p.status = 'active'
        ),
        current_review AS (
            SELECT o.* FROM ordered_reviews o
            WHERE o.status = 'open'
              AND NOT EXISTS (SELECT 1 FROM ordered_reviews later WHERE later.plan_id = o.plan_id AND later.status = 'open' AND later.n > o.n)
        ),
        items AS (
            SELECT 'recommendation' AS item_type, r.id AS item_id, r.plan_id, r.text, r.deadline_text,
                   r.id AS recommendation_key, CAST(NULL AS bigint) AS action_key, CAST(NULL AS bigint) AS measure_key,
                   pr.number AS priority_number, r.number AS recommendation_number, CAST(NULL AS text) AS action_code, CAST(NULL AS text) AS measure_number,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END AS k1, pr.sort_order AS k2, pr.id AS k3, 0 AS k4, r.sort_order AS k5, r.id AS k6,
                   CAST(NULL AS bigint) AS k7, CAST(NULL AS bigint) AS k8, CAST(NULL AS bigint) AS k9, CAST(NULL AS bigint) AS k10
            FROM recommendations r
            LEFT JOIN priorities pr ON pr.id = r.priority_id
            WHERE r.id IN (SELECT item_id FROM answered_by WHERE item_type = 'recommendation')
            UNION ALL
            SELECT 'action', a.id, a.plan_id, a.description, coalesce(a.deadline_text, r.deadline_text),
                   NULL, a.id, NULL,
                   pr.number, r.number, a.code, NULL,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END, pr.sort_order, pr.id, CASE WHEN a.recommendation_id IS NULL THEN 1 ELSE 0 END, r.sort_order, r.id, a.sort_order, a.id, NULL, NULL
            FROM actions a
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE a.id IN (SELECT item_id FROM answered_by WHERE item_type = 'action')
            UNION ALL
            SELECT 'measure', m.id, m.plan_id, m.text, coalesce(m.deadline_text, a.deadline_text, r.deadline_text),
                   NULL, NULL, m.id,
                   pr.number, r.number, a.code, m.number,
                   CASE WHEN pr.id IS NULL THEN 1 ELSE 0 END, pr.sort_order, pr.id, CASE WHEN a.recommendation_id IS NULL THEN 1 ELSE 0 END, r.sort_order, r.id, a.sort_order, a.id, m.sort_order, m.id
            FROM success_measures m
            JOIN actions a ON a.id = m.action_id
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE m.id IN (SELECT item_id FROM answered_by WHERE item_type = 'measure')
        )
        SELECT p.id AS PlanId, p.title AS PlanTitle, p.scale_id AS ScaleId, p.score_level AS ScoreLevel,
               cr.id AS CurrentReviewId, cr.label AS CurrentReviewLabel, cr.review_date AS CurrentReviewDate,
               prev.id AS PreviousReviewId, prev.label AS PreviousReviewLabel, prev.review_date AS PreviousReviewDate,
               i.item_type AS ItemType, i.item_id AS ItemId, i.text AS Text, i.deadline_text AS DeadlineText,
               i.priority_number AS PriorityNumber, i.recommendation_number AS RecommendationNumber,
               i.action_code AS ActionCode, i.measure_number AS MeasureNumber,
               (SELECT string_agg(ab.reason, ',') FROM answered_by ab WHERE ab.item_type = i.item_type AND ab.item_id = i.item_id) AS Reasons,
               -- Complete (for the deadline) as the grid judges it: the latest score with a level, up to this review, is a
               -- complete level that the board has signed off or that predates sign-off.
               (SELECT cl.means_complete = 1 AND coalesce(cs.sign_off_status, 'signedOff') = 'signedOff'
                FROM scores cs
                JOIN scale_levels cl ON cl.id = cs.level_id
                JOIN ordered_reviews co ON co.id = cs.review_id
                WHERE co.plan_id = p.id AND co.n <= cr.n
                  AND (cs.recommendation_id = i.recommendation_key OR cs.action_id = i.action_key OR cs.measure_id = i.measure_key)
                ORDER BY co.n DESC LIMIT 1) AS IsComplete,
               ps.id AS PreviousScoreId, pl.value AS PreviousLevel, pl.label AS PreviousLevelLabel, ps.recorded_as AS PreviousRecordedAs,
               ps.narrative AS PreviousNarrative, ps.narrative_date AS PreviousNarrativeDate,
               {ScoreData.ColumnsSql}
        FROM items i
        JOIN plans p ON p.id = i.plan_id AND p.status = 'active' AND p.score_level = i.item_type
        LEFT JOIN current_review cr ON cr.plan_id = p.id
        LEFT JOIN ordered_reviews prev ON prev.plan_id = p.id AND prev.n = cr.n - 1
        LEFT JOIN scores ps ON ps.review_id = prev.id
             AND (ps.recommendation_id = i.recommendation_key OR ps.action_id = i.action_key OR ps.measure_id = i.measure_key)
        LEFT JOIN scale_levels pl ON pl.id = ps.level_id
        LEFT JOIN scores sc ON sc.review_id = cr.id
             AND (sc.recommendation_id = i.recommendation_key OR sc.action_id = i.action_key OR sc.measure_id = i.measure_key)
        LEFT JOIN scale_levels l ON l.id = sc.level_id
        ORDER BY lower(p.title), p.id, i.k1, i.k2, i.k3, i.k4, i.k5, i.k6, i.k7, i.k8, i.k9, i.k10;

        SELECT s.id AS ScaleId, s.name AS ScaleName, s.higher_is_better AS HigherIsBetter,
               l.value AS Value, l.label AS Label, l.meaning AS Meaning, l.colour AS Colour, l.means_complete AS MeansComplete
        FROM rating_scales s
        JOIN scale_levels l ON l.scale_id = s.id
        WHERE s.id IN (SELECT scale_id FROM plans WHERE status = 'active')
        ORDER BY s.id, l.value;
        """;

    /// <summary>One item row: the plan, its open review (null when none is open), the item and its previous score.</summary>
    public sealed class ItemRow
    {
        public long PlanId { get; init; }
        public string PlanTitle { get; init; } = "";
        public long ScaleId { get; init; }
        public string ScoreLevel { get; init; } = "";
        public long? CurrentReviewId { get; init; }
        public string? CurrentReviewLabel { get; init; }
        public DateOnly? CurrentReviewDate { get; init; }
        public long? PreviousReviewId { get; init; }
        public string? PreviousReviewLabel { get; init; }
        public DateOnly? PreviousReviewDate { get; init; }
        public string ItemType { get; init; } = "";
        public long ItemId { get; init; }
        public string Text { get; init; } = "";
        public string? DeadlineText { get; init; }
        public string? PriorityNumber { get; init; }
        public string? RecommendationNumber { get; init; }
        public string? ActionCode { get; init; }
        public string? MeasureNumber { get; init; }
        public string Reasons { get; init; } = "";
        public bool? IsComplete { get; init; }
        public long? PreviousScoreId { get; init; }
        public int? PreviousLevel { get; init; }
        public string? PreviousLevelLabel { get; init; }
        public string? PreviousRecordedAs { get; init; }
        public string? PreviousNarrative { get; init; }
        public DateOnly? PreviousNarrativeDate { get; init; }
        /// <summary>This review's score, read by <see cref="ScoreData.ColumnsSql"/>; null when there is none.</summary>
        public ScoreResponse? Score { get; set; }
    }

    private sealed class LevelRow
    {
        public long ScaleId { get; init; }
        public string ScaleName { get; init; } = "";
        public bool? HigherIsBetter { get; init; }
        public int Value { get; init; }
        public string Label { get; init; } = "";
        public string? Meaning { get; init; }
        public string? Colour { get; init; }
        public bool MeansComplete { get; init; }
    }

    /// <summary>The person's items in plan order, and each active plan's scale by id.</summary>
    public static async Task<(IReadOnlyList<ItemRow> Items, IReadOnlyDictionary<long, GridScale> Scales)> LoadAsync(DbConnection connection, long personId)
    {
        // One read transaction, so the items and the scales are read from the same state of the database.
        using var transaction = connection.BeginReadTransaction();
        using var batch = await connection.QueryMultipleAsync(ItemsSql, new { personId }, transaction);
        var items = batch.Read<ItemRow, ScoreResponse, ItemRow>((item, score) =>
        {
            item.Score = score;
            return item;
        }, splitOn: "Id").AsList();
        var scales = (await batch.ReadAsync<LevelRow>())
            .GroupBy(l => l.ScaleId)
            .ToDictionary(g => g.Key, g => new GridScale(g.Key, g.First().ScaleName, g.First().HigherIsBetter,
                g.Select(l => new GridLevel(l.Value, l.Label, l.Meaning, l.Colour, l.MeansComplete)).ToList()));
        return (items, scales);
    }
}
