using System.Data;
using ActionPlanTracker.Data;
using Dapper;

namespace ActionPlanTracker.Features.Demo;

/// <summary>
/// A small scorecard for the inspection plan (issue 15), in the shapes real indicator tables have: a percentage whose
/// target is written in words, a count where lower is better, a rate per 10,000 with statistical neighbours, a contextual
/// indicator with no target, a percentage entered as its two counts (plans reviewed in time of those due), recent
/// months "being collated", and a 0 that a sheet typed as a placeholder held as the
/// state it meant. Values run from the start of the council's year (April) to last month, relative to today.
/// </summary>
public static class DemoIndicators
{
    private sealed record Demo(string Reference, string Name, string Unit, int Places, string Polarity, string Frequency, string YtdRule,
        string Source, double? Baseline, string? BaselineText, double? Target, string? TargetText, double? Tolerance,
        double? Neighbours, double[] Monthly, (string Numerator, string Denominator, int[] Due)? Counts = null);

    private static readonly Demo[] All =
    [
        new("CP1", "Child protection plans reviewed within timescales", "percentage", 1, "higher-is-better", "monthly", "ratio",
            "Liquidlogic", 80, "80%", 100, "Increase from 80% to 100%", 5, 91.2, [82.4, 85.0, 88.9, 90.5, 93.1, 92.0, 95.6, 94.3, 96.0, 97.2, 97.8],
            ("plans reviewed within timescales", "plans due for review", [34, 40, 36, 42, 29, 50, 45, 35, 50, 36, 45])),
        new("LAC3", "Children looked after with three or more placement moves in the year", "number", 0, "lower-is-better", "monthly", "latest",
            "Liquidlogic", 31, "31", 24, "Reduce to fewer than 25", 2, null, [30, 29, 29, 27, 26, 26, 25, 24, 24, 23, 22]),
        new("CIN1", "Children in need per 10,000 children", "rate-per-10000", 1, "lower-is-better", "quarterly", "latest",
            "DfE CIN census", 352.7, "352.7", 330, "Exceed the aspirational target of 330", 10, 334.1, [348.2, 341.0, 336.5, 331.9]),
        new("CON1", "Contacts received by the front door", "number", 0, "neither", "monthly", "sum",
            "MASH contacts log", 9120, "9,120 last year", null, null, null, null, [780, 812, 745, 690, 801, 655, 760, 830, 794, 810, 770]),
    ];

    public static async Task AddAsync(IDbConnection connection, IDbTransaction transaction, WriteContext write, long planId, long? ownerId, DateOnly today)
    {
        var yearStart = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        foreach (var (demo, position) in All.Select((d, i) => (d, i)))
        {
            var id = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO indicators (plan_id, reference, name, unit, decimal_places, polarity, frequency, ytd_rule, data_source,
                                        numerator_label, denominator_label, position, created_at, updated_at)
                VALUES (@planId, @Reference, @Name, @Unit, @Places, @Polarity, @Frequency, @YtdRule, @Source,
                        @numeratorLabel, @denominatorLabel, @position, @Now, @Now) RETURNING id
                """, new
            {
                planId, demo.Reference, demo.Name, demo.Unit, demo.Places, demo.Polarity, demo.Frequency, demo.YtdRule, demo.Source,
                numeratorLabel = demo.Counts?.Numerator, denominatorLabel = demo.Counts?.Denominator, position = position + 1, write.Now,
            }, transaction);
            if (ownerId is not null)
                await connection.ExecuteAsync("INSERT INTO indicator_owners (indicator_id, person_id, position) VALUES (@id, @ownerId, 1)", new { id, ownerId }, transaction);
            await connection.ExecuteAsync("""
                INSERT INTO indicator_years (indicator_id, year, baseline, baseline_text, target, target_text, tolerance, updated_by, updated_at)
                VALUES (@id, @year, @Baseline, @BaselineText, @Target, @TargetText, @Tolerance, @Actor, @Now)
                """, new { id, year = yearStart.Year, demo.Baseline, demo.BaselineText, demo.Target, demo.TargetText, demo.Tolerance, write.Actor, write.Now }, transaction);
            if (demo.Neighbours is { } neighbours)
                await connection.ExecuteAsync("""
                    INSERT INTO indicator_comparators (indicator_id, year, kind, value, figure_year, source, updated_by, updated_at)
                    VALUES (@id, @year, 'statistical-neighbours', @neighbours, @figureYear, 'LAIT', @Actor, @Now)
                    """, new { id, year = yearStart.Year, neighbours, figureYear = $"{yearStart.Year - 2}/{(yearStart.Year - 1) % 100:00}", write.Actor, write.Now }, transaction);

            var step = demo.Frequency == "quarterly" ? 3 : 1;
            var periods = new List<DateOnly>();
            for (var p = yearStart; p <= lastMonth && periods.Count < demo.Monthly.Length; p = p.AddMonths(step)) periods.Add(p);
            foreach (var (period, index) in periods.Select((p, i) => (p, i)))
            {
                // The latest month is still being collated; CP1's a month before was typed as 0 in the sheet, held as the state it meant.
                var latest = index == periods.Count - 1 && step == 1;
                var placeholderZero = demo.Reference == "CP1" && index == periods.Count - 2;
                var state = latest || placeholderZero ? "being-collated" : "value";
                double? value = state == "value" ? demo.Monthly[index] : null;
                // A ratio indicator's month is its two counts; the percentage is worked out from them, as the values form does.
                double? denominator = state == "value" && demo.Counts is { } counts ? counts.Due[index] : null;
                double? numerator = denominator is { } due ? Math.Round(demo.Monthly[index] * due / 100) : null;
                if (numerator is { } met && denominator is { } all) value = Math.Round(met / all * 100, demo.Places, MidpointRounding.AwayFromZero);
                await connection.ExecuteAsync("""
                    INSERT INTO indicator_values (indicator_id, period, state, value, numerator, denominator, note, updated_by, updated_at)
                    VALUES (@id, @period, @state, @value, @numerator, @denominator, @note, @Actor, @Now)
                    """, new
                {
                    id, period = period.ToString("yyyy-MM"), state, value, numerator, denominator, write.Actor, write.Now,
                    note = placeholderZero ? "The sheet showed 0 here: the figure was still being collated." : latest ? "Information being collated." : null,
                }, transaction);
            }
        }
    }
}
