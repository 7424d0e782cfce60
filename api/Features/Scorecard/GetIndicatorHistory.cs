using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>One value as it stood before or after a change.</summary>
public sealed record IndicatorHistoryValue
{
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string State { get; init; } = "";
    public double? Value { get; init; }
    public string? Note { get; init; }
    /// <summary>"87.5%", or the state in words ("Being collated").</summary>
    public string Display { get; init; } = "";
}

/// <summary>One detail of an indicator, a year or a comparator that a change touched, in words.</summary>
public sealed record IndicatorHistoryDetail
{
    /// <summary>"Target", "Owners", "Tolerance".</summary>
    public string What { get; init; } = "";
    /// <summary>As it was ("none" when empty).</summary>
    public string Before { get; init; } = "";
    public string After { get; init; } = "";
}

/// <summary>One change to the indicator, one of its years or comparators, or one of its values: who, when, what, old → new.</summary>
public sealed record IndicatorHistoryEntry
{
    /// <summary>The audit log entry's id.</summary>
    public long Id { get; init; }
    public string OccurredAt { get; init; } = "";
    public string Actor { get; init; } = "";
    /// <summary>create, update or delete.</summary>
    [OpenApi.OneOf(typeof(GetIndicatorHistory), nameof(GetIndicatorHistory.Changes))]
    public string Change { get; init; } = "";
    /// <summary>What changed: a value, the indicator itself (its definition, owners, links), a year (baseline, target, tolerance) or a comparator.</summary>
    [OpenApi.OneOf(typeof(GetIndicatorHistory), nameof(GetIndicatorHistory.Subjects))]
    public string Subject { get; init; } = "";
    /// <summary>A value's period, YYYY-MM; null for the other subjects.</summary>
    public string? Period { get; init; }
    public string? PeriodLabel { get; init; }
    /// <summary>A year's or comparator's council year (its first calendar year); null for the other subjects.</summary>
    public int? Year { get; init; }
    /// <summary>"2025/26".</summary>
    public string? YearLabel { get; init; }
    /// <summary>For a comparator: statistical-neighbours, england or region.</summary>
    public string? ComparatorKind { get; init; }
    /// <summary>A value as it stood before (null for a new one or another subject).</summary>
    public IndicatorHistoryValue? Before { get; init; }
    public IndicatorHistoryValue? After { get; init; }
    /// <summary>For the indicator, a year or a comparator: each detail that changed, old and new (on a create or delete, every detail given).</summary>
    public IReadOnlyList<IndicatorHistoryDetail> Details { get; init; } = [];
    /// <summary>"Jo Bloggs changed May 2025 from 87.5% to 88.0%.", "Jo Bloggs changed 2025/26: target from 90.0% to 95.0%."</summary>
    public string Sentence { get; init; } = "";
}

public sealed record IndicatorHistoryResponse
{
    public long IndicatorId { get; init; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<IndicatorHistoryEntry> Entries { get; init; } = [];
}

/// <summary>
/// An indicator's history for its page, from the audit log (as the item trail reads a score's history): the indicator's
/// own changes (entity_type "indicator", its id), and its years, comparators and values, each their own entity there
/// ("indicatorYear", "indicatorComparator", "indicatorValue") found by the indicatorId their JSON keeps, so the entries
/// of a value, year or comparator since removed still appear.
/// </summary>
public sealed class GetIndicatorHistory(Database database, TrackerSettings settings) : Endpoint<IndicatorIdRequest, IndicatorHistoryResponse>
{
    public static readonly string[] Changes = ["create", "update", "delete"];
    public static readonly string[] Subjects = ["value", "indicator", "year", "comparator"];

    // plan_id narrows the search to the plan's entries through ix_audit_log_plan before any JSON is read.
    private static string EntriesSql(SqlDialect sql) => $"""
        SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, entity_type AS EntityType, change AS Change,
               before_json AS BeforeJson, after_json AS AfterJson
        FROM audit_log
        WHERE plan_id = @planId
          AND ((entity_type = 'indicator' AND entity_id = @indicatorId)
            OR (entity_type IN ('indicatorValue', 'indicatorYear', 'indicatorComparator')
                AND {sql.JsonInteger("coalesce(after_json, before_json)", "indicatorId")} = @indicatorId))
        ORDER BY occurred_at DESC, id DESC
        LIMIT 5000
        """;

