using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>
/// Figures in, the scrutiny report's plain English out. Councillors read these sentences aloud in committee, so each
/// count must agree with its noun and verb, zero must read as "no" or "none", and a plan without reviews or without a
/// previous review must say so instead of comparing with nothing.
/// </summary>
public class ReportSentencesTests
{
    private static readonly ItemNoun Recommendations = ItemNoun.ForScoreLevel("recommendation");

    /// <summary>A 16-recommendation plan on the 1–3 lower-is-better scale, at its third review.</summary>
    private static ReportFigures Sixteen() => new()
    {
        Noun = Recommendations,
        ScoredItems = 16,
        ReviewLabel = "November 2026",
        HasPreviousReview = true,
        HigherIsBetter = false,
        Levels = [new(1, "Good progress", 5), new(2, "Some progress", 8), new(3, "Insufficient progress", 2)],
        NoScore = 1,
        Improving = 9, Maintained = 4, Declining = 2, New = 0,
        Overall = new AverageMove(2.1, 1.9, Direction.Improving),
        Overdue = 3,
        WorstLevel = "3 Insufficient progress", AtWorstLevel = 2,
        Stale = 4,
        ContradictingOverrides = 1,
    };

    [Test]
    public void A_plan_at_a_review_reads_as_plain_english()
    {
        Assert.That(ReportSentences.Summary(Sixteen()), Is.EqualTo(new[]
        {
            "In November 2026, 5 recommendations were at 1 Good progress, 8 at 2 Some progress and 2 at 3 Insufficient progress.",
            "1 recommendation had no score in this review.",
            "9 of 16 recommendations improved since the last review, 4 stayed the same and 2 declined.",
            "The overall average moved from 2.1 to 1.9; on this scale lower is better, so this is an improvement.",
            "3 recommendations are overdue.",
            "2 recommendations were at 3 Insufficient progress, the worst level on this scale.",
            "4 recommendations had a stale entry in this review: no score, no update, or the previous update copied forward.",
            "1 direction-of-travel override contradicts the scores.",
        }));
    }

