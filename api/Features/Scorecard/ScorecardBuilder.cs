using System.Globalization;
using D = ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// Turns a <see cref="ScorecardSnapshot"/> into the scorecard as at a month (<see cref="ScorecardResponse"/>), through
/// <see cref="ScorecardCalculator"/>: nothing here judges a figure itself. The dashboard and the reports call
/// <see cref="Build"/> too, so every view of the scorecard says the same.
/// </summary>
public static class ScorecardBuilder
{
    public static readonly string[] Judgements = ["better", "worse", "level"];
    public static readonly string[] PrintedFields = ["printedYtd", "printedDirection"];
    public static readonly string[] Verdicts = ["agrees", "disagrees", "cannot-compare", "probable-placeholder"];

    /// <summary>
    /// The month a scorecard is read at when none is asked for: the latest period (its first month) with a value or a
    /// state other than "not yet due" in the plan; else the latest with any row; else the last month that has ended
    /// before <paramref name="today"/>.
    /// </summary>
    public static ReportingPeriod DefaultAsOf(ScorecardSnapshot snapshot, DateOnly today)
    {
        var all = snapshot.Values.SelectMany(g => g).ToList();
        var latest = all.Where(v => v.State != "not-yet-due").Select(v => v.Period).DefaultIfEmpty().Max()
                     ?? all.Select(v => v.Period).DefaultIfEmpty().Max();
        if (latest is not null && new PeriodCalendar(D.Frequency.Monthly).Parse(latest).Period is { } period) return period;
        return new ReportingPeriod(today.Year, today.Month).AddMonths(-1);
    }

    /// <param name="asOf">Null: <see cref="DefaultAsOf"/>.</param>
    public static ScorecardResponse Build(ScorecardSnapshot snapshot, ReportingPeriod? asOf, DateOnly today, int yearStartMonth)
    {
        var at = asOf ?? DefaultAsOf(snapshot, today);
        var months = new PeriodCalendar(D.Frequency.Monthly, yearStartMonth);
        var rows = snapshot.Indicators.Select(i => Row(snapshot, i, at, yearStartMonth)).ToList();
        return new ScorecardResponse
        {
            PlanId = snapshot.PlanId,
            PlanVersion = snapshot.PlanVersion,
            YearStartMonth = yearStartMonth,
            AsOf = at.ToString(),
            AsOfLabel = at.MonthLabel,
            Year = months.YearOf(at),
            YearLabel = months.YearLabel(months.YearOf(at)),
            Counts = new ScorecardCounts
            {
                Green = rows.Count(r => r.Rag == "green"),
                Amber = rows.Count(r => r.Rag == "amber"),
                Red = rows.Count(r => r.Rag == "red"),
                NoTarget = rows.Count(r => r.Rag == "no-target"),
                NoValue = rows.Count(r => r.Rag == "no-value"),
                Declining = rows.Count(r => r.FromPrevious.Direction == "declining"),
            },
            Indicators = rows,
        };
    }

    /// <summary>The calculator's inputs for one indicator, from what was entered (also used by the import's checks).</summary>
    public static D.IndicatorData Inputs(IndicatorResponse indicator, IEnumerable<IndicatorValueResponse> values, int yearStartMonth)
    {
        var settings = Settings(indicator, yearStartMonth);
        var months = new PeriodCalendar(D.Frequency.Monthly, yearStartMonth);
        var entries = new List<PeriodEntry>();
        foreach (var v in values)
            if (months.Parse(v.Period).Period is { } period && ScorecardTerms.ValueStateFrom(v.State) is { } state)
                entries.Add(new PeriodEntry(period, state, v.Value, v.Numerator, v.Denominator));
        var years = indicator.Years.Select(y => new D.IndicatorYear(y.Year, y.Baseline, y.Target, y.Tolerance)).ToList();
        var interims = indicator.Years.SelectMany(y => y.InterimTargets)
            .Select(t => (Period: months.Parse(t.Period).Period, t.Target))
            .Where(t => t.Period is not null).Select(t => new D.InterimTarget(t.Period!.Value, t.Target)).ToList();
        var comparators = indicator.Comparators
            .Select(c => (Kind: ScorecardTerms.ComparatorKindFrom(c.Kind), c))
            .Where(c => c.Kind is not null).Select(c => new D.Comparator(c.Kind!.Value, c.c.Year, c.c.Value, c.c.Source)).ToList();
        return new D.IndicatorData(settings, entries, years, interims, comparators);
    }

    public static IndicatorSettings Settings(IndicatorResponse indicator, int yearStartMonth) => new(
        ScorecardTerms.UnitFrom(indicator.Unit) ?? IndicatorUnit.Number, indicator.DecimalPlaces,
        ScorecardTerms.PolarityFrom(indicator.Polarity) ?? D.Polarity.Neither,
        ScorecardTerms.FrequencyFrom(indicator.Frequency) ?? D.Frequency.Monthly,
        ScorecardTerms.YtdRuleFrom(indicator.YtdRule) ?? D.YtdRule.Latest, yearStartMonth);

