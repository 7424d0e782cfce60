using System.Data;
using System.Security.Cryptography;
using ActionPlanTracker.Features.Mail;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>One calendar feed as the lists show it; never its secret, which is shown once when the feed is created.</summary>
public record CalendarFeedResponse
{
    public long Id { get; init; }
    /// <summary>person or plan.</summary>
    public string Kind { get; init; } = "";
    /// <summary>Where the feed is used, e.g. "Outlook on my laptop", so its owner can tell feeds apart.</summary>
    public string Name { get; init; } = "";
    public long? PersonId { get; init; }
    public long? PlanId { get; init; }
    /// <summary>Who created the feed (the account's display name).</summary>
    public string CreatedBy { get; init; } = "";
    public string CreatedAt { get; init; } = "";
}

/// <summary>A new feed with its secret address: shown this once, since only the secret's hash is stored.</summary>
public sealed record NewCalendarFeedResponse : CalendarFeedResponse
{
    /// <summary>The address to subscribe to, https://{tracker}/calendar/{secret}.ics. It cannot be shown again.</summary>
    public string Url { get; init; } = "";
}

/// <summary>The live (not revoked) feeds of a person or a plan.</summary>
public sealed record CalendarFeedsResponse
{
    /// <summary>False when the signed-in account is not linked to a person, so it has no items and cannot have a feed of its own.</summary>
    public bool CanCreate { get; init; }
    public IReadOnlyList<CalendarFeedResponse> Feeds { get; init; } = [];
}

public sealed record CalendarFeedIdRequest
{
    public long FeedId { get; init; }
}

public sealed record PlanCalendarFeedIdRequest
{
    public long PlanId { get; init; }
    public long FeedId { get; init; }
}

public sealed record PlanCalendarFeedsRequest
{
    public long PlanId { get; init; }
}



/// <summary>The calendar_feeds table (db/0038): secrets, their hashes, and the rows the endpoints read and write.</summary>
public static class CalendarFeedData
{
    public const int MaxNameLength = 100;
    public const string NameRequired = "Name the feed after where you will use it, e.g. \"Outlook on my laptop\".";

    public const string SelectSql = """
        SELECT f.id AS Id, f.kind AS Kind, f.name AS Name, f.person_id AS PersonId, f.plan_id AS PlanId, f.created_by AS CreatedBy, f.created_at AS CreatedAt
        FROM calendar_feeds f
        """;

    private const string InsertSql = """
        INSERT INTO calendar_feeds (kind, name, person_id, plan_id, secret_hash, created_by_user_id, created_by, created_at)
        VALUES (@kind, @name, @personId, @planId, @hash, @userId, @createdBy, @now)
        RETURNING id;
        """;

    /// <summary>
    /// A new secret: 32 random bytes in base64url (43 characters, safe in a path). Hashed as API tokens are
    /// (<see cref="ApiTokens.Hash"/>): 256 random bits leave nothing to guess, so a fast hash is enough.
    /// </summary>
    public static string NewSecret() => Passwords.Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The feed's address: Tracker:Mail:PublicAddress when set (as the links in emails), otherwise the address the request came to.</summary>
    public static Uri BaseUri(HttpRequest request, MailSettings mail) =>
        !string.IsNullOrWhiteSpace(mail.PublicAddress) && Uri.TryCreate(mail.PublicAddress, UriKind.Absolute, out _)
            ? mail.BaseUri
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static Uri FeedUrl(Uri baseUri, string secret) => new(baseUri, $"calendar/{secret}.ics");

    public static async Task<(CalendarFeedResponse Feed, string Secret)> CreateAsync(IDbConnection connection, IDbTransaction transaction,
        string kind, string name, long? personId, long? planId, SignedInUser user, string now)
    {
        var secret = NewSecret();
        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            kind, name, personId, planId, hash = ApiTokens.Hash(secret), userId = user.Id, createdBy = user.DisplayName, now,
        }, transaction);
        var feed = await connection.QuerySingleAsync<CalendarFeedResponse>(SelectSql + "\nWHERE f.id = @id", new { id }, transaction);
        return (feed, secret);
    }

    public static NewCalendarFeedResponse WithUrl(CalendarFeedResponse feed, Uri url) => new()
    {
        Id = feed.Id, Kind = feed.Kind, Name = feed.Name, PersonId = feed.PersonId, PlanId = feed.PlanId, CreatedBy = feed.CreatedBy, CreatedAt = feed.CreatedAt,
        Url = url.ToString(),
    };

    public static Task RevokeAsync(IDbConnection connection, IDbTransaction transaction, long id, string now) =>
        connection.ExecuteAsync("UPDATE calendar_feeds SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", new { id, now }, transaction);

    /// <summary>The feed a secret opens: live, and made by an account that is not disabled; null otherwise.</summary>
    public sealed class FeedRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public long? PersonId { get; init; }
        public long? PlanId { get; init; }
    }

    public static Task<FeedRow?> FindBySecretAsync(DbConnection connection, string secret) =>
        connection.QuerySingleOrDefaultAsync<FeedRow>("""
            SELECT f.id AS Id, f.kind AS Kind, f.name AS Name, f.person_id AS PersonId, f.plan_id AS PlanId
            FROM calendar_feeds f JOIN users u ON u.id = f.created_by_user_id
            WHERE f.secret_hash = @hash AND f.revoked_at IS NULL AND u.is_disabled = 0
            """, new { hash = ApiTokens.Hash(secret) });
}
