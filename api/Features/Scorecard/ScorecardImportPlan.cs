using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// What a scorecard CSV would do, line by line (<see cref="ImportIndicatorValues"/>): read each line's indicator, period,
/// value or state, check it by the shared rules (<see cref="IndicatorValueWrites"/>), compare it with the value entered,
/// and ask about a 0 that looks like a placeholder. <see cref="Writes"/> holds what a commit saves.
/// </summary>
public sealed class ScorecardImportPlan(ScorecardCsvTable table, IReadOnlyList<IndicatorResponse> indicators,
    IReadOnlyDictionary<(long IndicatorId, string Period), IndicatorValueResponse> existing, IReadOnlySet<long> allowed, int yearStartMonth,
    DateOnly today, DateOnly? lockDate, ImportIndicatorValuesRequest request)
{
    /// <summary>The new and changed values, in file order; filled by <see cref="Rows"/>.</summary>
    public List<(string Period, IndicatorValueInput Input)> Writes { get; } = [];

    private sealed class Refused(ScorecardColumn column, string message) : Exception(message)
    {
        public ScorecardColumn Column { get; } = column;
    }

    public IReadOnlyList<ImportRowOutcome> Rows()
    {
        var realZero = ImportIndicatorValues.Lines(request.RealZeroRows) ?? [];
        var noData = ImportIndicatorValues.Lines(request.NoDataRows) ?? [];
        var byReference = indicators.GroupBy(i => i.Reference.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byName = indicators.GroupBy(i => i.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        IndicatorResponse? Find(string text) =>
            byReference.GetValueOrDefault(text.Trim()) ?? byName.GetValueOrDefault(text.Trim());

        // An indicator "has other numbers" when a line of the file or a value entered gives it a number other than 0.
        var nonZero = new HashSet<long>();
        foreach (var (_, cells) in table.Rows)
            if (Find(table.Cell(cells, ScorecardColumn.Indicator)) is { } i && ScorecardCsv.ReadNumber(table.Cell(cells, ScorecardColumn.Value)) is { } n && n != 0)
                nonZero.Add(i.Id);
        foreach (var value in existing.Values)
            if (value.Value is { } n && n != 0) nonZero.Add(value.IndicatorId);

        var seen = new Dictionary<(long, string), int>();
        var outcomes = new List<ImportRowOutcome>();
        foreach (var (line, cells) in table.Rows)
        {
            var reference = table.Cell(cells, ScorecardColumn.Indicator);
            var outcome = new ImportRowOutcome { Row = line, Indicator = reference };
            try
            {
                outcomes.Add(Row(line, cells, outcome, Find(reference), seen, nonZero, realZero, noData));
            }
            catch (Refused refused)
            {
                outcomes.Add(outcome with
                {
                    Outcome = "refused", Value = null,
                    Reasons = [new ImportRowReason { Column = table.HeaderOf(refused.Column), Message = refused.Message }],
                });
            }
        }
        return outcomes;
    }

    private ImportRowOutcome Row(int line, IReadOnlyList<string> cells, ImportRowOutcome outcome, IndicatorResponse? indicator,
        Dictionary<(long, string), int> seen, HashSet<long> nonZero, HashSet<int> realZero, HashSet<int> noData)
    {
        var reference = outcome.Indicator;
        if (reference.Length == 0) throw new Refused(ScorecardColumn.Indicator, "Give the indicator's reference (as \"CP1\").");
        if (indicator is null)
            throw new Refused(ScorecardColumn.Indicator, $"The plan has no indicator with reference \"{reference}\". Add it to the scorecard first, or correct the reference.");
        outcome = outcome with { IndicatorId = indicator.Id };

        var calendar = IndicatorValueWrites.Calendar(indicator, yearStartMonth);
        var periodText = table.Cell(cells, ScorecardColumn.Period);
        if (ScorecardCsv.ReadPeriod(periodText, yearStartMonth) is not { } period)
            throw new Refused(ScorecardColumn.Period, $"\"{periodText}\" is not a period. Write it as 2025-04, Apr-25, April 2025 or Q1 2025/26.");
        var periodKey = period.ToString();
        outcome = outcome with { Period = periodKey, PeriodLabel = calendar.StartsAPeriod(period) ? calendar.Label(period) : period.MonthLabel };
        if (IndicatorValueWrites.PeriodProblem(indicator, periodKey, yearStartMonth) is { } periodProblem)
            throw new Refused(ScorecardColumn.Period, periodProblem);
        if (!allowed.Contains(indicator.Id))
            throw new Refused(ScorecardColumn.Indicator, $"You can only enter values for the indicators you own, and {indicator.Reference} is not one of them.");
        if (seen.TryGetValue((indicator.Id, periodKey), out var first))
            throw new Refused(ScorecardColumn.Period, $"Line {first} already gives {indicator.Reference}'s {calendar.Label(period)}; give each indicator's period once.");
        seen[(indicator.Id, periodKey)] = line;
        if (IndicatorValueWrites.IsLocked(indicator, periodKey, yearStartMonth, lockDate))
            throw new Refused(ScorecardColumn.Period, IndicatorValueWrites.LockMessage(periodKey, lockDate!.Value));

        // The value and the state: a state may be in its own column or written in the value's cell ("n/a", "*").
        var valueText = table.Cell(cells, ScorecardColumn.Value);
        var stateText = table.Cell(cells, ScorecardColumn.State);
        ValueState? state = null;
        if (stateText.Length > 0)
            state = ScorecardCsv.ReadState(stateText)
                ?? throw new Refused(ScorecardColumn.State, $"\"{stateText}\" is not a state. Write being collated, not yet due, not published or suppressed, or leave it empty.");
        var number = ScorecardCsv.ReadNumber(valueText);
        if (number is null && valueText.Length > 0)
        {
            if (ScorecardCsv.ReadState(valueText) is { } written and not ValueState.Value)
            {
                if (state is { } other && other != ValueState.Value && other != written)
                    throw new Refused(ScorecardColumn.State, $"The value says {ScorecardTerms.Describe(written)} but the state says {ScorecardTerms.Describe(other)}.");
                state = written;
            }
            else if (!ScorecardCsv.IsBlankLike(valueText))
                throw new Refused(ScorecardColumn.Value, $"\"{valueText}\" is not a number. Write it as 87.5%, 87.5 or 1,234, or give the state instead.");
        }
        if (number is not null && state is { } marked && marked != ValueState.Value)
            throw new Refused(ScorecardColumn.Value, $"A period marked {ScorecardTerms.Describe(marked)} has no number; leave the value empty or the state out.");
        if (number is null && state is null or ValueState.Value)
            return outcome with { Outcome = "skipped", Reasons = [new ImportRowReason { Column = table.HeaderOf(ScorecardColumn.Value), Message = "No value and no state: nothing to save." }] };

        double? Optional(ScorecardColumn column)
        {
            var text = table.Cell(cells, column);
            if (text.Length == 0) return null;
            return ScorecardCsv.ReadNumber(text) ?? throw new Refused(column, $"\"{text}\" is not a number.");
        }
        var numerator = Optional(ScorecardColumn.Numerator);
        var denominator = Optional(ScorecardColumn.Denominator);
        var ytdText = table.Cell(cells, ScorecardColumn.YearToDate);

        // A 0 that looks like a placeholder is asked about, never saved as a number unasked.
        if (number == 0)
        {
            var why = new List<string>();
            if (calendar.IsNotYetDue(period, today))
                why.Add($"{calendar.Label(period)} has not ended (it ends on {calendar.LastDay(period):d MMMM yyyy})");
            if (!nonZero.Contains(indicator.Id))
                why.Add($"no other period of {indicator.Reference} has a number other than 0");
            var others = new[] { ScorecardCsv.ReadNumber(ytdText), numerator, denominator }.Where(n => n is not null).ToList();
            if (others.Count > 0 && others.All(n => n == 0))
                why.Add("every other figure on the line is 0 too");
            if (why.Count > 0)
            {
                var answer = realZero.Contains(line) ? "real" : noData.Contains(line) ? "no-data" : request.Zeroes;
                if (answer is null)
                    return outcome with
                    {
                        Outcome = "asked", Current = Current(indicator, periodKey),
                        Question = $"Is the 0 for {indicator.Reference} in {calendar.Label(period)} a real zero? It looks like a placeholder: {string.Join("; ", why)}. "
                            + $"Send zeroes=real or zeroes=no-data, or list line {line} in realZeroRows or noDataRows.",
                    };
                if (answer == "no-data")
                {
                    number = null;
                    state = calendar.IsNotYetDue(period, today) ? ValueState.NotYetDue : ValueState.BeingCollated;
                }
            }
        }

        existing.TryGetValue((indicator.Id, periodKey), out var before);
        var noteText = table.Cell(cells, ScorecardColumn.Note);
        var directionText = table.Cell(cells, ScorecardColumn.Direction);
        var input = new IndicatorValueInput
        {
            IndicatorId = indicator.Id, Value = number, State = ScorecardTerms.Word(state ?? ValueState.Value),
            // A column the file leaves empty keeps what was entered: the import adds figures, it does not clear notes.
            Numerator = numerator ?? (number is null ? null : before?.Numerator), Denominator = denominator ?? (number is null ? null : before?.Denominator),
            Note = noteText.Length > 0 ? noteText : before?.Note,
            PrintedYtd = ytdText.Length > 0 ? ytdText : before?.PrintedYtd,
            PrintedDirection = directionText.Length > 0 ? directionText : before?.PrintedDirection,
            Version = before?.Version,
        };
        if (IndicatorValueWrites.EntryProblems(indicator, input) is { Count: > 0 } problems)
            throw new Refused(problems[0].Field switch
            {
                "numerator" => ScorecardColumn.Numerator, "denominator" => ScorecardColumn.Denominator, _ => ScorecardColumn.Value,
            }, problems[0].Message);

        var settings = ScorecardBuilder.Settings(indicator, yearStartMonth);
        var shown = new ImportedValue
        {
            State = input.State!, Value = input.Value, Note = input.Note,
            Display = ScorecardBuilder.Display(settings, state ?? ValueState.Value, input.Value),
        };
        outcome = outcome with { Value = shown, Current = Current(indicator, periodKey) };
        if (before is null)
        {
            Writes.Add((periodKey, input));
            return outcome with { Outcome = "new" };
        }
        var same = before.State == input.State && before.Value == input.Value && before.Note == input.Note && before.PrintedYtd == input.PrintedYtd
                   && before.PrintedDirection == input.PrintedDirection && before.Numerator == input.Numerator && before.Denominator == input.Denominator;
        if (same) return outcome with { Outcome = "unchanged" };
        Writes.Add((periodKey, input));
        return outcome with { Outcome = "change" };
    }

    private ImportedValue? Current(IndicatorResponse indicator, string period)
    {
        if (!existing.TryGetValue((indicator.Id, period), out var value)) return null;
        var state = ScorecardTerms.ValueStateFrom(value.State) ?? ValueState.Value;
        return new ImportedValue
        {
            State = value.State, Value = value.Value, Note = value.Note,
            Display = ScorecardBuilder.Display(ScorecardBuilder.Settings(indicator, yearStartMonth), state, value.Value),
        };
    }
}