    [Test]
    public void Ones_are_singular_and_zeros_say_none()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            Levels = [new(1, "Good progress", 1), new(2, "Some progress", 0), new(3, "Insufficient progress", 15)],
            NoScore = 0, Improving = 0, Maintained = 15, Declining = 0, New = 1, Overdue = 1, AtWorstLevel = 0, Stale = 0,
            ContradictingOverrides = 2, AwaitingSignOff = 1,
        });
        Assert.That(sentences, Is.EqualTo(new[]
        {
            "In November 2026, 1 recommendation was at 1 Good progress and 15 at 3 Insufficient progress.",
            "Every recommendation had a score in this review.",
            "None of the 16 recommendations improved since the last review, 15 stayed the same.",
            "1 recommendation was scored for the first time.",
            "The overall average moved from 2.1 to 1.9; on this scale lower is better, so this is an improvement.",
            "1 recommendation is overdue.",
            "No recommendation was at 3 Insufficient progress, the worst level on this scale.",
            "No recommendation had a stale entry in this review.",
            "2 direction-of-travel overrides contradict the scores.",
            "1 recommendation marked complete is waiting for the board to sign off the evidence.",
        }));
    }

    [Test]
    public void A_first_review_has_no_direction_of_travel_and_nothing_to_compare_the_average_with()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            HasPreviousReview = false, Improving = 0, Maintained = 0, Declining = 0, New = 15,
            Overall = new AverageMove(null, 1.9, Direction.New),
        });
        Assert.That(sentences, Does.Contain("This is the plan's first review, so there is no direction of travel yet."));
        Assert.That(sentences, Does.Contain("The overall average is 1.9; there is no previous review to compare it with."));
        Assert.That(sentences, Has.None.Contains("scored for the first time"), "on a first review every score is new; saying so adds nothing");
        Assert.That(sentences, Has.None.Contains("improved"));
    }

    [Test]
    public void A_previous_review_without_scores_says_there_is_nothing_to_compare_with()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            Improving = 0, Maintained = 0, Declining = 0, New = 15, Overall = new AverageMove(null, 1.9, Direction.New),
        });
        Assert.That(sentences, Does.Contain("No recommendation had an earlier score to compare with, so there is no direction of travel yet."));
        Assert.That(sentences, Does.Contain("15 recommendations were scored for the first time."));
        Assert.That(sentences, Does.Contain("The overall average is 1.9; the previous review has no scores to compare it with."));
    }

    // A scale whose direction was never stated: a score that moved is "changed", compared but neither better nor worse.
    private const string Undecided = "the scale does not say which end is better, so no change is called an improvement or a decline.";

    [TestCase(2, 1, 3, "Since the last review, of 3 recommendations, 2 changed score and 1 stayed the same; " + Undecided)]
    [TestCase(3, 0, 3, "Since the last review, of 3 recommendations, 3 changed score; " + Undecided)]
    [TestCase(1, 0, 1, "The recommendation's score changed since the last review; the scale does not say whether for better or worse.")]
    [TestCase(1, 0, 4, "Since the last review, of 4 recommendations, 1 changed score; " + Undecided)]
    public void Scores_that_moved_on_a_scale_whose_direction_was_not_stated_are_counted_as_changed(int changed, int maintained, int items, string expected)
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            HigherIsBetter = null, ScoredItems = items, NoScore = 0, Improving = 0, Declining = 0, Maintained = maintained, Changed = changed, New = 0,
            Levels = [new(1, "One", items), new(2, "Two", 0), new(3, "Three", 0)], WorstLevel = null,
        });
        Assert.That(sentences, Does.Contain(expected));
        Assert.That(sentences, Has.None.Contains("earlier score to compare with"), "the scores that moved were compared");
    }

    [Test]
    public void A_plan_with_no_reviews_yet_says_so()
    {
        var sentences = ReportSentences.Summary(new ReportFigures
        {
            Noun = ItemNoun.ForScoreLevel("action"), ScoredItems = 12, Overall = new AverageMove(null, null, Direction.NoData), Overdue = 0,
        });
        Assert.That(sentences, Is.EqualTo(new[]
        {
            "There are no reviews yet, so none of the plan's 12 actions has been scored.",
            "No action is overdue.",
        }));
    }

    [TestCase("recommendation", 0, "The plan has no recommendations and no reviews yet.")]
    [TestCase("measure", 1, "There are no reviews yet, so the plan's 1 success measure has not been scored.")]
    public void Tiny_plans_without_reviews(string scoreLevel, int items, string expected) =>
        Assert.That(ReportSentences.Summary(new ReportFigures
        {
            Noun = ItemNoun.ForScoreLevel(scoreLevel), ScoredItems = items, Overall = new AverageMove(null, null, Direction.NoData),
        })[0], Is.EqualTo(expected));

    [Test]
    public void A_review_where_nothing_was_scored_has_no_average()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            Levels = [new(1, "Good progress", 0), new(2, "Some progress", 0), new(3, "Insufficient progress", 0)], NoScore = 16,
            Improving = 0, Maintained = 0, Declining = 0, Overall = new AverageMove(2.1, null, Direction.NoData), Overdue = 0,
        });
        Assert.That(sentences, Is.EqualTo(new[]
        {
            "None of the plan's 16 recommendations had a score in November 2026.",
            "No recommendation is overdue.",
        }));
    }

    [TestCase(2.3, 2.3, Direction.Maintained, true, "The overall average stayed at 2.3.")]
    [TestCase(2.0, 2.5, Direction.Improving, true, "The overall average moved from 2.0 to 2.5; on this scale higher is better, so this is an improvement.")]
    [TestCase(2.0, 2.5, Direction.Declining, false, "The overall average moved from 2.0 to 2.5; on this scale lower is better, so this is a decline.")]
    public void The_average_is_judged_in_the_scales_own_sense(double previous, double current, Direction direction, bool higherIsBetter, string expected) =>
        Assert.That(ReportSentences.Summary(Sixteen() with { HigherIsBetter = higherIsBetter, Overall = new AverageMove(previous, current, direction) }),
            Does.Contain(expected));

    [Test]
    public void A_single_item_plan_speaks_of_the_item()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            ScoredItems = 1, Levels = [new(1, "Good progress", 1)], NoScore = 0, Improving = 0, Maintained = 0, Declining = 1,
            Overdue = 0, AtWorstLevel = 0, Stale = 1, ContradictingOverrides = 0,
        });
        Assert.That(sentences.Take(3), Is.EqualTo(new[]
        {
            "In November 2026, 1 recommendation was at 1 Good progress.",
            "The recommendation had a score in this review.",
            "The recommendation declined since the last review.",
        }));
        Assert.That(sentences, Does.Contain("1 recommendation had a stale entry in this review: no score, no update, or the previous update copied forward."));
    }

    [Test]
    public void A_scale_that_does_not_say_which_end_is_better_calls_a_moved_score_changed()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            HigherIsBetter = null, Improving = 0, Maintained = 6, Declining = 0, Changed = 9, WorstLevel = null,
            Overall = new AverageMove(2.1, 1.9, Direction.Changed),
        });
        Assert.That(sentences, Does.Contain("Since the last review, of 16 recommendations, 9 changed score and 6 stayed the same; " +
                                            "the scale does not say which end is better, so no change is called an improvement or a decline."));
        Assert.That(sentences, Does.Contain("The overall average moved from 2.1 to 1.9; the plan does not say whether higher or lower is better, " +
                                            "so whether this is better or worse is not yet decided."));
        Assert.That(sentences, Has.None.Contains("worst level"), "no level is the worst on such a scale");
    }

    [Test]
    public void What_the_source_printed_is_counted_when_it_needs_a_look()
    {
        var sentences = ReportSentences.Summary(Sixteen() with
        {
            CompleteAsPrinted = 2, ContradictingPrintedDirections = 1, PrintedAveragesDisagreeing = 2, DeadlinesToConfirm = 1,
        });
        Assert.That(sentences.TakeLast(4), Is.EqualTo(new[]
        {
            "2 recommendations are complete as printed in the source, not signed off in the tracker.",
            "1 direction of travel printed in the source contradicts the scores.",
            "2 averages printed for this review disagree with the scores.",
            "1 deadline has a date to confirm: it could be read another way.",
        }));
        var singular = ReportSentences.Summary(Sixteen() with { CompleteAsPrinted = 1, ContradictingPrintedDirections = 3, PrintedAveragesDisagreeing = 1, DeadlinesToConfirm = 2 });
        Assert.That(singular.TakeLast(4), Is.EqualTo(new[]
        {
            "1 recommendation is complete as printed in the source, not signed off in the tracker.",
            "3 directions of travel printed in the source contradict the scores.",
            "1 average printed for this review disagrees with the scores.",
            "2 deadlines have dates to confirm: they could be read another way.",
        }));
        Assert.That(ReportSentences.Summary(Sixteen()), Has.None.Contains("printed").And.None.Contains("confirm"), "nothing to say, nothing said");
    }

    [TestCase("today", "2026-11-23", null, "Overdue and due soon are judged as at 23 November 2026, the day this report was made.",
        "Judged as at 23 November 2026 (today)")]
    [TestCase("asOf", "2026-08-15", "RAG 07/26", "Figures as at 15 August 2026, the date asked for: reviews held after it are left out, and overdue and due soon are judged on that date.",
        "Judged as at 15 August 2026 (the date asked for)")]
    [TestCase("reviewDate", "2026-07-31", "RAG 07/26", "Overdue and due soon are judged as at 31 July 2026, the date of RAG 07/26: a past review is reported as it stood at its meeting.",
        "Judged as at 31 July 2026 (the date of RAG 07/26)")]
    public void The_date_judged_on_says_why(string judgedOn, string date, string? review, string sentence, string footer)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(ReportSentences.JudgedOn(judgedOn, day, review), Is.EqualTo(sentence));
        Assert.That(ReportWords.JudgedOn(judgedOn, day, review), Is.EqualTo(footer));
    }

    [TestCase("v3.2", "2026-03-01", "Plan version v3.2 of 1 March 2026")]
    [TestCase("v3.2", null, "Plan version v3.2")]
    [TestCase(null, "2026-03-01", "Plan dated 1 March 2026 (version not recorded)")]
    [TestCase("  ", null, "Plan version not recorded")]
    public void The_plan_version_is_printed_beside_its_date(string? version, string? date, string expected) =>
        Assert.That(ReportWords.PlanVersion(version, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(expected));

    [TestCase("recommendation", 2, "2 recommendations")]
    [TestCase("action", 1, "1 action")]
    [TestCase("measure", 0, "0 success measures")]
    [TestCase("measure", 3, "3 success measures")]
    public void Item_nouns_follow_the_plans_score_level(string scoreLevel, int count, string expected) =>
        Assert.That(ItemNoun.ForScoreLevel(scoreLevel).Count(count), Is.EqualTo(expected));

    [TestCase("1", "Help and protection", 3.0, 2.5, Direction.Declining, "Priority 1, Help and protection: the average moved from 3.0 to 2.5, a decline.")]
    [TestCase("2", "Children in care", 2.0, 2.0, Direction.Maintained, "Priority 2, Children in care: the average stayed at 2.0.")]
    [TestCase("3", "Care leavers", null, 1.5, Direction.New, "Priority 3, Care leavers: the average is 1.5, with no earlier figure to compare with.")]
    [TestCase("4", "Leadership", 2.5, null, Direction.NoData, "Priority 4, Leadership: no scores in this review.")]
    [TestCase("", "Not in a priority", 1.0, 2.0, Direction.Improving, "Not in a priority: the average moved from 1.0 to 2.0, an improvement.")]
    public void Each_priority_gets_a_sentence(string number, string title, double? previous, double? current, Direction direction, string expected) =>
        Assert.That(ReportSentences.Priority(number, title, new AverageMove(previous, current, direction), higherIsBetter: true), Is.EqualTo(expected));

    [TestCase(Direction.Maintained, "improving", "Board Member", true, "Maintained; recorded as improving by Board Member, which the scores do not support")]
    [TestCase(Direction.New, "improving", null, false, "New; recorded as improving")]
    [TestCase(Direction.Declining, null, null, false, "Declining")]
    public void Direction_words_show_an_override_beside_the_scores(Direction computed, string? over, string? by, bool contradicts, string expected) =>
        Assert.That(ReportWords.Direction(computed, over, by, contradicts), Is.EqualTo(expected));

    [TestCase(new[] { StaleReason.NoScore, StaleReason.NoUpdate }, "No score; no update")]
    [TestCase(new[] { StaleReason.UpdateCopiedForward }, "The previous update copied forward")]
    [TestCase(new StaleReason[0], "")]
    public void Stale_reasons_in_words(StaleReason[] reasons, string expected) =>
        Assert.That(ReportWords.Stale(reasons), Is.EqualTo(expected));
}

