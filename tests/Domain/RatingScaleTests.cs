using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>Rating scales as real plans define them, and the mistakes a plan owner can make setting one up.</summary>
public class RatingScaleTests
{
    // The development plan's own 1 to 5 progress scale (paraphrased in docs/domain.md).
    private static readonly RatingScale Progress = new("Progress", HigherIsBetter: true,
    [
        new(1, "Red", "Not started or seriously delayed", "#ff0000", false),
        new(2, "Amber", "Started but some delay", "#ffcc00", false),
        new(3, "Green", "On track to finish by the agreed date", "#92d050", false),
        new(4, "Blue", "Complete, stays in the plan for monitoring", "#0070c0", true),
        new(5, "Complete", "Complete and sustained, can be removed", "#7030a0", true),
    ]);

    // The inspection plan's 1 to 3 score, where 1 is best.
    private static readonly RatingScale Score = new("Score", HigherIsBetter: false,
    [
        new(3, "Not met", null, "#ff0000", false),
        new(1, "Met", null, "#92d050", true),
        new(2, "Partly met", null, "#ffcc00", false),
    ]);

    [TestCase(true, 4, 3, true)]
    [TestCase(true, 3, 4, false)]
    [TestCase(true, 3, 3, false)]
    [TestCase(false, 2, 3, true)]
    [TestCase(false, 3, 2, false)]
    [TestCase(false, 1, 1, false)]
    public void Better_follows_the_direction_of_the_scale(bool higherIsBetter, int a, int b, bool better)
    {
        var scale = higherIsBetter ? Progress : Score;

        Assert.That(scale.IsBetter(a, b), Is.EqualTo(better));
    }

    [TestCase(true, "Complete", "Red")]
    [TestCase(false, "Met", "Not met")]
    public void The_best_and_worst_levels_follow_the_direction_of_the_scale(bool higherIsBetter, string best, string worst)
    {
        var scale = higherIsBetter ? Progress : Score;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Best.Label, Is.EqualTo(best));
            Assert.That(scale.Worst.Label, Is.EqualTo(worst));
        }
    }

    [TestCase(3, "Green")]
    [TestCase(5, "Complete")]
    [TestCase(0, null)]
    [TestCase(6, null)]
    public void A_score_is_found_by_its_value(int value, string? label)
    {
        Assert.That(Progress.Find(value)?.Label, Is.EqualTo(label));
    }

    [Test]
    public void A_scale_with_no_levels_has_no_best_or_worst()
    {
        var empty = new RatingScale("Empty", true, []);

        Assert.That(() => empty.Best, Throws.InvalidOperationException);
    }

    [Test]
    public void The_plans_own_scales_have_no_problems()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RatingScale.Problems(Progress.Levels), Is.Empty);
            Assert.That(RatingScale.Problems(Score.Levels), Is.Empty);
        }
    }

    private static IEnumerable<TestCaseData> MistakesInAScale()
    {
        yield return Row("no levels at all", [], "A scale needs at least one level.");
        yield return Row("a negative level",
            [Level(-1, "Red")],
            "Level \"Red\" has the value -1; values start at 0.");
        yield return Row("two levels with one value",
            [Level(1, "Red"), Level(1, "Amber")],
            "More than one level has the value 1.");
        yield return Row("two labels differing only in case",
            [Level(1, "Green"), Level(2, "GREEN")],
            "More than one level is labelled \"Green\".");
        yield return Row("a blank label",
            [Level(1, " ")],
            "The level with the value 1 has no label.");
        yield return Row("a colour by name",
            [Level(1, "Red", "red")],
            "The colour of \"Red\" is \"red\"; write colours as #rrggbb, for example #92d050.");
        yield return Row("a short colour",
            [Level(1, "Red", "#f00")],
            "The colour of \"Red\" is \"#f00\"; write colours as #rrggbb, for example #92d050.");
    }

    [TestCaseSource(nameof(MistakesInAScale))]
    public void A_mistake_in_a_scale_is_explained_in_plain_english(ScaleLevel[] levels, string problem)
    {
        Assert.That(RatingScale.Problems(levels), Does.Contain(problem));
    }

    [Test]
    public void An_inspectorate_scale_may_start_at_0_and_a_plan_may_give_no_colours()
    {
        // HMIP youth justice ratings: 0 Inadequate .. 3 Outstanding, printed without colours.
        ScaleLevel[] hmip = [new(0, "Inadequate", null, null, false), new(1, "Requires improvement", null, null, false),
            new(2, "Good", null, null, false), new(3, "Outstanding", null, null, false)];
        Assert.That(RatingScale.Problems(hmip), Is.Empty);
        var scale = new RatingScale("HMIP", true, hmip);
        Assert.That((scale.Worst?.Label, scale.Best?.Label, scale.Find(0)?.Label), Is.EqualTo(("Inadequate", "Outstanding", "Inadequate")));
    }

    [Test]
    public void A_scale_whose_direction_is_not_stated_has_no_best_or_worst_level_and_no_better_score()
    {
        var unstated = Score with { HigherIsBetter = null };
        Assert.That((unstated.Best, unstated.Worst, unstated.IsBetter(1, 3)), Is.EqualTo(((ScaleLevel?)null, (ScaleLevel?)null, (bool?)null)));
    }

    [TestCase(4, "4", "4")]
    [TestCase(4, " 4 ", "4")]
    [TestCase(3, "Green", "3 Green")]
    [TestCase(0, "Inadequate", "0 Inadequate")]
    [TestCase(2, "", "2")]
    public void A_level_whose_label_is_its_number_is_written_once(int value, string label, string text)
    {
        Assert.That(LevelWords.Text(value, label), Is.EqualTo(text));
    }

    [Test]
    public void Colours_may_be_written_in_either_case()
    {
        Assert.That(RatingScale.Problems([Level(1, "Green", "#92D050")]), Is.Empty);
    }

    private static TestCaseData Row(string mistake, ScaleLevel[] levels, string problem) =>
        new TestCaseData(levels, problem).SetArgDisplayNames(mistake);

    private static ScaleLevel Level(int value, string label, string colour = "#92d050") =>
        new(value, label, null, colour, false);
}
