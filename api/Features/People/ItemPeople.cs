using ActionPlanTracker.Data;
using System.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.People;

/// <summary>The kinds of plan row that name people; each is a column of item_people (db/0011).</summary>
public enum PeopleItemKind { Recommendation, Action, Measure }

/// <summary>An item's leads and owners, each in printed order.</summary>
public sealed record ItemPeopleLists(IReadOnlyList<PersonRef> Leads, IReadOnlyList<PersonRef> Owners)
{
    public static readonly ItemPeopleLists None = new([], []);
}

/// <summary>One row of item_people with its person, for stitching lists in memory.</summary>
public sealed record ItemPersonRow
{
    public string Kind { get; init; } = "";
    public long ItemId { get; init; }
    public string Role { get; init; } = "";
    public long Id { get; init; }
    public string? Name { get; init; }
    public string? JobTitle { get; init; }

    public PersonRef ToPerson() => new() { Id = Id, Name = Name, JobTitle = JobTitle };
}

/// <summary>
/// Leads and owners of recommendations, actions and success measures: one table, one set of rules, so every level can
/// name several people in printed order (a recommendation's two leads, a measure's own responsible officer).
/// </summary>
public static class ItemPeople
{
    /// <summary>Most items have one or two leads or owners; a cap keeps a request from naming thousands.</summary>
    public const int MaxPeoplePerItem = 20;

    /// <summary>Every item_people row of a plan, people in printed order. Columns: Kind, ItemId, Role, Id, Name, JobTitle.</summary>
    public const string OfPlanSql = """
        SELECT CASE WHEN ip.recommendation_id IS NOT NULL THEN 'recommendation'
                    WHEN ip.action_id IS NOT NULL THEN 'action' ELSE 'measure' END AS Kind,
               coalesce(ip.recommendation_id, ip.action_id, ip.measure_id) AS ItemId,
               ip.role       AS Role,
               p.id          AS Id,
               p.name        AS Name,
               p.job_title   AS JobTitle
        FROM item_people ip
        JOIN people p ON p.id = ip.person_id
        LEFT JOIN recommendations r ON r.id = ip.recommendation_id
        LEFT JOIN actions a ON a.id = ip.action_id
        LEFT JOIN success_measures m ON m.id = ip.measure_id
        WHERE coalesce(r.plan_id, a.plan_id, m.plan_id) = @planId
        ORDER BY ip.role, ip.position, ip.id
        """;

    private const string DeleteRecommendationSql = "DELETE FROM item_people WHERE recommendation_id = @itemId";
    private const string DeleteActionSql = "DELETE FROM item_people WHERE action_id = @itemId";
    private const string DeleteMeasureSql = "DELETE FROM item_people WHERE measure_id = @itemId";

    private const string InsertRecommendationSql =
        "INSERT INTO item_people (recommendation_id, role, person_id, position) VALUES (@itemId, @role, @personId, @position)";
    private const string InsertActionSql =
        "INSERT INTO item_people (action_id, role, person_id, position) VALUES (@itemId, @role, @personId, @position)";
    private const string InsertMeasureSql =
        "INSERT INTO item_people (measure_id, role, person_id, position) VALUES (@itemId, @role, @personId, @position)";

    public static string Name(PeopleItemKind kind) => kind switch
    {
        PeopleItemKind.Recommendation => "recommendation",
        PeopleItemKind.Action => "action",
        _ => "measure",
    };

    /// <summary>The people of every item of a plan, by (kind, item id).</summary>
    public static async Task<IReadOnlyDictionary<(string Kind, long ItemId), ItemPeopleLists>> OfPlanAsync(
        IDbConnection connection, long planId, IDbTransaction? transaction = null) =>
        Stitch(await connection.QueryAsync<ItemPersonRow>(OfPlanSql, new { planId }, transaction));

