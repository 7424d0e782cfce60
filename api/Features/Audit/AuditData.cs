using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Audit;

/// <summary>The filters and paging both audit trails take from the query string; an empty filter is no filter.</summary>
public record AuditQuery
{
    /// <summary>Only changes made by this person (exact name, ignoring the case of A-Z).</summary>
    [QueryParam] public string? Actor { get; init; }
    /// <summary>Only changes on or after this date: yyyy-MM-dd, compared with the UTC date of the change.</summary>
    [QueryParam] public string? From { get; init; }
    /// <summary>Only changes on or before this date: yyyy-MM-dd, inclusive.</summary>
    [QueryParam] public string? To { get; init; }
    /// <summary>Only this kind of change: create, update or delete.</summary>
    [OpenApi.OneOf(typeof(AuditData), nameof(AuditData.Changes))]
    [QueryParam] public string? Change { get; init; }
    /// <summary>Which page of entries, from 1.</summary>
    [QueryParam] public int Page { get; init; } = 1;
    /// <summary>Entries per page, 1 to 200.</summary>
    [QueryParam] public int PageSize { get; init; } = 50;
}

public sealed class AuditQueryRules : AbstractValidator<AuditQuery>
{
    public AuditQueryRules()
    {
        RuleFor(r => r.Actor).MaximumLength(200);
        RuleFor(r => r.Change).Must(c => string.IsNullOrEmpty(c) || AuditData.Changes.Contains(c))
            .WithMessage("Change must be create, update or delete.");
        RuleFor(r => r.From).Must(d => string.IsNullOrEmpty(d) || AuditData.TryParseDate(d, out _))
            .WithMessage("Enter the 'from' date as yyyy-MM-dd, for example 2026-11-01.");
        RuleFor(r => r.To).Must(d => string.IsNullOrEmpty(d) || AuditData.TryParseDate(d, out _))
            .WithMessage("Enter the 'to' date as yyyy-MM-dd, for example 2026-11-30.");
        RuleFor(r => r.To)
            .Must((r, to) => !AuditData.TryParseDate(r.From, out var from) || !AuditData.TryParseDate(to, out var until) || until >= from)
            .WithMessage("The 'to' date must be on or after the 'from' date.");
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).WithMessage("Page must be 1 or more.");
        RuleFor(r => r.PageSize).InclusiveBetween(1, AuditData.MaxPageSize).WithMessage($"Page size must be between 1 and {AuditData.MaxPageSize}.");
    }
}

/// <summary>One entry of the append-only audit log: who changed what, when, and the values before and after.</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    /// <summary>When the change was saved, UTC, ISO 8601.</summary>
    public string OccurredAt { get; init; } = "";
    /// <summary>Who made the change, as the tracker knew them at the time.</summary>
    public string Actor { get; init; } = "";
    /// <summary>One of <see cref="AuditData.EntityTypes"/>: plan, priority, recommendation, action, measure, review, score, ...</summary>
    [OpenApi.OneOf(typeof(AuditData), nameof(AuditData.EntityTypes))]
    public string EntityType { get; init; } = "";
    public long EntityId { get; init; }
    /// <summary>The plan the item belonged to; null for people, rating scales and accounts, which belong to no plan.</summary>
    public long? PlanId { get; init; }
    /// <summary>create, update or delete.</summary>
    [OpenApi.OneOf(typeof(AuditData), nameof(AuditData.Changes))]
    public string Change { get; init; } = "";
    /// <summary>The item as it was before the change, as the API returned it then; null for a create.</summary>
    public JsonElement? Before { get; init; }
    /// <summary>The item as it was after the change; null for a delete.</summary>
    public JsonElement? After { get; init; }
}

/// <summary>One page of an audit trail, newest first, with the number of entries on every page together.</summary>
public sealed record AuditPage
{
    public IReadOnlyList<AuditEntry> Items { get; init; } = [];
    public int Page { get; init; }
    public int PageSize { get; init; }
    public long Total { get; init; }
}

public static class AuditData
{
    public const int MaxPageSize = 200;

    public static readonly string[] Changes = ["create", "update", "delete"];

