using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Mappings;

public sealed class CreateSavedMapping(Data.Database database, Clock clock) : Endpoint<SavedMappingRequest, SavedMappingResponse>
{
    public sealed class Validator : Validator<SavedMappingRequest>
    {
        public Validator() => Include(new SavedMappingRules());
    }

    public override void Configure()
    {
        Post("/import-mappings");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<SavedMappingResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Save an import mapping by name, to read next month's file the same way");
    }

    public override async Task HandleAsync(SavedMappingRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var name = request.Name.Trim();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        if (await SavedMappingData.NameTakenAsync(connection, name, exceptId: 0, transaction)) this.Conflict("name", SavedMappingData.NameTaken(name));

        var id = await SavedMappingData.InsertAsync(connection, transaction, write, name, request.Mapping!);
        var created = (await SavedMappingData.FindAsync(connection, id, transaction))!;
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetSavedMapping>(new { mappingId = id }, created, cancellation: ct);
    }
}
