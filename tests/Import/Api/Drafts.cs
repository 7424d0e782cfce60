using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>PlanDrafts built by hand, as the interpreter would hand them to the commit, each filling what a test reads back.</summary>
public static class Drafts
{
    private static SourcePlace Row(int row, int column = 0) => new(0, row, column);

    /// <summary>
    /// A development plan grouped by priority, scored by action, on a new RAG scale, naming one person already in the
    /// tracker and three new ones (one by role only, one by initials only), with two reviews, every kind of score, a running
    /// log, printed averages and printed figures.
    /// </summary>
    public static PlanDraft Development(long existingPersonId, string scaleName) => new()
    {
        Plan = new PlanDetails { Title = "Service development plan 2018", SourceType = "", PlanVersion = "v3.2", PlanDate = "2018-03-01",
            LeadHeading = "Lead", OwnerHeading = "Responsible officer" },
        Scale = new ScaleChoice
        {
            New = new NewScale(scaleName, true, [
                new NewScaleLevel(1, "Red", "#ff0000", false), new NewScaleLevel(2, "Amber", "#FFCC00", false),
                new NewScaleLevel(3, "Green", "#92d050", false), new NewScaleLevel(4, "Completed", null, true)]),
        },
        GroupedByPriority = true,
        ScoreLevel = ItemLevel.Action,
        People =
        [
            new PersonDraft(existingPersonId, "Dana Whitfield", null, null, "name", "Dana Whitfield"),
            new PersonDraft(null, "Priya Raman", "Head of Service", null, null, "Priya Raman (Head of Service)"),
            new PersonDraft(null, null, "Head of Safeguarding", null, null, "Head of Safeguarding"),
            new PersonDraft(null, null, null, null, null, "PR"),
        ],
        Priorities =
        [
            new PriorityDraft("1", "Early help", "Families get help early.", Row(5)),
            new PriorityDraft("2", "Children in care", null, Row(20)),
        ],
        Recommendations =
        [
            new RecommendationDraft(0, "7 (14)", "Improve the quality of assessments.", "Sept 16 / ongoing", [0, 1], [2],
                ["the local authority", "the safeguarding partnership"], "12, 31", "Help and protection", Row(6)),
        ],
        Actions =
        [
            new ActionDraft(0, null, "A", "Audit 20 assessments a month.", "Ofsted rec 14", "Mar-18", [1], [3, 3], Row(7)),
            new ActionDraft(null, 1, null, "Review every care plan.", null, "Ongoing", [], [], Row(21)),
        ],
        Measures =
        [
            new MeasureDraft(1, "1", "Every child in care has an up-to-date plan.", "31/12/2018", [2], [0], Row(22)),
        ],
        Reviews = [new ReviewDraft("RAG 01/18", "2018-01-31", false), new ReviewDraft("RAG 03/18", null, true)],
        Scores =
        [
            new ScoreDraft(new ItemRef(ItemLevel.Action, 0), 0, 2, null, "Started late.", "2018-01-20", null, "improving", "↑", Row(7, 8)),
            new ScoreDraft(new ItemRef(ItemLevel.Action, 0), 1, 4, null, "Done.", null, null, null, null, Row(7, 9)),
            new ScoreDraft(new ItemRef(ItemLevel.Action, 1), 0, null, "0", null, null, null, null, null, Row(21, 8)),
            new ScoreDraft(new ItemRef(ItemLevel.Action, 1), 1, 3, null, null, null, "Audit report March 2018", null, null, Row(21, 9)),
        ],
        Updates =
        [
            new UpdateDraft(new ItemRef(ItemLevel.Action, 1), null, null, "Second note, undated.", 2, Row(21, 10)),
            new UpdateDraft(new ItemRef(ItemLevel.Action, 1), 0, "2018-01-12", "First note.", 1, Row(21, 10)),
            new UpdateDraft(new ItemRef(ItemLevel.Measure, 0), 1, null, "Measure note.", 1, Row(22, 10)),
        ],
        ReportedAverages =
        [
            new AverageDraft(1, 0, 3.5, "3.5", Row(19, 9)),
            new AverageDraft(1, null, 3.2, "3.2", Row(40, 9)),
        ],
        PrintedFigures =
        [
            new FigureDraft(1, null, "countAtLevel", 4, "COMPLETED", "1", 1, Row(41, 2)),
            new FigureDraft(null, 1, "other", null, "Children seen", "about 40", null, Row(42, 2)),
        ],
    };

    /// <summary>A plain recommendation plan of <paramref name="rows"/> rows, each scored in every one of <paramref name="reviews"/> reviews, on the built-in 1 to 3 scale.</summary>
    public static PlanDraft Large(int rows, int reviews)
    {
        var draft = new PlanDraft
        {
            Plan = new PlanDetails { Title = $"Large plan {rows} x {reviews}", SourceType = "Ofsted ILACS inspection" },
            Scale = new ScaleChoice { ScaleId = 2 },
            ScoreLevel = ItemLevel.Recommendation,
        };
        for (var r = 0; r < reviews; r++) draft.Reviews.Add(new ReviewDraft($"Review {r + 1}", null, r == reviews - 1));
        for (var i = 0; i < rows; i++)
        {
            draft.Recommendations.Add(new RecommendationDraft(null, $"{i + 1}", $"Recommendation {i + 1}", "Mar-18", [], [], [], null, null, Row(i + 2)));
            for (var r = 0; r < reviews; r++)
                draft.Scores.Add(new ScoreDraft(new ItemRef(ItemLevel.Recommendation, i), r, (i + r) % 4 == 0 ? null : (i + r) % 3 + 1,
                    (i + r) % 4 == 0 ? "0" : null, $"Update {r + 1}", null, null, null, null, Row(i + 2, r + 3)));
        }
        return draft;
    }
}
