using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>DELETE /api/me/calendar-feeds/{feedId}: revoke one of my feeds; its address answers 404 from then on.</summary>
public sealed class RevokeMyCalendarFeed(Database database, Clock clock) : Endpoint<CalendarFeedIdRequest>
{
    public override void Configure()
    {
        Delete("/me/calendar-feeds/{feedId}");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        Roles(Allowed.Readers);
        Description(b => b.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Revoke one of my calendar feeds (its address stops working at once)";
            s.Description = "If-Match is not needed: a feed never changes, it is only revoked. 404 when the feed is not yours or already revoked.";
        });
    }

    public override async Task HandleAsync(CalendarFeedIdRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = user.PersonId is null ? null : await connection.QuerySingleOrDefaultAsync<CalendarFeedResponse>(
            CalendarFeedData.SelectSql + "\nWHERE f.id = @feedId AND f.kind = 'person' AND f.person_id = @personId AND f.revoked_at IS NULL",
            new { feedId = request.FeedId, personId = user.PersonId }, transaction);
        if (before is null) this.NotFound("feedId", $"You have no live calendar feed with id {request.FeedId}.");
        await CalendarFeedData.RevokeAsync(connection, transaction, before.Id, write.Now);
        await AuditLog.RecordAsync(connection, transaction, write, "calendarFeed", before.Id, null, before, new { before.Id, before.Kind, before.PersonId, RevokedAt = write.Now });
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
