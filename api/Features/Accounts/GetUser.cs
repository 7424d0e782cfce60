using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

public sealed record UserIdRequest
{
    public long UserId { get; init; }
}

public sealed class GetUser(Database database) : Endpoint<UserIdRequest, UserResponse>
{
    public override void Configure()
    {
        Get("/users/{userId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<UserResponse>(200).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one account (administrators only)");
    }

    public override async Task HandleAsync(UserIdRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        await using var connection = await database.OpenAsync(ct);
        var user = await UserData.FindAsync(connection, request.UserId);
        if (user is null) this.NotFound("userId", $"No account has id {request.UserId}.");

        Etags.Set(HttpContext, user.Version);
        await Send.OkAsync(user, ct);
    }
}
