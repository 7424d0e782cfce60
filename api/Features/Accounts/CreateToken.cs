using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Accounts;

public sealed record CreateTokenRequest
{
    /// <summary>What the token is for, e.g. "Power BI performance report".</summary>
    public string Name { get; init; } = "";
}

/// <summary>The new token with its secret: shown this once, since only its hash is stored.</summary>
public sealed record NewTokenResponse : TokenResponse
{
    /// <summary>Send as "Authorization: Bearer {secret}". It cannot be shown again.</summary>
    public string Secret { get; init; } = "";
}

public sealed class CreateToken(Database database, Clock clock) : Endpoint<CreateTokenRequest, NewTokenResponse>
{
    public sealed class Validator : Validator<CreateTokenRequest>
    {
        public Validator() =>
            RuleFor(r => r.Name).NotEmpty().WithMessage("Name the token after what will use it.").MaximumLength(TokenData.MaxNameLength);
    }

    private const string InsertSql = """
        INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at)
        VALUES (@userId, @Name, @tokenHash, @prefix, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/tokens");
        Roles(Allowed.Readers);
        // No Location: a token is never read back on its own (GET /api/tokens lists them; the secret is shown once).
        Description(b => b.Produces<NewTokenResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .WithMetadata(OpenApi.WithoutLocation.Instance));
        Summary(s =>
        {
            s.Summary = "Create a personal API token for integrations (the secret is shown once)";
            s.Description = "The token acts as you, with your role, until revoked. Needs a person signed in with the session cookie: "
                + "a request made with an API token gets 403, so a leaked token cannot mint tokens that outlive its revocation.";
        });
    }

    /// <summary>Refuses token-authenticated callers before the body is even validated.</summary>
    public override Task OnBeforeValidateAsync(CreateTokenRequest request, CancellationToken ct)
    {
        if (HttpContext.User.Identity?.AuthenticationType == AuthenticationSetup.TokenScheme)
            this.Stop(StatusCodes.Status403Forbidden, AuthProblems.SessionField,
                "API tokens are created by a signed-in person, not by another API token. Sign in to the tracker and create it there.");
        return Task.CompletedTask;
    }

    public override async Task HandleAsync(CreateTokenRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var write = Writer.For(HttpContext, clock);
        var (secret, prefix) = ApiTokens.Generate();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            userId = user.Id, Name = request.Name.Trim(), tokenHash = ApiTokens.Hash(secret), prefix, write.Now,
        }, transaction);
        var created = await connection.QuerySingleAsync<TokenResponse>(TokenData.SelectSql + "\nWHERE t.id = @id", new { id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "token", id, null, null, created);
        await transaction.CommitAsync(ct);

        await Send.ResponseAsync(new NewTokenResponse
        {
            Id = created.Id, Name = created.Name, Prefix = created.Prefix, CreatedAt = created.CreatedAt, Secret = secret,
        }, 201, ct);
    }
}
