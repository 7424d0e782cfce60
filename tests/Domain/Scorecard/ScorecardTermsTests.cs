using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>The words the API and the database use, read into enums and written back.</summary>
public class ScorecardTermsTests
{
    [Test]
    public void Every_word_reads_to_an_enum_and_writes_back_the_same()
    {
        Assert.Multiple(() =>
        {
            RoundTrips(ScorecardWords.Units, ScorecardTerms.UnitFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.Polarities, ScorecardTerms.PolarityFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.Frequencies, ScorecardTerms.FrequencyFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.YtdRules, ScorecardTerms.YtdRuleFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.ValueStates, ScorecardTerms.ValueStateFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.ComparatorKinds, ScorecardTerms.ComparatorKindFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.Rags, ScorecardTerms.RagFrom, ScorecardTerms.Word);
            RoundTrips(ScorecardWords.Directions, ScorecardTerms.DirectionFrom, ScorecardTerms.Word);
        });
    }

    [TestCase("rate-per-10000", IndicatorUnit.RatePer10000)]
    [TestCase("lower-is-better", Polarity.LowerIsBetter)]
    [TestCase("being-collated", ValueState.BeingCollated)]
    [TestCase("statistical-neighbours", ComparatorKind.StatisticalNeighbours)]
    [TestCase("no-target", Rag.NoTarget)]
    [TestCase("not-comparable", KpiDirection.NotComparable)]
    public void A_word_means_its_enum(string word, object expected)
    {
        object? read = expected switch
        {
            IndicatorUnit => ScorecardTerms.UnitFrom(word),
            Polarity => ScorecardTerms.PolarityFrom(word),
            ValueState => ScorecardTerms.ValueStateFrom(word),
            ComparatorKind => ScorecardTerms.ComparatorKindFrom(word),
            Rag => ScorecardTerms.RagFrom(word),
            _ => ScorecardTerms.DirectionFrom(word),
        };
        Assert.That(read, Is.EqualTo(expected));
    }

    [TestCase("Monthly")]
    [TestCase(" monthly")]
    [TestCase("weekly")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_but_the_exact_word_is_not_a_frequency(string? word)
    {
        Assert.That(ScorecardTerms.FrequencyFrom(word), Is.Null);
    }

    private static void RoundTrips<T>(string[] words, Func<string?, T?> read, Func<T, string> write) where T : struct, Enum
    {
        Assert.That(Enum.GetValues<T>(), Has.Length.EqualTo(words.Length), typeof(T).Name);
        foreach (var word in words)
            Assert.That(read(word) is { } value ? write(value) : null, Is.EqualTo(word), typeof(T).Name);
    }
}
