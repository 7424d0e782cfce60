using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Deletions;

public sealed class GetDeletion(Database database) : Endpoint<DeletionIdRequest, DeletionResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/deletions/{deletionId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<DeletionResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one deletion: what went and whether it has been restored (the address a DELETE's Undo-Location names)");
    }

    public override async Task HandleAsync(DeletionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var deletion = await DeletionData.FindAsync(connection, request.PlanId, request.DeletionId);
        if (deletion is null) this.NotFound("deletionId", NoSuchDeletion(request.PlanId, request.DeletionId));
        await Send.OkAsync(deletion, ct);
    }

    public static string NoSuchDeletion(long planId, long deletionId) => $"Plan {planId} has no deletion with id {deletionId}.";
}
