using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

public sealed record TokenIdRequest
{
    public long TokenId { get; init; }
}

public sealed class RevokeToken(Database database, Clock clock) : Endpoint<TokenIdRequest>
{
    // The owner is in the WHERE clause: someone else's token is "not found", never revoked, and its existence not revealed.
    private const string RevokeSql = """
        UPDATE api_tokens SET revoked_at = @Now
        WHERE id = @tokenId AND user_id = @userId AND revoked_at IS NULL;
        """;

    public override void Configure()
    {
        Delete("/tokens/{tokenId}");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        Roles(Allowed.Readers);
        Description(b => b.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Revoke one of your API tokens (it stops working at once)";
            s.Description = "If-Match is not needed. 404 when the token is not yours or already revoked.";
        });
    }

    public override async Task HandleAsync(TokenIdRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        const string findSql = TokenData.SelectSql + "\nWHERE t.id = @tokenId AND t.user_id = @userId";
        var before = await connection.QuerySingleOrDefaultAsync<TokenResponse>(findSql, new { tokenId = request.TokenId, userId = user.Id }, transaction);
        var revoked = await connection.ExecuteAsync(RevokeSql, new { tokenId = request.TokenId, userId = user.Id, write.Now }, transaction);
        if (before is null || revoked == 0) this.NotFound("tokenId", $"You have no live API token with id {request.TokenId}.");

        await AuditLog.RecordAsync(connection, transaction, write, "token", before.Id, null, before, before with { RevokedAt = write.Now });
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
