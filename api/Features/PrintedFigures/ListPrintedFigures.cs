using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.PrintedFigures;

public sealed record ListPrintedFiguresRequest
{
    public long PlanId { get; init; }
    /// <summary>Only the figures printed for this review; every figure when absent.</summary>
    [QueryParam] public long? ReviewId { get; init; }
}

public sealed class ListPrintedFigures(Database database) : Endpoint<ListPrintedFiguresRequest, IReadOnlyList<PrintedFigureResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/printed-figures");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<PrintedFigureResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "List the figures printed for a plan, optionally for one review";
            s.Description = "Figures printed for no review first, then by review date; the whole plan's before each priority's. "
                + "The checks against the scores are in the summary of each review (printedFigures).";
        });
    }

    public override async Task HandleAsync(ListPrintedFiguresRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        if (request.ReviewId is { } reviewId) await ReviewData.RequireAsync(this, connection, request.PlanId, reviewId);
        var figures = await connection.QueryAsync<PrintedFigureResponse>(PrintedFigureData.ListSql, new { planId = request.PlanId, reviewId = request.ReviewId });
        await Send.OkAsync(figures.AsList(), ct);
    }
}
