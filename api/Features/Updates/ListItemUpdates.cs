using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Updates;

public sealed class ListItemUpdates(Database database) : Endpoint<ItemUpdatesRoute, IReadOnlyList<ItemUpdateResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/items/{kind}/{itemId}/updates");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ItemUpdateResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "List an item's running log of updates in the order it was printed";
            s.Description = "kind is recommendation, action or measure. The score narratives of each review are not repeated here; "
                + "the grid's latestUpdate weighs both (docs/domain-rules.md, \"Update logs\").";
        });
    }

    public override async Task HandleAsync(ItemUpdatesRoute request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, null, request, forWrite: false);
        var updates = await connection.QueryAsync<ItemUpdateResponse>(ItemUpdateData.ListSql,
            new { item.PlanId, item.RecommendationId, item.ActionId, item.MeasureId });
        await Send.OkAsync(updates.AsList(), ct);
    }
}