    /// <summary>Groups rows (in printed order) into each item's lead and owner lists.</summary>
    public static IReadOnlyDictionary<(string Kind, long ItemId), ItemPeopleLists> Stitch(IEnumerable<ItemPersonRow> rows) =>
        rows.GroupBy(r => (r.Kind, r.ItemId)).ToDictionary(g => g.Key, g => new ItemPeopleLists(
            g.Where(r => r.Role == "lead").Select(r => r.ToPerson()).ToList(),
            g.Where(r => r.Role == "owner").Select(r => r.ToPerson()).ToList()));

    public static ItemPeopleLists For(this IReadOnlyDictionary<(string Kind, long ItemId), ItemPeopleLists> people, PeopleItemKind kind, long id) =>
        people.GetValueOrDefault((Name(kind), id)) ?? ItemPeopleLists.None;

    /// <summary>Replaces an item's leads and owners with these ids, keeping their order.</summary>
    public static async Task SaveAsync(IDbConnection connection, PeopleItemKind kind, long itemId,
        IReadOnlyList<long> leadIds, IReadOnlyList<long> ownerIds, IDbTransaction transaction)
    {
        var (delete, insert) = kind switch
        {
            PeopleItemKind.Recommendation => (DeleteRecommendationSql, InsertRecommendationSql),
            PeopleItemKind.Action => (DeleteActionSql, InsertActionSql),
            _ => (DeleteMeasureSql, InsertMeasureSql),
        };
        await connection.ExecuteAsync(delete, new { itemId }, transaction);
        await connection.ExecuteAsync(insert,
            leadIds.Select((personId, index) => new { itemId, role = "lead", personId, position = index + 1 })
                .Concat(ownerIds.Select((personId, index) => new { itemId, role = "owner", personId, position = index + 1 })),
            transaction);
    }

    /// <summary>The first of <paramref name="ids"/> that names no one, or null when every id is a person.</summary>
    public static async Task<long?> FirstUnknownAsync(IDbConnection connection, IEnumerable<long?> ids, IDbTransaction transaction)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        if (wanted.Count == 0) return null;
        var known = (await connection.QueryAsync<long>(connection.WithLists("SELECT id FROM people WHERE id IN @wanted"), new { wanted }, transaction)).ToHashSet();
        foreach (var id in wanted)
            if (!known.Contains(id)) return id;
        return null;
    }

    /// <summary>True when no one is named twice in one list; a person leads (or owns) an item once, whatever their position.</summary>
    public static bool NamesEachOnce(IReadOnlyList<long>? ids) => ids is null || ids.Distinct().Count() == ids.Count;

    /// <summary>The database checks every request naming leads and owners makes: 400 naming leadIds or ownerIds for an unknown person.</summary>
    public static async Task CheckKnownAsync(IValidationErrors endpoint, IDbConnection connection,
        IReadOnlyList<long>? leadIds, IReadOnlyList<long>? ownerIds, IDbTransaction transaction)
    {
        if (await FirstUnknownAsync(connection, (leadIds ?? []).Select(id => (long?)id), transaction) is { } lead)
            endpoint.Invalid("leadIds", $"No person has id {lead}. Add them to the people list first.");
        if (await FirstUnknownAsync(connection, (ownerIds ?? []).Select(id => (long?)id), transaction) is { } owner)
            endpoint.Invalid("ownerIds", $"No person has id {owner}. Add them to the people list first.");
    }
}

/// <summary>The validation rules for a list of leads or owners, shared by every level.</summary>
public static class PeopleListRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<long>?> PeopleList<T>(this IRuleBuilder<T, IReadOnlyList<long>?> rule, string noun) =>
        rule.Must(ItemPeople.NamesEachOnce).WithMessage($"Name each {noun} once.")
            .Must(ids => ids is null || ids.Count <= ItemPeople.MaxPeoplePerItem).WithMessage($"Name at most {ItemPeople.MaxPeoplePerItem} {noun}s.");
}
