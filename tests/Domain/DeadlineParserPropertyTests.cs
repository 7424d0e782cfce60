using ActionPlanTracker.Domain;
using CsCheck;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>
/// Whatever anyone types or pastes into a deadline cell, the parser answers with an understanding that holds
/// together, and never an exception: the grid, the summary and every report read every deadline of a plan, so one
/// cell that broke the parser would stop a board from seeing its plan at all.
/// </summary>
public class DeadlineParserPropertyTests
{
    private static readonly DateOnly EarliestDate = new(DeadlineParser.EarliestYear, 1, 1);
    private static readonly DateOnly LatestDate = new(DeadlineParser.LatestYear, 12, 31);

    [Test]
    public void Any_text_is_understood_without_an_exception_and_the_understanding_holds_together()
    {
        DeadlineTexts.AnyText.Sample(HoldsTogether, iter: 20_000, print: Show);
    }

    [Test]
    public void Deadline_like_text_in_any_mix_of_scripts_is_understood_without_an_exception()
    {
        DeadlineTexts.DeadlineLike.Sample(HoldsTogether, iter: 20_000, print: Show);
    }

    [Test]
    public void A_deadline_written_in_another_scripts_digits_reads_as_the_same_dates()
    {
        Gen.Select(DeadlineTexts.WrittenDate, Gen.OneOf(DeadlineTexts.NamedZeros)).Sample((written, zero) =>
        {
            var ascii = DeadlineParser.Parse(written);
            var other = DeadlineParser.Parse(DeadlineTexts.InScript(written, zero));

            Assert.That((other.DueFrom, other.DueBy, other.State, other.Problems.Count, other.ToConfirm.Count),
                Is.EqualTo((ascii.DueFrom, ascii.DueBy, ascii.State, ascii.Problems.Count, ascii.ToConfirm.Count)), written);
            Assert.That(other.DueDates, Is.EqualTo(ascii.DueDates), written);
            if (zero != '0')
                Assert.That(other.Notes, Has.Some.Contains("as 0 to 9"), "reading another script's digits is noted");
        }, iter: 5_000, print: t => Show(t.Item1) + " in the script of U+" + t.Item2.ToString("X4"));
    }

    private static void HoldsTogether(string text)
    {
        var understood = DeadlineParser.Parse(text);

        Assert.That(understood.Text, Is.EqualTo(text), "the text is kept exactly as written");
        Assert.That(understood.DueDates, Is.Not.Null);
        Assert.That(understood.Notes, Is.Not.Null.And.All.Not.Null);
        Assert.That(understood.Problems, Is.Not.Null.And.All.Not.Null);
        Assert.That(understood.ToConfirm, Is.Not.Null.And.All.Not.Null);
        Assert.That(understood.DueBy, Is.EqualTo(understood.DueDates.Count == 0 ? null : understood.DueDates.Max()),
            "the final due date is the latest one found");
        if (understood is { DueFrom: { } from, DueBy: { } by })
            Assert.That(from, Is.LessThanOrEqualTo(by), "a range starts before it ends");
        Assert.That(understood.DueDates.Concat(understood.DueFrom is { } start ? [start] : []),
            Has.All.InRange(EarliestDate, LatestDate), "no date outside the years a plan could mean");
        Assert.That(understood.Problems, Has.None.Contains(DeadlineParser.FaultProblem), "the parser's own safety net was never needed");
        Assert.That(understood.Notes.Concat(understood.Problems).Concat(understood.ToConfirm), Has.All.Matches<string>(IsWellFormed),
            "every sentence can be sent as JSON and written into a Word or Excel report");
        if (understood.IsBlank)
            Assert.That((understood.State, understood.Problems.Count), Is.EqualTo((DeadlineState.None, 0)), "blank is no deadline, not a problem");
    }

    // Lone surrogates and the two non-characters cannot go into XML, so they must never reach a sentence the tracker writes.
    private static bool IsWellFormed(string sentence) => IsValidUtf16(sentence) && !sentence.Any(c => c is '\uFFFE' or '\uFFFF');

    private static bool IsValidUtf16(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])) index++;
            else if (char.IsSurrogate(text[index])) return false;
        }
        return true;
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
