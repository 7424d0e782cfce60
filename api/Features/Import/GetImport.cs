using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import;

public sealed record ImportIdRequest
{
    public long ImportId { get; init; }
}

public sealed class GetImport(Data.Database database) : Endpoint<ImportIdRequest, ImportResponse>
{
    public override void Configure()
    {
        Get("/imports/{importId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ImportResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Read an import: its tables, its mapping and the dry run";
            s.Description = "The stored file is read again and interpreted with the stored mapping, so the dry run always reflects the tracker as it is now.";
        });
    }

    public override async Task HandleAsync(ImportIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await ImportData.RequireAsync(this, connection, request.ImportId);
        var (response, _) = await ImportViews.ReadAsync(this, connection, row);
        Etags.Set(HttpContext, response.Version);
        await Send.OkAsync(response, ct);
    }
}
