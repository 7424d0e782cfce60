using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Updates;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// One review's words for an item: what the grid leaves out of older reviews' scores (see <see cref="GridScore"/>).
/// </summary>
public sealed record ItemNarrative
{
    /// <summary>The review the score belongs to.</summary>
    public long ReviewId { get; init; }
    /// <summary>The update written with the score; null when none.</summary>
    public string? Narrative { get; init; }
    /// <summary>Its own date as written; null when undated.</summary>
    public DateOnly? NarrativeDate { get; init; }
    /// <summary>The evidence given for a complete level; null when none.</summary>
    public string? Evidence { get; init; }
    /// <summary>Who signed off or rejected a complete level, and when.</summary>
    public string? SignOffBy { get; init; }
    public string? SignOffAt { get; init; }
    /// <summary>Who saved the score in the tracker, and when.</summary>
    public string UpdatedBy { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public sealed class ListItemNarratives(Database database) : Endpoint<ItemUpdatesRoute, IReadOnlyList<ItemNarrative>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/items/{kind}/{itemId}/narratives");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ItemNarrative>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Every review's update text, evidence and who saved it, for one scored item";
            s.Description = "kind is recommendation, action or measure. One entry per review that holds a score for the item, in column order. "
                + "The grid sends these words only for the latest two reviews (the current one and the one before it); the item page reads the rest here.";
        });
    }

    public override async Task HandleAsync(ItemUpdatesRoute request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, null, request, forWrite: false);
        // The column name comes from ScoredItemType (a fixed list), never from the request.
        var rows = await connection.QueryAsync<ItemNarrative>($"""
            SELECT sc.review_id AS ReviewId, sc.narrative AS Narrative, sc.narrative_date AS NarrativeDate, sc.evidence AS Evidence,
                   sc.sign_off_by AS SignOffBy, sc.sign_off_at AS SignOffAt, sc.updated_by AS UpdatedBy, sc.updated_at AS UpdatedAt
            FROM scores sc JOIN reviews r ON r.id = sc.review_id
            WHERE r.plan_id = @planId AND sc.{item.Type.Column} = @itemId
            ORDER BY r.sort_order, r.id
            """, new { planId = item.PlanId, itemId = item.ItemId });
        await Send.OkAsync(rows.AsList(), ct);
    }
}
