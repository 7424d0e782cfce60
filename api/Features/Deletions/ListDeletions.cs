using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Deletions;

public sealed class ListDeletions(Database database) : Endpoint<DeletionsRequest, IReadOnlyList<DeletionResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/deletions");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<IReadOnlyList<DeletionResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "List the priorities, recommendations, actions and success measures deleted from a plan, newest first, restored or not";
            s.Description = "Each deletion says what went (description and counts of every kind of row, the item itself included) and "
                + "whether it has been restored. Administrators only, like the deletes themselves.";
        });
    }

    public override async Task HandleAsync(DeletionsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        await Send.OkAsync(await DeletionData.ListAsync(connection, request.PlanId), ct);
    }
}
