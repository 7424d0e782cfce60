using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>GET /api/plans/{planId}/calendar-feeds: the plan's live feeds (board and administrators).</summary>
public sealed class ListPlanCalendarFeeds(Database database) : Endpoint<PlanCalendarFeedsRequest, CalendarFeedsResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/calendar-feeds");
        Roles(Allowed.Board);
        Description(b => b.Produces<CalendarFeedsResponse>(200).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The plan's calendar feeds (their addresses are never shown again)";
            s.Description = "Live feeds of every review date, \"updates due by\" date and item deadline in the plan, whoever on the board created them, oldest first.";
        });
    }

    public override async Task HandleAsync(PlanCalendarFeedsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var feeds = (await connection.QueryAsync<CalendarFeedResponse>(
            CalendarFeedData.SelectSql + "\nWHERE f.kind = 'plan' AND f.plan_id = @PlanId AND f.revoked_at IS NULL ORDER BY f.id", new { request.PlanId })).AsList();
        await Send.OkAsync(new CalendarFeedsResponse { CanCreate = true, Feeds = feeds }, ct);
    }
}
