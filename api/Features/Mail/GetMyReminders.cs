using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

public sealed class GetMyReminders(Database database) : EndpointWithoutRequest<MyRemindersResponse>
{
    public override void Configure()
    {
        Get("/me/reminders");
        Roles(Allowed.Readers);
        Description(b => b.Produces<MyRemindersResponse>(200).ProducesProblemDetails(401).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Which reminder emails I receive, and my digest day";
            s.Description = "A person's own choices where they made them, otherwise the administrator's defaults. The ETag is for If-Match on PUT.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var mine = await MyReminderData.ReadAsync(connection, SignedInUser.From(User)?.PersonId);
        Etags.Set(HttpContext, mine.Version);
        await Send.OkAsync(mine, ct);
    }
}
