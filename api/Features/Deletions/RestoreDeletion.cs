using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Deletions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Deletions;

public sealed class RestoreDeletion(Database database, Clock clock) : Endpoint<DeletionIdRequest, DeletionResponse>
{
    private const string RowSavepoint = "restore_row";
    private const string MarkRestoredSql = "UPDATE deletions SET restored_at = @Now, restored_by = @Actor WHERE id = @DeletionId AND restored_at IS NULL";

    public override void Configure()
    {
        Post("/plans/{planId}/deletions/{deletionId}/restore");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<DeletionResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Undo a delete: put a deleted priority, recommendation, action or success measure back exactly as it was, with everything that went with it";
            s.Description = "In one transaction every row the delete removed comes back with its own id, values and version (actions, success "
                + "measures, scores with their overrides and sign-offs, leads and owners, addressees, update logs, links to the inspection report, "
                + "printed averages and figures), and recommendations the delete ungrouped go back under the priority if they are still "
                + "ungrouped. Scores in a review closed since come back as they were. The audit log records each item, score and entry as "
                + "created again. 409 naming deletionId: already restored; a parent deleted since (restore that first); a number or code "
                + "taken since; the plan's scale or score level changed since.";
        });
    }

    public override async Task HandleAsync(DeletionIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var deletion = await DeletionData.FindAsync(connection, request.PlanId, request.DeletionId, transaction);
        if (deletion is null) this.NotFound("deletionId", GetDeletion.NoSuchDeletion(request.PlanId, request.DeletionId));
        var description = deletion.Description;
        if (deletion.RestoredAt is not null)
            this.Conflict("deletionId", $"{RowWords.Capitalised(description)} has already been restored, by {deletion.RestoredBy} at {deletion.RestoredAt}.");

        var snapshot = SnapshotValues.Read(await DeletionData.SnapshotJsonAsync(connection, deletion.Id, transaction));
        var design = await DeletionData.PlanDesignAsync(connection, request.PlanId, transaction);
        if (RestoreRules.DesignChanged(description, snapshot, design.ScaleId, design.ScoreLevel) is { } changed)
            this.Conflict("deletionId", changed);
        var missing = await MissingAsync(connection, transaction, snapshot);
        if (RestoreRules.Blocker(description, missing) is { } blocker) this.Conflict("deletionId", blocker);

        var rows = RestoreRules.RowsToInsert(snapshot, missing).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            // A savepoint before each row: a failed insert is undone alone and the transaction goes on (PostgreSQL would
            // otherwise refuse every later statement), so a row whose place in a list was taken goes last.
            await transaction.SaveAsync(RowSavepoint, ct);
            try
            {
                await RawRows.InsertAsync(connection, transaction, rows[i]);
                await transaction.ReleaseAsync(RowSavepoint, ct);
            }
            catch (DbException e) when (e.IsUniqueViolation())
            {
                await transaction.RollbackAsync(RowSavepoint, ct);
                var columns = await e.UniqueColumnsAsync(connection, transaction);
                var list = RestoreRules.ListOfPosition(rows[i], columns);
                if (list is null) this.Conflict("deletionId", RestoreRules.Clash(description, rows[i], columns));
                rows[i] = rows[i].With("position", await RawRows.NextPositionAsync(connection, transaction, rows[i], list));
                await RawRows.InsertAsync(connection, transaction, rows[i]);
            }
        }
        foreach (var row in rows) await RestoredAudit.RecordCreatedAsync(connection, transaction, write, request.PlanId, row);
        await RefillAsync(connection, transaction, write, request.PlanId, snapshot);
        await connection.ExecuteAsync(MarkRestoredSql, new { write.Now, write.Actor, DeletionId = deletion.Id }, transaction);

        var restored = (await DeletionData.FindAsync(connection, request.PlanId, deletion.Id, transaction))!;
        await transaction.CommitAsync(ct);
        await Send.OkAsync(restored, ct);
    }

    /// <summary>The snapshot's references whose row has gone since, each row looked up once.</summary>
    private static async Task<IReadOnlyList<ExternalReference>> MissingAsync(DbConnection connection, DbTransaction transaction, Snapshot snapshot)
    {
        var exists = new Dictionary<(string, string, string), bool>();
        var missing = new List<ExternalReference>();
        foreach (var reference in snapshot.References)
        {
            var key = (reference.ParentTable, reference.ParentColumn, SnapshotValues.Text(reference.Value));
            if (!exists.TryGetValue(key, out var found))
                exists[key] = found = await RawRows.ExistsAsync(connection, transaction, reference.ParentTable, reference.ParentColumn, reference.Value);
            if (!found) missing.Add(reference);
        }
        return missing;
    }

    /// <summary>Puts back what ON DELETE SET NULL emptied (recommendations ungrouped from a deleted priority), where it is still empty.</summary>
    private static async Task RefillAsync(DbConnection connection, DbTransaction transaction, WriteContext write, long planId, Snapshot snapshot)
    {
        var schema = await DatabaseSchema.LoadAsync(connection, transaction);
        foreach (var nulled in snapshot.Nulled)
        {
            var id = nulled.Key.Columns is ["id"] && nulled.Key["id"] is long value ? value : (long?)null;
            var before = id is { } rowId ? await RestoredAudit.ShapeAsync(connection, transaction, planId, nulled.Key.Table, rowId) : null;
            if (!await RawRows.RefillAsync(connection, transaction, schema, nulled, write.Now) || before is null) continue;
            var after = (await RestoredAudit.ShapeAsync(connection, transaction, planId, nulled.Key.Table, id!.Value))!;
            await RestoredAudit.RecordAsync(connection, transaction, write, planId, nulled.Key.Table, id.Value, before, after);
        }
    }
}
