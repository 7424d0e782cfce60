namespace ActionPlanTracker.Domain.Scorecard;

// The scorecard's words as enums, in the same order as the lists in ScorecardWords, so a word's index is its enum value.

public enum IndicatorUnit { Percentage, Number, RatePer10000, Days, Ratio }

public enum Polarity { HigherIsBetter, LowerIsBetter, Neither }

public enum Frequency { Monthly, Quarterly, Annual }

public enum YtdRule { Sum, Average, Latest, Ratio }

public enum ValueState { Value, NotYetDue, BeingCollated, NotPublished, Suppressed }

public enum ComparatorKind { StatisticalNeighbours, England, Region }

public enum Rag { Green, Amber, Red, NoTarget, NoValue }

/// <summary>A scorecard figure's direction of travel: improving, maintained, declining (polarity given), up or down (<c>neither</c>), or not comparable.</summary>
public enum KpiDirection { Improving, Maintained, Declining, Up, Down, NotComparable }

/// <summary>Reads the scorecard's words into enums and writes them back, by their place in <see cref="ScorecardWords"/>.</summary>
public static class ScorecardTerms
{
    public static IndicatorUnit? UnitFrom(string? word) => From<IndicatorUnit>(ScorecardWords.Units, word);
    public static Polarity? PolarityFrom(string? word) => From<Polarity>(ScorecardWords.Polarities, word);
    public static Frequency? FrequencyFrom(string? word) => From<Frequency>(ScorecardWords.Frequencies, word);
    public static YtdRule? YtdRuleFrom(string? word) => From<YtdRule>(ScorecardWords.YtdRules, word);
    public static ValueState? ValueStateFrom(string? word) => From<ValueState>(ScorecardWords.ValueStates, word);
    public static ComparatorKind? ComparatorKindFrom(string? word) => From<ComparatorKind>(ScorecardWords.ComparatorKinds, word);
    public static Rag? RagFrom(string? word) => From<Rag>(ScorecardWords.Rags, word);
    public static KpiDirection? DirectionFrom(string? word) => From<KpiDirection>(ScorecardWords.Directions, word);

    public static string Word(IndicatorUnit unit) => ScorecardWords.Units[(int)unit];
    public static string Word(Polarity polarity) => ScorecardWords.Polarities[(int)polarity];
    public static string Word(Frequency frequency) => ScorecardWords.Frequencies[(int)frequency];
    public static string Word(YtdRule rule) => ScorecardWords.YtdRules[(int)rule];
    public static string Word(ValueState state) => ScorecardWords.ValueStates[(int)state];
    public static string Word(ComparatorKind kind) => ScorecardWords.ComparatorKinds[(int)kind];
    public static string Word(Rag rag) => ScorecardWords.Rags[(int)rag];
    public static string Word(KpiDirection direction) => ScorecardWords.Directions[(int)direction];

    /// <summary>A state as people say it in a sentence: "being collated", "suppressed (small numbers)".</summary>
    public static string Describe(ValueState state) => state switch
    {
        ValueState.Value => "a value",
        ValueState.NotYetDue => "not yet due",
        ValueState.BeingCollated => "being collated",
        ValueState.NotPublished => "not published",
        _ => "suppressed (small numbers)",
    };

    /// <summary>Exact match only: the words are the API's and the database's, so "Monthly" or " monthly" is not one.</summary>
    private static T? From<T>(string[] words, string? word) where T : struct, Enum =>
        Array.IndexOf(words, word) is var index and >= 0 ? (T)(object)index : null;
}
