using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Mappings;

public sealed record SavedMappingIdRequest
{
    public long MappingId { get; init; }
}

public sealed class GetSavedMapping(Data.Database database) : Endpoint<SavedMappingIdRequest, SavedMappingResponse>
{
    public override void Configure()
    {
        Get("/import-mappings/{mappingId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<SavedMappingResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read a saved import mapping");
    }

    public override async Task HandleAsync(SavedMappingIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var saved = await SavedMappingData.FindAsync(connection, request.MappingId);
        if (saved is null) this.NotFound("mappingId", SavedMappingData.NoSuchMapping(request.MappingId));
        Etags.Set(HttpContext, saved.Version);
        await Send.OkAsync(saved, ct);
    }
}
