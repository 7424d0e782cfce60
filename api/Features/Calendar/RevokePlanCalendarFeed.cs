using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>DELETE /api/plans/{planId}/calendar-feeds/{feedId}: revoke one of the plan's feeds.</summary>
public sealed class RevokePlanCalendarFeed(Database database, Clock clock) : Endpoint<PlanCalendarFeedIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/calendar-feeds/{feedId}");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Revoke one of the plan's calendar feeds (its address stops working at once)";
            s.Description = "Any board member or administrator may revoke any of the plan's feeds. If-Match is not needed: a feed never changes, it is only revoked. 404 when the plan has no such live feed.";
        });
    }

    public override async Task HandleAsync(PlanCalendarFeedIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await connection.QuerySingleOrDefaultAsync<CalendarFeedResponse>(
            CalendarFeedData.SelectSql + "\nWHERE f.id = @FeedId AND f.kind = 'plan' AND f.plan_id = @PlanId AND f.revoked_at IS NULL",
            new { request.FeedId, request.PlanId }, transaction);
        if (before is null) this.NotFound("feedId", $"Plan {request.PlanId} has no live calendar feed with id {request.FeedId}.");
        await CalendarFeedData.RevokeAsync(connection, transaction, before.Id, write.Now);
        await AuditLog.RecordAsync(connection, transaction, write, "calendarFeed", before.Id, request.PlanId, before, new { before.Id, before.Kind, before.PlanId, RevokedAt = write.Now });
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