    /// <summary>"87.5%", or the state in words with a capital ("Being collated").</summary>
    public static string Display(IndicatorSettings settings, ValueState state, double? value) =>
        state == ValueState.Value && value is { } number
            ? ScorecardNumbers.Format(number, settings.Unit, settings.DecimalPlaces)
            : Capitalise(ScorecardTerms.Describe(state));

    private static ScorecardIndicator Row(ScorecardSnapshot snapshot, IndicatorResponse indicator, ReportingPeriod asOf, int yearStartMonth)
    {
        var values = snapshot.Values[indicator.Id].ToList();
        var data = Inputs(indicator, values, yearStartMonth);
        var settings = data.Settings;
        var calendar = settings.Calendar;
        var figures = ScorecardCalculator.Calculate(data, asOf);
        var notes = values.ToDictionary(v => v.Period, v => v);
        var format = (double v) => ScorecardNumbers.Format(v, settings.Unit, settings.DecimalPlaces);

        ScorecardLatest? Latest(PeriodFigures? p) => p is null ? null : new ScorecardLatest
        {
            Period = p.Period.ToString(), Label = p.Label, Value = p.Value, State = ScorecardTerms.Word(p.State),
            Note = notes.GetValueOrDefault(p.Period.ToString())?.Note, Display = Display(settings, p.State, p.Value),
        };

        var shown = figures.Latest ?? figures.LatestEntered ?? figures.Periods.LastOrDefault();
        // The year the row speaks of: its latest period's, or asOf's when nothing was entered.
        var rowYear = calendar.YearOf(shown?.Period ?? asOf);
        var yearRow = indicator.Years.FirstOrDefault(y => y.Year == rowYear);

        ScorecardTarget? target = null;
        if (shown?.Rag.Target is { } used)
        {
            var interimText = used.Interim ? yearRow?.InterimTargets.FirstOrDefault(t => t.Period == shown.Period.ToString())?.TargetText : null;
            target = new ScorecardTarget
            {
                Value = used.Value, Tolerance = used.Tolerance, Interim = used.Interim,
                PrintedText = used.Interim ? interimText : yearRow?.TargetText, Display = format(used.Value),
            };
        }
        else if (shown is null && yearRow?.Target is { } yearTarget)
            target = new ScorecardTarget
            {
                Value = yearTarget, Tolerance = Math.Abs(yearRow.Tolerance ?? 0), PrintedText = yearRow.TargetText, Display = format(yearTarget),
            };

        var rag = figures.Latest?.Rag ?? shown?.Rag;
        // The ratio rule's sums, given only when the year to date was worked from them (every counted period has both).
        var ratioYtd = settings.YtdRule == D.YtdRule.Ratio && figures.YearToDate is { Value: not null } counted
            && counted.Counted.All(p => notes.TryGetValue(p.ToString(), out var v) && v.Numerator is not null && v.Denominator is not null);
        var gaps = figures.Gaps.ToDictionary(g => g.Kind);
        var comparators = new List<ScorecardComparator>();
        foreach (var kind in Enum.GetValues<ComparatorKind>())
        {
            var word = ScorecardTerms.Word(kind);
            var comparator = indicator.Comparators.Where(c => c.Kind == word && c.Year <= rowYear).MaxBy(c => c.Year);
            if (comparator is null) continue;
            gaps.TryGetValue(kind, out var gap);
            comparators.Add(new ScorecardComparator
            {
                Kind = word, Year = comparator.Year, Value = comparator.Value, FigureYear = comparator.FigureYear, Source = comparator.Source,
                Gap = gap?.Gap, Display = format(comparator.Value), Sentence = gap?.Explanation,
                Judgement = gap?.Standing switch
                {
                    Standing.Better => "better", Standing.Worse => "worse", Standing.Level => "level", _ => null,
                },
            });
        }

        return new ScorecardIndicator
        {
            Id = indicator.Id,
            Reference = indicator.Reference,
            Name = indicator.Name,
            Definition = indicator.Definition,
            Unit = indicator.Unit,
            DecimalPlaces = indicator.DecimalPlaces,
            Polarity = indicator.Polarity,
            Frequency = indicator.Frequency,
            YtdRule = indicator.YtdRule,
            DataSource = indicator.DataSource,
            NumeratorLabel = indicator.NumeratorLabel,
            DenominatorLabel = indicator.DenominatorLabel,
            Version = indicator.Version,
            Owners = indicator.Owners.Select(o => new ScorecardOwner { PersonId = o.Id, Name = o.Name ?? o.JobTitle ?? "" }).ToList(),
            Links = indicator.Links.Select(l => new ScorecardLink
            {
                Kind = l.Kind, ItemId = l.Id,
                Reference = snapshot.Items.TryGetValue((l.Kind, l.Id), out var item) ? item.Reference : "",
                Title = snapshot.Items.TryGetValue((l.Kind, l.Id), out var it) ? it.Title : "",
            }).ToList(),
            Latest = Latest(shown),
            LatestEntered = Latest(figures.LatestEntered),
            Target = target,
            Rag = ScorecardTerms.Word(rag?.Rag ?? D.Rag.NoValue),
            RagSentence = rag?.Explanation ?? $"No value: nothing has been entered up to {asOf.MonthLabel}.",
            FromPrevious = Travel(figures.Latest?.SincePrevious ?? shown?.SincePrevious, "No earlier figure to compare with."),
            YearOnYear = Travel(figures.Latest?.YearOnYear ?? shown?.YearOnYear, "No figure a year before to compare with."),
            YearToDate = figures.YearToDate is { } ytd
                ? new ScorecardYearToDate
                {
                    Value = ytd.Value, Display = ytd.Value is { } y ? format(y) : null, Sentence = ytd.Explanation,
                    Numerator = ratioYtd ? ytd.Counted.Sum(p => notes[p.ToString()].Numerator) : null,
                    Denominator = ratioYtd ? ytd.Counted.Sum(p => notes[p.ToString()].Denominator) : null,
                }
                : null,
            Baseline = yearRow?.Baseline is { } baseline
                ? new ScorecardBaseline { Value = baseline, PrintedText = yearRow.BaselineText, Display = format(baseline) }
                : null,
            Comparators = comparators,
            PrintedChecks = PrintedChecks(settings, data, figures, values, asOf),
            Series = figures.Periods.Select(p => new ScorecardPeriod
            {
                Period = p.Period.ToString(), Label = p.Label, Value = p.Value,
                Numerator = notes.GetValueOrDefault(p.Period.ToString())?.Numerator, Denominator = notes.GetValueOrDefault(p.Period.ToString())?.Denominator,
                State = ScorecardTerms.Word(p.State), Target = p.Rag.Target?.Value, Rag = ScorecardTerms.Word(p.Rag.Rag), Note = notes.GetValueOrDefault(p.Period.ToString())?.Note,
            }).ToList(),
            Sentence = ScorecardSentences.Row(settings, figures),
        };
    }

