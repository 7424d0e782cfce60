using System.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;
using ActionPlanTracker.Features.People;
using Dapper;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>Reads the plan a newer version of its file is compared against, as <see cref="ExistingPlan"/>.</summary>
public static class VersionData
{
    private const string PlanSql = "SELECT title FROM plans WHERE id = @planId";

    private const string ItemsSql = """
        SELECT 'priority' AS Kind, id AS Id, NULL AS ParentKind, NULL AS ParentId, number AS Number, title AS Text,
               NULL AS DeadlineText, row_version AS Version
        FROM priorities WHERE plan_id = @planId
        UNION ALL
        SELECT 'recommendation', id, CASE WHEN priority_id IS NULL THEN NULL ELSE 'priority' END, priority_id, number, text,
               deadline_text, row_version
        FROM recommendations WHERE plan_id = @planId
        UNION ALL
        SELECT 'action', id, CASE WHEN recommendation_id IS NOT NULL THEN 'recommendation' WHEN priority_id IS NOT NULL THEN 'priority' END,
               coalesce(recommendation_id, priority_id), code, description, deadline_text, row_version
        FROM actions WHERE plan_id = @planId
        UNION ALL
        SELECT 'measure', id, 'action', action_id, number, text, deadline_text, row_version
        FROM success_measures WHERE plan_id = @planId
        """;

    private const string ReviewsSql = """
        SELECT id AS Id, label AS Label, status = 'open' AS IsOpen FROM reviews WHERE plan_id = @planId ORDER BY sort_order, id
        """;

    private const string ScoresSql = """
        SELECT CASE WHEN s.recommendation_id IS NOT NULL THEN 'recommendation'
                    WHEN s.action_id IS NOT NULL THEN 'action' ELSE 'measure' END AS Kind,
               coalesce(s.recommendation_id, s.action_id, s.measure_id) AS ItemId,
               s.review_id AS ReviewId, l.value AS Level, s.recorded_as AS RecordedAs, s.narrative AS Narrative, s.row_version AS Version
        FROM scores s
        JOIN reviews r ON r.id = s.review_id
        LEFT JOIN scale_levels l ON l.id = s.level_id
        WHERE r.plan_id = @planId
        """;

    // Rows as Dapper fills them by column name: a union's NULL columns carry no type it could match to a constructor.
    private sealed class ItemRow
    {
        public string Kind { get; init; } = "";
        public long Id { get; init; }
        public string? ParentKind { get; init; }
        public long? ParentId { get; init; }
        public string? Number { get; init; }
        public string Text { get; init; } = "";
        public string? DeadlineText { get; init; }
        public long Version { get; init; }
    }

    private sealed class ReviewRow
    {
        public long Id { get; init; }
        public string Label { get; init; } = "";
        public long IsOpen { get; init; }
    }

    private sealed class ScoreRow
    {
        public string Kind { get; init; } = "";
        public long ItemId { get; init; }
        public long ReviewId { get; init; }
        public long? Level { get; init; }
        public string? RecordedAs { get; init; }
        public string? Narrative { get; init; }
        public long Version { get; init; }
    }

    private const string ScaleSql = "SELECT scale_id FROM plans WHERE id = @planId";

    public static Task<long?> ScaleIdAsync(IDbConnection connection, long planId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<long?>(ScaleSql, new { planId }, transaction);

    public static async Task<string?> TitleAsync(IDbConnection connection, long planId, IDbTransaction? transaction = null) =>
        await connection.QuerySingleOrDefaultAsync<string>(PlanSql, new { planId }, transaction);

    /// <summary>The people the plan already names as leads or owners, as the importer sees people.</summary>
    public static async Task<IReadOnlyList<KnownPerson>> PeopleAsync(IDbConnection connection, long planId, IReadOnlyList<KnownPerson> everyone)
    {
        var named = (await connection.QueryAsync<ItemPersonRow>(ItemPeople.OfPlanSql, new { planId })).Select(r => r.Id).ToHashSet();
        return everyone.Where(p => named.Contains(p.Id)).ToList();
    }

    /// <summary>The plan with its items, people, reviews and scores; null when there is no such plan.</summary>
    public static async Task<ExistingPlan?> LoadAsync(IDbConnection connection, long planId, IDbTransaction? transaction = null)
    {
        if (await TitleAsync(connection, planId, transaction) is not { } title) return null;
        var rows = await connection.QueryAsync<ItemPersonRow>(ItemPeople.OfPlanSql, new { planId }, transaction);
        var people = rows.ToLookup(r => (r.Kind, r.ItemId, r.Role), r => r.Id);
        var names = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Name ?? g.First().JobTitle ?? $"person {g.Key}");
        var items = (await connection.QueryAsync<ItemRow>(ItemsSql, new { planId }, transaction)).Select(i => new ExistingItem(
            Level(i.Kind), i.Id, i.ParentKind is { } k ? new ExistingParent(Level(k), i.ParentId!.Value) : null, i.Number, i.Text, i.DeadlineText,
            people[(i.Kind, i.Id, "lead")].ToList(), people[(i.Kind, i.Id, "owner")].ToList(), (int)i.Version)).ToList();
        var reviews = (await connection.QueryAsync<ReviewRow>(ReviewsSql, new { planId }, transaction))
            .Select(r => new ExistingReview(r.Id, r.Label, r.IsOpen == 1)).ToList();
        var scores = (await connection.QueryAsync<ScoreRow>(ScoresSql, new { planId }, transaction)).Select(s => new ExistingScore(
            new ExistingParent(Level(s.Kind), s.ItemId), s.ReviewId, (int?)s.Level, s.RecordedAs, s.Narrative, (int)s.Version)).ToList();
        return new ExistingPlan(planId, title, items, reviews, scores, names);
    }

    public static ItemLevel Level(string kind) => kind switch
    {
        "priority" => ItemLevel.Priority,
        "recommendation" => ItemLevel.Recommendation,
        "action" => ItemLevel.Action,
        _ => ItemLevel.Measure,
    };

    public static string Kind(ItemLevel level) => level.ToString().ToLowerInvariant();
}
