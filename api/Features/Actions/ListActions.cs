using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Priorities;
using ActionPlanTracker.Features.Recommendations;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Actions;

public sealed record ListActionsRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>Only the actions answering this recommendation.</summary>
    [QueryParam] public long? RecommendationId { get; init; }
    /// <summary>Only the actions directly under this priority.</summary>
    [QueryParam] public long? PriorityId { get; init; }
}

public sealed class ListActions(Database database) : Endpoint<ListActionsRequest, IReadOnlyList<ActionResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/actions");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ActionResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "List a plan's actions in printed order, with their people and understood deadlines";
            s.Description = "Printed order: priority by priority (the actions of its recommendations, then its own), then the actions "
                + "of ungrouped recommendations. recommendationId keeps the actions answering that recommendation; priorityId keeps those directly "
                + "under that priority (not those under the priority's recommendations). Either must belong to the plan (404 otherwise).";
        });
    }

    public override async Task HandleAsync(ListActionsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        if (request.RecommendationId is { } recommendationId && !await RecommendationData.ExistsAsync(connection, request.PlanId, recommendationId))
            this.NotFound("recommendationId", $"Plan {request.PlanId} has no recommendation with id {recommendationId}.");
        if (request.PriorityId is { } priorityId && !await PriorityData.ExistsAsync(connection, request.PlanId, priorityId))
            this.NotFound("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");

        var actions = await ActionData.ListAsync(connection, request.PlanId, recommendationId: request.RecommendationId, priorityId: request.PriorityId);
        await Send.OkAsync(actions, ct);
    }
}
