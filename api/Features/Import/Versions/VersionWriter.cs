using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>
/// Writes a newer version of a plan's file into the plan, in the caller's transaction: the new reviews, the new items
/// under their parents, the changed item fields, then the scores (<see cref="VersionScoreWriter"/>). Nothing is deleted,
/// each change is in the audit log with its before and after, and every changed row's row_version moves on.
/// </summary>
internal sealed class VersionWriter(DbConnection connection, DbTransaction transaction, WriteContext write, PlanDraft draft, ExistingPlan plan)
{
    private readonly Dictionary<int, long> people = [];

    public async Task<(Dictionary<ItemRef, long> Items, long[] Reviews)> WriteAsync(PlanVersionDiff diff)
    {
        var reviews = await WriteReviewsAsync();
        var items = diff.Matched.ToDictionary(m => m.Draft, m => m.ExistingId);
        foreach (var item in diff.NewItems) items[item.Draft] = await WriteItemAsync(item, items);
        foreach (var changes in diff.FieldChanges.GroupBy(c => (c.Draft, c.ExistingId)))
            await ChangeItemAsync(changes.Key.Draft, changes.Key.ExistingId, changes.ToList());
        return (items, reviews);
    }

    private const string LastReviewSql = "SELECT coalesce(max(sort_order), 0) FROM reviews WHERE plan_id = @planId";

    /// <summary>Each of the file's reviews as the plan's review id, adding those the plan lacks after its last, in column order.</summary>
    private async Task<long[]> WriteReviewsAsync()
    {
        var place = await connection.ExecuteScalarAsync<long>(LastReviewSql, new { planId = plan.Id }, transaction);
        var ids = new long[draft.Reviews.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var review = draft.Reviews[i];
            var held = plan.Reviews.FirstOrDefault(r => Normalised.Text(r.Label) == Normalised.Text(review.Label));
            if (held is not null) { ids[i] = held.Id; continue; }
            ids[i] = await connection.ExecuteScalarAsync<long>(PlanWriter.ReviewSql, new
            {
                planId = plan.Id, label = review.Label.Trim(), reviewDate = Text(review.Date), status = review.IsOpen ? "open" : "closed",
                sortOrder = ++place, now = write.Now,
            }, transaction);
            await AuditLog.RecordAsync(connection, transaction, write, "review", ids[i], plan.Id, null,
                await ReviewData.FindAsync(connection, plan.Id, ids[i], transaction));
        }
        return ids;
    }

    private async Task<long> WriteItemAsync(NewItem item, Dictionary<ItemRef, long> items)
    {
        long? parent = item.Parent is not { } p ? null : p.ExistingId ?? items[new ItemRef(p.Level, p.Draft!.Value)];
        var (sql, args, leads, owners) = NewItemSql(item.Draft, item.Parent?.Level, parent);
        var id = await connection.ExecuteScalarAsync<long>(sql, args, transaction);
        if (item.Draft.Level != ItemLevel.Priority)
            await ItemPeople.SaveAsync(connection, Kind(item.Draft.Level), id, await PeopleAsync(leads), await PeopleAsync(owners), transaction);
        if (item.Draft.Level == ItemLevel.Recommendation)
            foreach (var (addressee, position) in draft.Recommendations[item.Draft.Index].Addressees.Select(Text).OfType<string>().Distinct().Select((a, i) => (a, i + 1)))
                await connection.ExecuteAsync(PlanWriter.AddresseeSql, new { recommendationId = id, addressee, position }, transaction);
        await RecordItemAsync(item.Draft.Level, id, null, await ItemSnapshots.FindAsync(connection, transaction, plan.Id, item.Draft.Level, id));
        return id;
    }

    // A new item goes after its last sibling: the file's order among the new ones, the tracker's for the rest.
    private const string NextPlaceSql = """
        SELECT coalesce(max(sort_order), 0) + 1 FROM (
            SELECT sort_order FROM priorities WHERE @level = 'priority' AND plan_id = @planId
            UNION ALL SELECT sort_order FROM recommendations WHERE @level = 'recommendation' AND plan_id = @planId
            UNION ALL SELECT sort_order FROM actions WHERE @level = 'action' AND plan_id = @planId
                AND coalesce(recommendation_id, -1) = coalesce(@recommendationId, -1) AND coalesce(priority_id, -1) = coalesce(@priorityId, -1)
            UNION ALL SELECT sort_order FROM success_measures WHERE @level = 'measure' AND action_id = @actionId) AS siblings
        """;

