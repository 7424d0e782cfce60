using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Calendar;

public sealed record CreateMyCalendarFeedRequest
{
    /// <summary>Where the feed will be used, e.g. "Outlook on my laptop", so you can tell your feeds apart.</summary>
    public string Name { get; init; } = "";
}

/// <summary>POST /api/me/calendar-feeds: a new feed of the signed-in person's items and reviews.</summary>
public sealed class CreateMyCalendarFeed(Database database, Clock clock, TrackerSettings settings) : Endpoint<CreateMyCalendarFeedRequest, NewCalendarFeedResponse>
{
    public sealed class Validator : Validator<CreateMyCalendarFeedRequest>
    {
        public Validator() =>
            RuleFor(r => r.Name).NotEmpty().WithMessage(CalendarFeedData.NameRequired).MaximumLength(CalendarFeedData.MaxNameLength);
    }

    public override void Configure()
    {
        Post("/me/calendar-feeds");
        Roles(Allowed.Readers);
        Description(b => b.Produces<NewCalendarFeedResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(409)
            .WithMetadata(WithoutLocation.Instance));
        Summary(s =>
        {
            s.Summary = "Create a calendar feed of my deadlines and review dates (its address is shown once)";
            s.Description = "The response's url is the secret address to subscribe to; only its hash is kept, so it cannot be shown again. "
                + "409 when the account is not linked to a person (feeds follow a person's items; an administrator links them).";
        });
    }

    public override async Task HandleAsync(CreateMyCalendarFeedRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        if (user.PersonId is null)
            this.Conflict("personId", "Your account is not linked to a person in the tracker, so it has no items for a calendar. Ask an administrator to link it.");
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var (feed, secret) = await CalendarFeedData.CreateAsync(connection, transaction, "person", request.Name.Trim(), user.PersonId, null, user, write.Now);
        await AuditLog.RecordAsync(connection, transaction, write, "calendarFeed", feed.Id, null, null, feed);
        await transaction.CommitAsync(ct);
        var url = CalendarFeedData.FeedUrl(CalendarFeedData.BaseUri(HttpContext.Request, settings.Mail), secret);
        await Send.ResponseAsync(CalendarFeedData.WithUrl(feed, url), 201, ct);
    }
}