/// <summary>Text on a level's colour must reach WCAG AA (4.5:1); the report picks near-black or white as the web app does.</summary>
public class ContrastTests
{
    [TestCase("#92d050", Contrast.Black)]   // green
    [TestCase("#ffcc00", Contrast.Black)]   // amber
    [TestCase("#d4351c", Contrast.White)]   // GOV.UK red
    [TestCase("#1d70b8", Contrast.White)]   // blue
    [TestCase("#5694ca", Contrast.Black)]   // light blue
    [TestCase("#fff", Contrast.Black)]
    [TestCase("not a colour", Contrast.Black)]
    public void The_text_colour_is_the_one_that_reads(string background, string expected) =>
        Assert.That(Contrast.TextColourOn(background), Is.EqualTo(expected));

    [TestCase("#92d050")]
    [TestCase("#ffcc00")]
    [TestCase("#d4351c")]
    [TestCase("#1d70b8")]
    [TestCase("#5694ca")]
    [TestCase("#00703c")]
    [TestCase("#f47738")]
    public void Every_built_in_and_typical_level_colour_gets_at_least_AA_contrast(string background)
    {
        var text = Contrast.TextColourOn(background);
        Assert.That(Contrast.Ratio(Contrast.Luminance(background)!.Value, Contrast.Luminance(text)!.Value), Is.GreaterThanOrEqualTo(4.5));
    }
}
