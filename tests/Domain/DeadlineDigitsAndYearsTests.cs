using ActionPlanTracker.Domain;
using CsCheck;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>Issue 13, defect 8: the texts that gave a 500, read by the parser itself, and random text around them.</summary>
public class DeadlineDigitsAndYearsTests
{
    [TestCase("٠١/٠٢/٢٠٢٦")]
    [TestCase("０１/０２/２０２６")]
    [TestCase("०१/०२/२०२६")]
    public void Another_scripts_digits_read_as_the_same_date(string written)
    {
        var understood = DeadlineParser.Parse(written);
        Assert.That((understood.DueBy, understood.Problems.Count), Is.EqualTo(((DateOnly?)new DateOnly(2026, 2, 1), 0)));
    }

    [TestCase("Dec 9999 - Jan")]
    [TestCase("31/12/9999 - 01/01/10000")]
    [TestCase("Nov ٩٩٩٩ to Feb")]
    public void A_range_ending_past_year_9999_is_a_problem_and_no_date(string written)
    {
        var understood = DeadlineParser.Parse(written);
        Assert.That((understood.DueFrom, understood.DueBy), Is.EqualTo(((DateOnly?)null, (DateOnly?)null)));
        Assert.That(understood.Problems, Has.Some.Contains("is not a date a plan could mean"));
        Assert.That(understood.Problems, Has.None.Contains(DeadlineParser.FaultProblem));
    }

    [Test]
    public void A_few_hundred_random_dates_and_ranges_in_any_digits_never_throw_or_need_the_safety_net()
    {
        var digitZeros = Gen.OneOf(Gen.Const('0'), Gen.Const('٠'), Gen.Const('０'), Gen.Const('۰'), Gen.Const('०'));
        var number = Gen.Select(Gen.Int[0, 99_999], digitZeros, (n, zero) => string.Concat(n.ToString().Select(c => (char)(zero + (c - '0')))));
        var text = Gen.Select(number, number, number, Gen.OneOf(Gen.Const("/"), Gen.Const(" - "), Gen.Const(" to "), Gen.Const("-")), Gen.OneOf(Gen.Const("Dec "), Gen.Const(""), Gen.Const("Jan ")),
            (a, b, c, sep, month) => $"{month}{a}/{b}/{c}{sep}{month}{c}");
        text.Sample(written =>
        {
            var understood = DeadlineParser.Parse(written);
            Assert.That(understood.Problems, Has.None.Contains(DeadlineParser.FaultProblem), written);
        }, iter: 500);
    }
}
