using System.Data.Common;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Import.Mappings;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Import;

public sealed record CommitImportRequest
{
    [RouteParam] public long ImportId { get; init; }
    /// <summary>Also save the mapping under this name, to read next month's file the same way.</summary>
    public string? SaveMappingAs { get; init; }
}

/// <summary>What a commit did.</summary>
/// <param name="PlanCreated">False when the same file was already committed: the plan named is that one, and nothing was written.</param>
/// <param name="VersionApplied">For a newer version of a plan: what it added and changed there (Counts are then all zero).</param>
public sealed record CommitImportResponse(long ImportId, long PlanId, bool PlanCreated, DryRunCounts Counts, Versions.VersionApplied? VersionApplied = null);

public sealed class CommitImport(Database database, Clock clock) : Endpoint<CommitImportRequest, CommitImportResponse>
{
    public sealed class Validator : Validator<CommitImportRequest>
    {
        public Validator() => RuleFor(r => r.SaveMappingAs).Must(n => !string.IsNullOrWhiteSpace(n)).When(r => r.SaveMappingAs is not null)
            .WithMessage("Give the mapping a name, or leave saveMappingAs out.").MaximumLength(100);
    }

    private const string CommittedSql = """
        UPDATE imports
        SET status = 'committed', plan_id = @planId, committed_by = @actor, committed_at = @now, outcome_json = @outcomeJson,
            row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    /// <summary>The import's new version, sent as ETag (the body is the outcome, not the import).</summary>
    private static OpenApi.DocumentedResponseHeader ImportVersion(int status) =>
        new(status, "ETag", "The import's version after the commit: send it in If-Match to change or discard it.");

    public override void Configure()
    {
        Post("/imports/{importId}/commit");
        Roles(Allowed.Administrators);
        // The body is optional: a commit that saves no mapping sends none, which routing would otherwise refuse.
        Description(b => b.ClearDefaultAccepts().WithMetadata(new OpenApi.DocumentedBody(typeof(CommitImportRequest), "application/json", Required: false))
            .Produces<CommitImportResponse>(201).Produces<CommitImportResponse>(200).ProducesProblemDetails(400)
            .ProducesProblemDetails(404).ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428)
            .WithMetadata(ImportVersion(200)).WithMetadata(ImportVersion(201)));
        Summary(s =>
        {
            s.Summary = "Commit an import: write the plan it reads, all of it or nothing, in one transaction";
            s.Description = "Needs the import's ETag in If-Match. Anything the dry run lists as blocking is a 409 naming each finding. A file already committed (same SHA-256) changes nothing: 200 with the plan it made. Otherwise 201 with the new plan, recorded in the audit log as one import with the file's name and SHA-256. For a newer version of a plan (uploaded with planId): 200, adding the new reviews, items and scores, the changed item fields and the scores chosen takeFile; 409 naming any such score changed in the tracker since the dry run, with nothing written.";
        });
    }

    public override async Task HandleAsync(CommitImportRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        var row = await ImportData.RequireAsync(this, connection, request.ImportId);
        Etags.Require(this, HttpContext, row.Version);
        if (row.Status == "discarded") this.Conflict("importId", "This import was discarded; upload the file again to import it.");
        if (await AlreadyCommittedAsync(connection, null, row, ct)) return;

        // Read and interpreted before the write lock is taken; the transaction then checks nothing changed meanwhile.
        var mapping = ImportJson.ReadMapping(row.MappingJson);
        var reading = ImportReader.Interpret(ImportReader.Read(this, row.FileName, row.Format, row.Content), mapping, await KnownData.LoadAsync(connection));
        RefuseBlocking(reading);
        var saveAs = Written.OrNull(request.SaveMappingAs);

        await using var transaction = connection.BeginWriteTransaction();
        if (await AlreadyCommittedAsync(connection, transaction, row, ct)) return;
        if (saveAs is not null && await SavedMappingData.NameTakenAsync(connection, saveAs, exceptId: 0, transaction))
            this.Conflict("saveMappingAs", SavedMappingData.NameTaken(saveAs));

        if (row.VersionOfPlanId is { } versionOf)
        {
            await CommitVersionAsync(connection, transaction, write, row, reading, mapping, saveAs, versionOf, ct);
            return;
        }

        var planId = PlanWriter.Write(connection, transaction, reading.Draft, new PlanWriteContext(write.Actor, write.Now, row.FileName));
        var counts = ImportView.Counts(reading.Draft, reading.Findings);
        if (await connection.ExecuteAsync(CommittedSql, new
            {
                planId, actor = write.Actor, now = write.Now, outcomeJson = ImportJson.Write(counts), importId = row.Id, version = row.Version,
            }, transaction) == 0)
            this.Stop(412, "ifMatch", "This import was changed by someone else while you were committing it. Reload it and try again.");
        if (saveAs is not null) await SavedMappingData.InsertAsync(connection, transaction, write, saveAs, mapping);

        await AuditLog.RecordAsync(connection, transaction, write, "plan", planId, planId, null, await PlanData.FindAsync(connection, planId, transaction));
        await AuditLog.RecordAsync(connection, transaction, write, "import", row.Id, planId, null,
            new { row.FileName, row.Sha256, row.SizeBytes, Counts = counts });
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, row.Version + 1);
        await Send.CreatedAtAsync<GetPlan>(new { planId }, new CommitImportResponse(row.Id, planId, true, counts), cancellation: ct);
    }

    /// <summary>A newer version of a plan: added to that plan (200), nothing deleted, nothing overwritten that a person did not choose.</summary>
    private async Task CommitVersionAsync(DbConnection connection, DbTransaction transaction,
        Data.WriteContext write, ImportRow row, ImportReading reading, ImportMapping mapping, string? saveAs, long planId, CancellationToken ct)
    {
        var applied = await Versions.CommitVersion.WriteAsync(this, connection, transaction, write, row, reading, planId);
        if (saveAs is not null) await SavedMappingData.InsertAsync(connection, transaction, write, saveAs, mapping);
        await transaction.CommitAsync(ct);
        Etags.Set(HttpContext, row.Version + 1);
        await Send.OkAsync(new CommitImportResponse(row.Id, planId, false, NoCounts, applied), ct);
    }

    /// <summary>Importing the same file twice changes nothing: answers 200 naming the plan the first commit made, and says so.</summary>
    private async Task<bool> AlreadyCommittedAsync(DbConnection connection, DbTransaction? transaction,
        ImportRow row, CancellationToken ct)
    {
        if (await ImportData.CommittedAlreadyAsync(connection, row.Sha256, transaction) is not { } earlier) return false;
        Etags.Set(HttpContext, row.Version);
        await Send.OkAsync(new CommitImportResponse(row.Id, earlier.PlanId, false, ImportJson.ReadCounts(earlier.OutcomeJson) ?? NoCounts), ct);
        return true;
    }

    private static readonly DryRunCounts NoCounts = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>409 listing every blocking finding, each with where it is, so the person knows what to fix in the file or the mapping.</summary>
    private void RefuseBlocking(ImportReading reading)
    {
        foreach (var finding in reading.Blocking)
            AddError(new ValidationFailure("findings", finding.Where is null ? finding.Message : $"{finding.Where}: {finding.Message}"));
        ThrowIfAnyErrors(409);
    }
}
