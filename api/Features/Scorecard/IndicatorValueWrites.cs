using System.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// How a value is checked, locked and written, shared by the bulk PUT of a period (<see cref="SaveIndicatorValues"/>)
/// and the CSV import (<see cref="ImportIndicatorValues"/>), so both follow one set of rules: the period and value
/// rules of api/Domain/Scorecard (<see cref="PeriodCalendar"/>, <see cref="IndicatorValueRules"/>), the lock of a
/// closed review, and one audit row per value written.
/// </summary>
public static class IndicatorValueWrites
{
    private const string LockDateSql = """
        SELECT MAX(review_date) FROM reviews WHERE plan_id = @planId AND status = 'closed' AND review_date IS NOT NULL
        """;

    private const string InsertSql = """
        INSERT INTO indicator_values (indicator_id, period, state, value, numerator, denominator, note, printed_ytd, printed_direction, updated_by, updated_at)
        VALUES (@IndicatorId, @Period, @State, @Value, @Numerator, @Denominator, @Note, @PrintedYtd, @PrintedDirection, @Actor, @Now)
        """;

    private const string UpdateSql = """
        UPDATE indicator_values
        SET state = @State, value = @Value, numerator = @Numerator, denominator = @Denominator, note = @Note, printed_ytd = @PrintedYtd,
            printed_direction = @PrintedDirection, updated_by = @Actor, updated_at = @Now, row_version = row_version + 1
        WHERE indicator_id = @IndicatorId AND period = @Period AND row_version = @Version
        """;

    public static PeriodCalendar Calendar(IndicatorResponse indicator, int yearStartMonth) =>
        new(ScorecardTerms.FrequencyFrom(indicator.Frequency) ?? Frequency.Monthly, yearStartMonth);

    /// <summary>Why the period is not one of the indicator's ("CP1 is quarterly: Quarterly periods start in …"), or null.</summary>
    public static string? PeriodProblem(IndicatorResponse indicator, string period, int yearStartMonth) =>
        Calendar(indicator, yearStartMonth).Parse(period).Error is { } error ? $"{indicator.Reference} is {indicator.Frequency}: {error}" : null;

    /// <summary>The problems of one entry by the indicator's unit and places: (value|numerator|denominator, message).</summary>
    public static IReadOnlyList<(string Field, string Message)> EntryProblems(IndicatorResponse indicator, IndicatorValueInput row) =>
        IndicatorValueRules.CheckEntry(ScorecardTerms.ValueStateFrom(row.State ?? "value") ?? ValueState.Value, row.Value, row.Numerator, row.Denominator,
            ScorecardTerms.UnitFrom(indicator.Unit) ?? IndicatorUnit.Number, indicator.DecimalPlaces);

    /// <summary>The date of the plan's latest closed review: periods that ended on or before it are locked.</summary>
    public static async Task<DateOnly?> LockDateAsync(IDbConnection connection, IDbTransaction transaction, long planId) =>
        await connection.ExecuteScalarAsync<string?>(LockDateSql, new { planId }, transaction) is { } closed && DateOnly.TryParse(closed, out var on)
            ? on : null;

    /// <summary>True when the period ended on or before the lock date (a closed review reported on it).</summary>
    public static bool IsLocked(IndicatorResponse indicator, string period, int yearStartMonth, DateOnly? lockDate)
    {
        var calendar = Calendar(indicator, yearStartMonth);
        return lockDate is { } on && calendar.Parse(period).Period is { } p && calendar.LastDay(p) <= on;
    }

    public static string LockMessage(string period, DateOnly lockDate) =>
        $"{period} ended on or before {lockDate:d MMMM yyyy}, the date of the plan's latest closed review, "
        + "so its values can no longer change. Ask the board to reopen that review.";

    /// <summary>Inserts (no <paramref name="before"/>) or updates the value at <paramref name="before"/>'s version, records it in the audit log, and returns it as saved.</summary>
    public static async Task<IndicatorValueResponse> WriteAsync(IDbConnection connection, IDbTransaction transaction, WriteContext write, long planId,
        string period, IndicatorValueInput row, IndicatorValueResponse? before)
    {
        var values = new
        {
            row.IndicatorId, Period = period, State = row.State ?? "value", row.Value, row.Numerator, row.Denominator,
            Note = Written.OrNull(row.Note), PrintedYtd = Written.OrNull(row.PrintedYtd), PrintedDirection = Written.OrNull(row.PrintedDirection),
            write.Actor, write.Now, before?.Version,
        };
        if (before is null) await connection.ExecuteAsync(InsertSql, values, transaction);
        else if (await connection.ExecuteAsync(UpdateSql, values, transaction) != 1)
            throw new InvalidOperationException($"The value of indicator {row.IndicatorId} for {period} changed during the write.");
        var after = (await IndicatorData.ValuesAsync(connection, [row.IndicatorId], period, transaction)).Single();
        await AuditLog.RecordAsync(connection, transaction, write, "indicatorValue", after.Id, planId, before, after);
        return after;
    }
}