    private (string Sql, object Args, IReadOnlyList<int> Leads, IReadOnlyList<int> Owners) NewItemSql(ItemRef item, ItemLevel? parentLevel, long? parent)
    {
        long? recommendationId = parentLevel == ItemLevel.Recommendation ? parent : null;
        long? priorityId = parentLevel == ItemLevel.Priority ? parent : null;
        var sortOrder = connection.ExecuteScalar<long>(NextPlaceSql, new
        {
            level = ItemSnapshots.EntityType(item.Level), planId = plan.Id, recommendationId, priorityId, actionId = parent,
        }, transaction);
        var now = write.Now;
        switch (item.Level)
        {
            case ItemLevel.Priority:
                var p = draft.Priorities[item.Index];
                return (PlanWriter.PrioritySql, new { planId = plan.Id, number = Text(p.Number), title = p.Title.Trim(), outcome = Text(p.OutcomeStatement), sortOrder, now }, [], []);
            case ItemLevel.Recommendation:
                var r = draft.Recommendations[item.Index];
                return (PlanWriter.RecommendationSql, new
                {
                    planId = plan.Id, priorityId, number = Text(r.Number), text = r.Text.Trim(), judgementArea = Text(r.JudgementArea),
                    sourceParagraphs = Text(r.SourceParagraphs), deadline = Text(r.DeadlineText), sortOrder, now,
                }, r.Leads, r.Owners);
            case ItemLevel.Action:
                var a = draft.Actions[item.Index];
                return (PlanWriter.ActionSql, new
                {
                    planId = plan.Id, recommendationId, priorityId, code = Text(a.Code), description = a.Description.Trim(),
                    sourceReference = Text(a.SourceReference), deadline = Text(a.DeadlineText), sortOrder, now,
                }, a.Leads, a.Owners);
            default:
                var m = draft.Measures[item.Index];
                return (PlanWriter.MeasureSql, new { planId = plan.Id, actionId = parent, number = Text(m.Number), text = m.Text.Trim(), deadline = Text(m.DeadlineText), sortOrder, now },
                    m.Leads, m.Owners);
        }
    }

    private static string FieldsSql(string table, string textColumn) => $"""
        UPDATE {table} SET {textColumn} = coalesce(@text, {textColumn}), deadline_text = coalesce(@deadline, deadline_text),
            updated_at = @now, row_version = row_version + 1
        WHERE id = @id AND row_version = @version
        """;

    private const string PriorityFieldsSql = """
        UPDATE priorities SET title = coalesce(@text, title), updated_at = @now, row_version = row_version + 1
        WHERE id = @id AND row_version = @version
        """;

    /// <summary>Takes the file's text, deadline and people for one item, as one audited change.</summary>
    private async Task ChangeItemAsync(ItemRef item, long id, IReadOnlyList<FieldChange> changes)
    {
        var level = item.Level;
        var before = await ItemSnapshots.FindAsync(connection, transaction, plan.Id, level, id);
        string? Value(ItemField field) => changes.FirstOrDefault(c => c.Field == field)?.File;
        var sql = level switch
        {
            ItemLevel.Priority => PriorityFieldsSql,
            ItemLevel.Recommendation => FieldsSql("recommendations", "text"),
            ItemLevel.Action => FieldsSql("actions", "description"),
            _ => FieldsSql("success_measures", "text"),
        };
        if (await connection.ExecuteAsync(sql, new { text = Value(ItemField.Text), deadline = Value(ItemField.Deadline), now = write.Now, id, version = changes[0].Version }, transaction) == 0)
            throw new InvalidOperationException($"Item {id} changed within the commit's own transaction.");
        if (changes.Any(c => c.Field is ItemField.Leads or ItemField.Owners))
        {
            var held = plan.Items.Single(i => i.Level == level && i.Id == id);
            var (leads, owners) = DraftPeople(item);
            await ItemPeople.SaveAsync(connection, Kind(level), id,
                changes.Any(c => c.Field == ItemField.Leads) ? await PeopleAsync(leads) : held.Leads,
                changes.Any(c => c.Field == ItemField.Owners) ? await PeopleAsync(owners) : held.Owners, transaction);
        }
        await RecordItemAsync(level, id, before, await ItemSnapshots.FindAsync(connection, transaction, plan.Id, level, id));
    }

    // Each kind named as a literal, as every other audited write does, so the audit log's readers can be checked against
    // what the code writes (tests/Api/Audit/AuditTrailTests).
    private Task RecordItemAsync(ItemLevel level, long id, object? before, object? after) => level switch
    {
        ItemLevel.Priority => AuditLog.RecordAsync(connection, transaction, write, "priority", id, plan.Id, before, after),
        ItemLevel.Recommendation => AuditLog.RecordAsync(connection, transaction, write, "recommendation", id, plan.Id, before, after),
        ItemLevel.Action => AuditLog.RecordAsync(connection, transaction, write, "action", id, plan.Id, before, after),
        _ => AuditLog.RecordAsync(connection, transaction, write, "measure", id, plan.Id, before, after),
    };

    private (IReadOnlyList<int> Leads, IReadOnlyList<int> Owners) DraftPeople(ItemRef item) => item.Level switch
    {
        ItemLevel.Recommendation => (draft.Recommendations[item.Index].Leads, draft.Recommendations[item.Index].Owners),
        ItemLevel.Action => (draft.Actions[item.Index].Leads, draft.Actions[item.Index].Owners),
        _ => (draft.Measures[item.Index].Leads, draft.Measures[item.Index].Owners),
    };

    /// <summary>The tracker's ids for these people of the file, adding a person only when a row written names them.</summary>
    private async Task<IReadOnlyList<long>> PeopleAsync(IReadOnlyList<int> named)
    {
        var ids = new List<long>();
        foreach (var index in named)
        {
            if (!people.TryGetValue(index, out var id))
            {
                var p = draft.People[index];
                id = people[index] = p.ExistingId ?? await connection.ExecuteScalarAsync<long>(PlanWriter.PersonSql, new
                {
                    name = Text(p.Name) ?? (Text(p.JobTitle) is null ? p.Seen.Trim() : null), jobTitle = Text(p.JobTitle), email = Text(p.Email), now = write.Now,
                }, transaction);
            }
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    private static PeopleItemKind Kind(ItemLevel level) => level switch
    {
        ItemLevel.Recommendation => PeopleItemKind.Recommendation,
        ItemLevel.Action => PeopleItemKind.Action,
        _ => PeopleItemKind.Measure,
    };

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
