using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;

namespace ActionPlanTracker.Features.Calendar;

public sealed record CalendarFeedRequest
{
    /// <summary>The feed's secret, as shown once when the feed was created: 32 random bytes in base64url.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Za-z0-9_-]{43}$")]
    public string Secret { get; init; } = "";
}

/// <summary>
/// GET /calendar/{secret}.ics: the feed itself, for a calendar program to subscribe to. Outside /api (a calendar address
/// people paste into Outlook), anonymous (calendar programs send no cookie), and found only by its secret's hash.
/// </summary>
public sealed class GetCalendarFeed(Database database, Clock clock, TrackerSettings settings) : Endpoint<CalendarFeedRequest>
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public override void Configure()
    {
        Get("/calendar/{secret}.ics");
        RoutePrefixOverride(string.Empty);
        AllowAnonymous();
        Description(b => b.Produces(200, typeof(Stream), ContentType).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "A calendar feed (iCalendar) by its secret address";
            s.Description = "No sign-in: the secret is the key. All-day events for review dates, \"updates due by\" dates and item deadlines the tracker "
                + "understands (a deadline with no date, such as \"ongoing\", is left out). 404 for an unknown or revoked secret, or one whose "
                + "creator's account is disabled. Cache-Control: no-store.";
        });
    }

    public override async Task HandleAsync(CalendarFeedRequest request, CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "no-store";
        HttpContext.Response.Headers["X-Robots-Tag"] = "noindex";
        await using var connection = await database.OpenAsync(ct);
        var feed = await CalendarFeedData.FindBySecretAsync(connection, request.Secret);
        if (feed is null) this.NotFound("secret", "There is no calendar feed at this address: it may have been revoked. Create a new one in the tracker.");

        var baseUri = CalendarFeedData.BaseUri(HttpContext.Request, settings.Mail);
        var (name, events) = feed.Kind == "person"
            ? await CalendarFeedBuilder.PersonAsync(connection, feed.PersonId!.Value, baseUri)
            : await CalendarFeedBuilder.PlanAsync(connection, feed.PlanId!.Value, baseUri);
        var text = CalendarFeedBuilder.Write(name, events, clock.UtcNow);
        // Opened in a browser, the file is saved rather than shown; calendar programs ignore the header.
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{(feed.Kind == "person" ? "my-action-plans" : $"action-plan-{feed.PlanId}")}.ics\"";
        await Send.BytesAsync(System.Text.Encoding.UTF8.GetBytes(text), contentType: ContentType, cancellation: ct);
    }
}
