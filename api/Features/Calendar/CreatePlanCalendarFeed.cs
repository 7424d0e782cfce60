using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Calendar;

public sealed record CreatePlanCalendarFeedRequest
{
    public long PlanId { get; init; }
    /// <summary>Where the feed will be used, e.g. "Board's shared calendar", so the board can tell the plan's feeds apart.</summary>
    public string Name { get; init; } = "";
}

/// <summary>POST /api/plans/{planId}/calendar-feeds: a new feed of the plan's dates (board and administrators).</summary>
public sealed class CreatePlanCalendarFeed(Database database, Clock clock, TrackerSettings settings) : Endpoint<CreatePlanCalendarFeedRequest, NewCalendarFeedResponse>
{
    public sealed class Validator : Validator<CreatePlanCalendarFeedRequest>
    {
        public Validator() =>
            RuleFor(r => r.Name).NotEmpty().WithMessage(CalendarFeedData.NameRequired).MaximumLength(CalendarFeedData.MaxNameLength);
    }

    public override void Configure()
    {
        Post("/plans/{planId}/calendar-feeds");
        Roles(Allowed.Board);
        Description(b => b.Produces<NewCalendarFeedResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).WithMetadata(WithoutLocation.Instance));
        Summary(s =>
        {
            s.Summary = "Create a calendar feed of the plan's review dates and deadlines (its address is shown once)";
            s.Description = "The response's url is the secret address to subscribe to, e.g. from the board's shared calendar; only its hash is kept, so it cannot be shown again.";
        });
    }

    public override async Task HandleAsync(CreatePlanCalendarFeedRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var (feed, secret) = await CalendarFeedData.CreateAsync(connection, transaction, "plan", request.Name.Trim(), null, request.PlanId, user, write.Now);
        await AuditLog.RecordAsync(connection, transaction, write, "calendarFeed", feed.Id, request.PlanId, null, feed);
        await transaction.CommitAsync(ct);
        var url = CalendarFeedData.FeedUrl(CalendarFeedData.BaseUri(HttpContext.Request, settings.Mail), secret);
        await Send.ResponseAsync(CalendarFeedData.WithUrl(feed, url), 201, ct);
    }
}
