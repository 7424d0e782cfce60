using System.Data;
using ActionPlanTracker.Features.People;
using Dapper;

namespace ActionPlanTracker.Features.Recommendations;

/// <summary>One person attached to one item (a recommendation's lead, an action's owner), for stitching lists in memory.</summary>
public sealed record ItemPersonRow
{
    public long ItemId { get; init; }
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? JobTitle { get; init; }

    public PersonRef ToPerson() => new() { Id = Id, Name = Name, JobTitle = JobTitle };
}

public static class PersonRefs
{
    /// <summary>Most items have one or two leads or owners; a cap keeps a request from naming thousands.</summary>
    public const int MaxPeoplePerItem = 20;

    /// <summary>The first of <paramref name="ids"/> that names no one, or null when every id is a person.</summary>
    public static async Task<long?> FirstUnknownAsync(IDbConnection connection, IEnumerable<long?> ids, IDbTransaction transaction)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        if (wanted.Count == 0) return null;
        var known = (await connection.QueryAsync<long>("SELECT id FROM people WHERE id IN @wanted", new { wanted }, transaction)).ToHashSet();
        foreach (var id in wanted)
            if (!known.Contains(id)) return id;
        return null;
    }

    /// <summary>The people of each item in the order the rows came (the caller orders by position).</summary>
    public static ILookup<long, PersonRef> ByItem(IEnumerable<ItemPersonRow> rows) => rows.ToLookup(r => r.ItemId, r => r.ToPerson());

    /// <summary>True when no one is named twice; a person leads or owns an item once, whatever their position.</summary>
    public static bool NamesEachOnce(IReadOnlyList<long>? ids) => ids is null || ids.Distinct().Count() == ids.Count;
}
