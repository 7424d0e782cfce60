using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

public sealed class ListTokens(Database database) : EndpointWithoutRequest<IReadOnlyList<TokenResponse>>
{
    private const string ListSql = TokenData.SelectSql + "\nWHERE t.user_id = @userId\nORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC";

    public override void Configure()
    {
        Get("/tokens");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<TokenResponse>>(200).ProducesProblemDetails(401).ClearDefaultAccepts());
        Summary(s => s.Summary = "List your API tokens, live ones first (never their secrets)");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        await using var connection = await database.OpenAsync(ct);
        var tokens = await connection.QueryAsync<TokenResponse>(ListSql, new { userId = user.Id });
        await Send.OkAsync(tokens.AsList(), ct);
    }
}
