namespace ActionPlanTracker.Features.Accounts;

/// <summary>A personal API token as its owner sees it in a list: never the secret, which only its creation shows.</summary>
public record TokenResponse
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The first characters after "apt_", to recognise the token.</summary>
    public string Prefix { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    /// <summary>Updated at most once a minute.</summary>
    public string? LastUsedAt { get; init; }
    public string? RevokedAt { get; init; }
}

public static class TokenData
{
    public const int MaxNameLength = 100;

    public const string SelectSql = """
        SELECT t.id           AS Id,
               t.name         AS Name,
               t.prefix       AS Prefix,
               t.created_at   AS CreatedAt,
               t.last_used_at AS LastUsedAt,
               t.revoked_at   AS RevokedAt
        FROM api_tokens t
        """;
}
