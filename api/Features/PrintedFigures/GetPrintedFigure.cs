using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.PrintedFigures;

public sealed record PrintedFigureIdRequest
{
    public long PlanId { get; init; }
    public long PrintedFigureId { get; init; }
}

public sealed class GetPrintedFigure(Database database) : Endpoint<PrintedFigureIdRequest, PrintedFigureResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/printed-figures/{printedFigureId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<PrintedFigureResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one printed figure");
    }

    public override async Task HandleAsync(PrintedFigureIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var figure = await PrintedFigureData.FindAsync(connection, request.PlanId, request.PrintedFigureId);
        if (figure is null) this.NotFound("printedFigureId", PrintedFigureData.NoSuchFigure(request.PlanId, request.PrintedFigureId));

        Etags.Set(HttpContext, figure.Version);
        await Send.OkAsync(figure, ct);
    }
}
