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

/// <summary>One change to one of the indicator's values: who, when, which period, old → new.</summary>
public sealed record IndicatorHistoryEntry
{
    /// <summary>The audit log entry's id.</summary>
    public long Id { get; init; }
    public string OccurredAt { get; init; } = "";
    public string Actor { get; init; } = "";
    /// <summary>create, update or delete.</summary>
    [OpenApi.OneOf(typeof(GetIndicatorHistory), nameof(GetIndicatorHistory.Changes))]
    public string Change { get; init; } = "";
    /// <summary>YYYY-MM.</summary>
    public string Period { get; init; } = "";
    public string PeriodLabel { get; init; } = "";
    public IndicatorHistoryValue? Before { get; init; }
    public IndicatorHistoryValue? After { get; init; }
    /// <summary>"Jo Bloggs changed May 2025 from 87.5% to 88.0%."</summary>
    public string Sentence { get; init; } = "";
}

public sealed record IndicatorHistoryResponse
{
    public long IndicatorId { get; init; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<IndicatorHistoryEntry> Entries { get; init; } = [];
}

/// <summary>
/// An indicator's value history for its page, from the audit log (as the item trail reads a score's history): each value
/// is its own entity there (entity_type "indicatorValue"), found by the indicatorId its JSON keeps, so the entries of a
/// value since removed still appear.
/// </summary>
public sealed class GetIndicatorHistory(Database database, TrackerSettings settings) : Endpoint<IndicatorIdRequest, IndicatorHistoryResponse>
{
    public static readonly string[] Changes = ["create", "update", "delete"];

    // plan_id narrows the search to the plan's entries through ix_audit_log_plan before any JSON is read.
    private const string EntriesSql = """
        SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, change AS Change, before_json AS BeforeJson, after_json AS AfterJson
        FROM audit_log
        WHERE plan_id = @planId AND entity_type = 'indicatorValue'
          AND json_extract(coalesce(after_json, before_json), '$.indicatorId') = @indicatorId
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
            s.Summary = "Who changed which of an indicator's values when, old → new, newest first, from the audit log";
            s.Description = "Works for a deleted indicator whose log remains; 404 only when the indicator is neither in the plan nor in its log.";
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
        var rows = await connection.QueryAsync<Row>(EntriesSql, scope, transaction);

        IndicatorSettings? shown = indicator is null ? null : ScorecardBuilder.Settings(indicator, settings.Scorecard.YearStartMonth);
        var entries = rows.Select(row =>
        {
            var before = Read(row.BeforeJson);
            var after = Read(row.AfterJson);
            var period = (after ?? before)?.Period ?? "";
            var label = shown is not null && new PeriodCalendar(Frequency.Monthly).Parse(period).Period is { } p ? shown.Calendar.Label(p) : period;
            var was = Shown(shown, before);
            var now = Shown(shown, after);
            return new IndicatorHistoryEntry
            {
                Id = row.Id, OccurredAt = row.OccurredAt, Actor = row.Actor, Change = row.Change, Period = period, PeriodLabel = label,
                Before = was, After = now,
                Sentence = row.Change switch
                {
                    "create" => $"{row.Actor} entered {label}: {now?.Display}.",
                    "delete" => $"{row.Actor} removed {label} (it was {was?.Display}).",
                    _ when was?.Display == now?.Display => $"{row.Actor} changed {label}'s note or printed figures; the value stayed {now?.Display}.",
                    _ => $"{row.Actor} changed {label} from {was?.Display} to {now?.Display}.",
                },
            };
        }).ToList();
        await Send.OkAsync(new IndicatorHistoryResponse { IndicatorId = request.IndicatorId, Entries = entries }, ct);
    }

    private static IndicatorValueResponse? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<IndicatorValueResponse>(json, Json);

    private static IndicatorHistoryValue? Shown(IndicatorSettings? settings, IndicatorValueResponse? value)
    {
        if (value is null) return null;
        var state = ScorecardTerms.ValueStateFrom(value.State) ?? ValueState.Value;
        var display = settings is not null ? ScorecardBuilder.Display(settings, state, value.Value)
            : value.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ScorecardTerms.Describe(state);
        return new IndicatorHistoryValue { State = value.State, Value = value.Value, Note = value.Note, Display = display };
    }
}