    /// <summary>
    /// Every entity_type that AuditLog.RecordAsync is called with, as the log stores it
    /// (AuditTrailTests checks this list against the code that writes the log).
    /// </summary>
    public static readonly string[] EntityTypes =
        ["plan", "priority", "recommendation", "action", "measure", "review", "score", "update", "reportedAverage", "printedFigure", "person", "scale",
         "user", "token", "inspection", "inspectionRecommendation", "import", "email", "mailSettings", "mailPreferences", "calendarFeed",
         "indicator", "indicatorYear", "indicatorComparator", "indicatorValue"];

    /// <summary>"plan, priority, ... or token", for error messages.</summary>
    public static readonly string EntityTypeList = string.Join(", ", EntityTypes[..^1]) + " or " + EntityTypes[^1];

    /// <summary>
    /// The filters every trail takes; a NULL parameter means "no filter". occurred_at is always
    /// "yyyy-MM-ddTHH:mm:ss.fffZ", so its first ten characters are the UTC date and compare as text.
    /// </summary>
    public const string FiltersSql = """
          AND (@actor IS NULL OR lower(actor) = lower(@actor))
          AND (@change IS NULL OR change = @change)
          AND (@fromDate IS NULL OR substr(occurred_at, 1, 10) >= @fromDate)
          AND (@toDate IS NULL OR substr(occurred_at, 1, 10) <= @toDate)
        """;

    /// <summary>
    /// Dates only as yyyy-MM-dd, as everywhere in the API: "01/02/2026" means February to a council officer and
    /// January to the invariant culture, so it is refused rather than guessed.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public const string SelectSql = """
        SELECT id          AS Id,
               occurred_at AS OccurredAt,
               actor       AS Actor,
               entity_type AS EntityType,
               entity_id   AS EntityId,
               plan_id     AS PlanId,
               change      AS Change,
               before_json AS BeforeJson,
               after_json  AS AfterJson
        FROM audit_log
        """;

    /// <summary>Newest first; the id orders entries saved in the same millisecond (one change can write several).</summary>
    public const string NewestFirstPageSql = "ORDER BY occurred_at DESC, id DESC LIMIT @pageSize OFFSET @offset";

    /// <summary>The filter and paging parameters, named as <see cref="FiltersSql"/> and <see cref="NewestFirstPageSql"/> use them.</summary>
    public static DynamicParameters Parameters(AuditQuery query, object scope)
    {
        var parameters = new DynamicParameters(scope);
        parameters.AddDynamicParams(new
        {
            actor = string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim(),
            change = string.IsNullOrEmpty(query.Change) ? null : query.Change,
            fromDate = string.IsNullOrEmpty(query.From) ? null : query.From,
            toDate = string.IsNullOrEmpty(query.To) ? null : query.To,
            pageSize = query.PageSize,
            offset = (long)(query.Page - 1) * query.PageSize,
        });
        return parameters;
    }

    /// <summary>
    /// Runs a trail's SQL (a COUNT, then one page of <see cref="SelectSql"/>) in one round trip, inside the caller's read
    /// transaction so the total and the page agree while others are saving changes.
    /// </summary>
    public static async Task<AuditPage> ReadPageAsync(IDbConnection connection, IDbTransaction transaction, string pageSql,
        AuditQuery query, object scope)
    {
        using var results = await connection.QueryMultipleAsync(pageSql, Parameters(query, scope), transaction);
        var total = await results.ReadSingleAsync<long>();
        var rows = await results.ReadAsync<Row>();
        return new AuditPage
        {
            Items = rows.Select(r => r.ToEntry()).ToList(),
            Page = query.Page,
            PageSize = query.PageSize,
            Total = total,
        };
    }

    private sealed record Row(long Id, string OccurredAt, string Actor, string EntityType, long EntityId, long? PlanId,
        string Change, string? BeforeJson, string? AfterJson)
    {
        public AuditEntry ToEntry() => new()
        {
            Id = Id, OccurredAt = OccurredAt, Actor = Actor, EntityType = EntityType, EntityId = EntityId, PlanId = PlanId,
            Change = Change, Before = Parse(BeforeJson), After = Parse(AfterJson),
        };

        private static JsonElement? Parse(string? json)
        {
            if (json is null) return null;
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
    }
}
