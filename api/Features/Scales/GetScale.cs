using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scales;

public sealed record ScaleIdRequest
{
    public long ScaleId { get; init; }
}

public sealed class GetScale(Database database) : Endpoint<ScaleIdRequest, ScaleResponse>
{
    public override void Configure()
    {
        Get("/scales/{scaleId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ScaleResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one rating scale with its levels in value order");
    }

    public override async Task HandleAsync(ScaleIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var scale = await ScaleData.FindAsync(connection, request.ScaleId);
        if (scale is null) this.NotFound("scaleId", $"No rating scale has id {request.ScaleId}.");

        Etags.Set(HttpContext, scale.Version);
        await Send.OkAsync(scale, ct);
    }
}