    private const string KnownSql = """
        SELECT EXISTS (SELECT 1 FROM indicators WHERE id = @indicatorId AND plan_id = @planId)
            OR EXISTS (SELECT 1 FROM audit_log WHERE plan_id = @planId AND entity_type = 'indicator' AND entity_id = @indicatorId)
        """;

    private sealed record Row
    {
        public long Id { get; init; }
        public string OccurredAt { get; init; } = "";
        public string Actor { get; init; } = "";
        public string EntityType { get; init; } = "";
        public string Change { get; init; } = "";
        public string? BeforeJson { get; init; }
        public string? AfterJson { get; init; }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Configure()
    {
        Get("/plans/{planId}/indicators/{indicatorId}/history");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IndicatorHistoryResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Who changed an indicator, its targets, comparators and values when, old → new in words, newest first, from the audit log";
            s.Description = "Each entry names its subject: value (a period's value, before and after), indicator (its definition, unit, owners, links), "
                + "year (baseline, target, tolerance, interim targets) or comparator; details list what changed. "
                + "Works for a deleted indicator whose log remains; 404 only when the indicator is neither in the plan nor in its log.";
        });
    }

    public override async Task HandleAsync(IndicatorIdRequest request, CancellationToken ct)
    {
        var scope = new { planId = request.PlanId, indicatorId = request.IndicatorId };
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        if (!await connection.ExecuteScalarAsync<bool>(KnownSql, scope, transaction))
            this.NotFound("indicatorId", IndicatorData.NoSuchIndicator(request.PlanId, request.IndicatorId));
        var indicator = await IndicatorData.FindAsync(connection, request.PlanId, request.IndicatorId, transaction);
        var rows = (await connection.QueryAsync<Row>(EntriesSql(database.Dialect), scope, transaction)).ToList();

        // A deleted indicator is worded with the unit and places its last log entry had.
        var startMonth = settings.Scorecard.YearStartMonth;
        var known = indicator ?? rows.Where(r => r.EntityType == "indicator").Select(r => Read<IndicatorResponse>(r.BeforeJson ?? r.AfterJson)).FirstOrDefault();
        IndicatorSettings? shown = known is null ? null : ScorecardBuilder.Settings(known, startMonth);
        var years = new PeriodCalendar(Frequency.Monthly, startMonth);
        var entries = rows.Select(row => row.EntityType switch
        {
            "indicator" => IndicatorEntry(row),
            "indicatorYear" => YearEntry(row, shown, years),
            "indicatorComparator" => ComparatorEntry(row, shown, years),
            _ => ValueEntry(row, shown),
        }).ToList();
        await Send.OkAsync(new IndicatorHistoryResponse { IndicatorId = request.IndicatorId, Entries = entries }, ct);
    }

    private static IndicatorHistoryEntry Entry(Row row, string subject) => new()
    {
        Id = row.Id, OccurredAt = row.OccurredAt, Actor = row.Actor, Change = row.Change, Subject = subject,
    };

    private static IndicatorHistoryEntry ValueEntry(Row row, IndicatorSettings? shown)
    {
        var before = Read<IndicatorValueResponse>(row.BeforeJson);
        var after = Read<IndicatorValueResponse>(row.AfterJson);
        var period = (after ?? before)?.Period ?? "";
        var label = shown is not null && new PeriodCalendar(Frequency.Monthly).Parse(period).Period is { } p ? shown.Calendar.Label(p) : period;
        var was = Shown(shown, before);
        var now = Shown(shown, after);
        return Entry(row, "value") with
        {
            Period = period, PeriodLabel = label, Before = was, After = now,
            Sentence = row.Change switch
            {
                "create" => $"{row.Actor} entered {label}: {now?.Display}.",
                "delete" => $"{row.Actor} removed {label} (it was {was?.Display}).",
                _ when was?.Display == now?.Display => $"{row.Actor} changed {label}'s note or printed figures; the value stayed {now?.Display}.",
                _ => $"{row.Actor} changed {label} from {was?.Display} to {now?.Display}.",
            },
        };
    }

