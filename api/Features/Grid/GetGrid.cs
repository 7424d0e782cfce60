using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;

namespace ActionPlanTracker.Features.Grid;

public sealed class GetGrid(Database database, Clock clock) : Endpoint<PlanIdRequest, GridResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/grid");
        AllowAnonymous();
        Description(b => b.Produces<GridResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Everything the action-plan grid draws for a plan, in one request";
            s.Description = "The hierarchy (priorities, recommendations, actions, success measures), every scored item's score in every review, " +
                            "computed direction of travel beside any override, deadline status (overdue, due within 30 days, no date), leads, owners and the latest update.";
        });
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var snapshot = await PlanSnapshot.LoadAsync(connection, request.PlanId);
        if (snapshot is null) this.NotFound("planId", $"No plan has id {request.PlanId}.");

        var analysis = new PlanAnalysis(snapshot, clock.Today);
        await Send.OkAsync(new GridResponse
        {
            Plan = snapshot.Plan,
            Scale = analysis.Scale,
            Reviews = snapshot.Reviews,
            CurrentReviewId = analysis.CurrentReview?.Id,
            PreviousReviewId = analysis.PreviousReview?.Id,
            Today = analysis.Today,
            Items = analysis.Items,
        }, ct);
    }
}
