using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

public sealed class ListUsers(Database database) : EndpointWithoutRequest<IReadOnlyList<UserResponse>>
{
    public override void Configure()
    {
        Get("/users");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<IReadOnlyList<UserResponse>>(200).ProducesProblemDetails(401).ProducesProblemDetails(403).ClearDefaultAccepts());
        Summary(s => s.Summary = "List every account (administrators only)");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        await using var connection = await database.OpenAsync(ct);
        var users = await connection.QueryAsync<UserResponse>(UserData.ListSql);
        await Send.OkAsync(users.AsList(), ct);
    }
}
