using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

public sealed class GetReminderDefaults(Database database) : EndpointWithoutRequest<ReminderDefaultsResponse>
{
    public override void Configure()
    {
        Get("/admin/mail/reminder-defaults");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ReminderDefaultsResponse>(200).ProducesProblemDetails(401).ProducesProblemDetails(403).ClearDefaultAccepts());
        Summary(s => s.Summary = "The reminders everyone receives until they choose otherwise, the default digest day and the days before a review's \"updates due by\" date that its reminder goes (administrators only)");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        await using var connection = await database.OpenAsync(ct);
        var defaults = await MyReminderData.DefaultsAsync(connection);
        Etags.Set(HttpContext, defaults.Version);
        await Send.OkAsync(defaults, ct);
    }
}
