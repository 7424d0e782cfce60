using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Mappings;

public sealed class DeleteSavedMapping(Data.Database database) : Endpoint<SavedMappingIdRequest>
{
    public override void Configure()
    {
        Delete("/import-mappings/{mappingId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete a saved import mapping (imports already read by it keep their own copy)");
    }

    public override async Task HandleAsync(SavedMappingIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await SavedMappingData.FindAsync(connection, request.MappingId, transaction);
        if (before is null) this.NotFound("mappingId", SavedMappingData.NoSuchMapping(request.MappingId));
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM import_mappings WHERE id = @MappingId AND row_version = @Version",
            new { request.MappingId, before.Version }, transaction);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
