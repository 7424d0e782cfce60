using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>GET /api/me/calendar-feeds: the signed-in person's live feeds.</summary>
public sealed class ListMyCalendarFeeds(Database database) : EndpointWithoutRequest<CalendarFeedsResponse>
{
    public override void Configure()
    {
        Get("/me/calendar-feeds");
        Roles(Allowed.Readers);
        Description(b => b.Produces<CalendarFeedsResponse>(200).ProducesProblemDetails(401).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "My calendar feeds (their addresses are never shown again)";
            s.Description = "The live feeds of the person the account is linked to, oldest first. canCreate is false when the account is not linked to a person.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var personId = SignedInUser.From(User)?.PersonId;
        await using var connection = await database.OpenAsync(ct);
        var feeds = personId is null ? [] : (await connection.QueryAsync<CalendarFeedResponse>(
            CalendarFeedData.SelectSql + "\nWHERE f.kind = 'person' AND f.person_id = @personId AND f.revoked_at IS NULL ORDER BY f.id",
            new { personId })).AsList();
        await Send.OkAsync(new CalendarFeedsResponse { CanCreate = personId is not null, Feeds = feeds }, ct);
    }
}