    private static ScorecardTravel Travel(TravelResult? travel, string none) => travel is null
        ? new ScorecardTravel { Direction = "not-comparable", Sentence = "Not comparable: " + char.ToLowerInvariant(none[0]) + none[1..] }
        : new ScorecardTravel { Direction = ScorecardTerms.Word(travel.Direction), ComparedWith = travel.ComparedWith?.ToString(), Sentence = travel.Explanation };

    /// <summary>Every printed year to date and direction up to asOf, checked against what the tracker computes for that period.</summary>
    private static IReadOnlyList<ScorecardPrintedCheck> PrintedChecks(IndicatorSettings settings, D.IndicatorData data, ScorecardFigures figures,
        IReadOnlyList<IndicatorValueResponse> values, ReportingPeriod asOf)
    {
        var checks = new List<ScorecardPrintedCheck>();
        var byPeriod = figures.Periods.ToDictionary(p => p.Period.ToString());
        var entries = data.Values.Where(e => e.Period <= asOf).ToList();
        foreach (var v in values)
        {
            if (!byPeriod.TryGetValue(v.Period, out var period)) continue;
            if (!string.IsNullOrWhiteSpace(v.PrintedYtd))
            {
                var ytd = ScorecardCalculator.YearToDateOf(settings, entries.Where(e => e.Period <= period.Period).ToList(), period.Period);
                var check = PrintedScorecardFigures.CheckNumber(v.PrintedYtd, ytd.Value, settings, $"year to date for {period.Label}",
                    nothingToCount: ytd.Counted.Count == 0);
                checks.Add(Check(v.Period, "printedYtd", v.PrintedYtd, ytd.Value is { } y ? ScorecardNumbers.Format(y, settings.Unit, settings.DecimalPlaces) : null, check));
            }
            if (!string.IsNullOrWhiteSpace(v.PrintedDirection))
            {
                var direction = period.SincePrevious.Direction;
                var check = PrintedScorecardFigures.CheckDirection(v.PrintedDirection, direction, settings.Polarity);
                checks.Add(Check(v.Period, "printedDirection", v.PrintedDirection,
                    direction == KpiDirection.NotComparable ? null : ScorecardSentences.DirectionWord(direction).ToLowerInvariant(), check));
            }
        }
        return checks;
    }

    private static ScorecardPrintedCheck Check(string period, string field, string printed, string? computed, PrintedCheck check) => new()
    {
        Period = period, Field = field, Printed = printed.Trim(), Computed = computed, Agrees = check.Verdict == PrintedVerdict.Agrees,
        Verdict = check.Verdict switch
        {
            PrintedVerdict.Agrees => "agrees", PrintedVerdict.Disagrees => "disagrees",
            PrintedVerdict.ProbablePlaceholder => "probable-placeholder", _ => "cannot-compare",
        },
        Sentence = check.Explanation,
    };

    private static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
}
