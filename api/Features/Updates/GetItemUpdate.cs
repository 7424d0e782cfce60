using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Updates;

public sealed class GetItemUpdate(Database database) : Endpoint<ItemUpdateIdRequest, ItemUpdateResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ItemUpdateResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one entry of an item's update log");
    }

    public override async Task HandleAsync(ItemUpdateIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, null, request, forWrite: false);
        var update = await ItemUpdateData.FindAsync(connection, item, request.UpdateId);
        if (update is null) this.NotFound("updateId", ItemUpdateData.NoSuchUpdate(item, request.UpdateId));

        Etags.Set(HttpContext, update.Version);
        await Send.OkAsync(update, ct);
    }
}
