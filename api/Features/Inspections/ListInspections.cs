using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class ListInspections(Database database) : EndpointWithoutRequest<IReadOnlyList<InspectionResponse>>
{
    public override void Configure()
    {
        Get("/inspections");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<InspectionResponse>>(200).ClearDefaultAccepts());
        Summary(s => s.Summary = "List every inspection, most recently published first, with its judgements and the plans that answer it");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await Send.OkAsync(await InspectionData.ListAsync(connection), ct);
    }
}
