using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Mappings;

public sealed record ChangeSavedMappingRequest : SavedMappingRequest
{
    [RouteParam] public long MappingId { get; init; }
}

public sealed class ChangeSavedMapping(Data.Database database, Clock clock) : Endpoint<ChangeSavedMappingRequest, SavedMappingResponse>
{
    public sealed class Validator : Validator<ChangeSavedMappingRequest>
    {
        public Validator() => Include(new SavedMappingRules());
    }

    private const string UpdateSql = """
        UPDATE import_mappings
        SET name = @name, mapping_json = @mappingJson, updated_at = @now, row_version = row_version + 1
        WHERE id = @mappingId AND row_version = @version;
        """;

    public override void Configure()
    {
        Put("/import-mappings/{mappingId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<SavedMappingResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Rename a saved import mapping or replace the mapping it holds");
    }

    public override async Task HandleAsync(ChangeSavedMappingRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var name = request.Name.Trim();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await SavedMappingData.FindAsync(connection, request.MappingId, transaction);
        if (before is null) this.NotFound("mappingId", SavedMappingData.NoSuchMapping(request.MappingId));
        Etags.Require(this, HttpContext, before.Version);
        if (await SavedMappingData.NameTakenAsync(connection, name, request.MappingId, transaction)) this.Conflict("name", SavedMappingData.NameTaken(name));

        var changed = await connection.ExecuteAsync(UpdateSql, new
        {
            name, mappingJson = ImportJson.Write(request.Mapping!), now = write.Now, mappingId = request.MappingId, version = before.Version,
        }, transaction);
        if (changed == 0) this.Stop(412, "ifMatch", "This mapping was changed by someone else while you were saving. Reload it and apply your change again.");
        var after = (await SavedMappingData.FindAsync(connection, request.MappingId, transaction))!;
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
