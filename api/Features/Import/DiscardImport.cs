using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import;

public sealed class DiscardImport(Data.Database database) : Endpoint<ImportIdRequest>
{
    // The row stays, so the list still shows what was uploaded and by whom; the file itself is not kept.
    private const string DiscardSql = """
        UPDATE imports SET status = 'discarded', content = @empty, row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    public override void Configure()
    {
        Delete("/imports/{importId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Discard a pending import: nothing is written to any plan, and the uploaded file is no longer kept");
    }

    public override async Task HandleAsync(ImportIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var row = await ImportData.RequireAsync(this, connection, request.ImportId, transaction);
        Etags.Require(this, HttpContext, row.Version);
        if (row.Status == "committed")
            this.Conflict("importId", "This import is committed: its file is the plan's source file. Delete the plan to remove it.");
        if (row.Status == "pending"
            && await connection.ExecuteAsync(DiscardSql, new { importId = row.Id, version = row.Version, empty = Array.Empty<byte>() }, transaction) == 0)
            this.Stop(412, "ifMatch", "This import was changed by someone else while you were discarding it. Reload it and try again.");
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
