using ActionPlanTracker.Data;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scales;

public sealed class ListScales(Database database) : EndpointWithoutRequest<IReadOnlyList<ScaleResponse>>
{
    public override void Configure()
    {
        Get("/scales");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ScaleResponse>>(200).ClearDefaultAccepts());
        Summary(s => s.Summary = "List every rating scale, built-in ones first, each with its levels in value order");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await Send.OkAsync(await ScaleData.ListAsync(connection), ct);
    }
}