    private static IndicatorHistoryEntry IndicatorEntry(Row row)
    {
        var before = Read<IndicatorResponse>(row.BeforeJson);
        var after = Read<IndicatorResponse>(row.AfterJson);
        var details = IndicatorHistoryWords.IndicatorDetails(before, after);
        var named = after ?? before;
        return Entry(row, "indicator") with
        {
            Details = details,
            Sentence = row.Change switch
            {
                "create" => $"{row.Actor} added the indicator {named?.Reference} {named?.Name}.",
                "delete" => $"{row.Actor} deleted the indicator {named?.Reference} {named?.Name}.",
                _ when details.Count == 0 => $"{row.Actor} saved the indicator without changing its details.",
                _ => $"{row.Actor} changed the indicator's {IndicatorHistoryWords.Listed(details)}.",
            },
        };
    }

    private static IndicatorHistoryEntry YearEntry(Row row, IndicatorSettings? shown, PeriodCalendar years)
    {
        var before = Read<IndicatorYearResponse>(row.BeforeJson);
        var after = Read<IndicatorYearResponse>(row.AfterJson);
        var year = (after ?? before)?.Year ?? 0;
        var label = years.YearLabel(year);
        var details = IndicatorHistoryWords.YearDetails(before, after, shown);
        return Entry(row, "year") with
        {
            Year = year, YearLabel = label, Details = details,
            Sentence = row.Change switch
            {
                "create" => details.Count == 0 ? $"{row.Actor} added the year {label} with no figures."
                    : $"{row.Actor} set {label}'s {IndicatorHistoryWords.Given(details, after: true)}.",
                "delete" => $"{row.Actor} removed the year {label}.",
                _ when details.Count == 0 => $"{row.Actor} saved {label}'s targets without changing them.",
                _ => $"{row.Actor} changed {label}'s {IndicatorHistoryWords.Listed(details)}.",
            },
        };
    }

    private static IndicatorHistoryEntry ComparatorEntry(Row row, IndicatorSettings? shown, PeriodCalendar years)
    {
        var before = Read<ComparatorResponse>(row.BeforeJson);
        var after = Read<ComparatorResponse>(row.AfterJson);
        var either = (after ?? before)!;
        var label = years.YearLabel(either.Year);
        var what = $"{IndicatorHistoryWords.ComparatorWords(either.Kind)} for {label}";
        var details = IndicatorHistoryWords.ComparatorDetails(before, after, shown);
        return Entry(row, "comparator") with
        {
            Year = either.Year, YearLabel = label, ComparatorKind = either.Kind, Details = details,
            Sentence = row.Change switch
            {
                "create" => $"{row.Actor} added {what}: {IndicatorHistoryWords.Given(details, after: true)}.",
                "delete" => $"{row.Actor} removed {what} (it was {IndicatorHistoryWords.Given(IndicatorHistoryWords.ComparatorDetails(null, before, shown), after: true)}).",
                _ when details.Count == 0 => $"{row.Actor} saved {what} without changing it.",
                _ => $"{row.Actor} changed {what}: {IndicatorHistoryWords.Listed(details)}.",
            },
        };
    }

    private static T? Read<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, Json);

    private static IndicatorHistoryValue? Shown(IndicatorSettings? settings, IndicatorValueResponse? value)
    {
        if (value is null) return null;
        var state = ScorecardTerms.ValueStateFrom(value.State) ?? ValueState.Value;
        var display = settings is not null ? ScorecardBuilder.Display(settings, state, value.Value)
            : value.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ScorecardTerms.Describe(state);
        return new IndicatorHistoryValue { State = value.State, Value = value.Value, Note = value.Note, Display = display };
    }
}
