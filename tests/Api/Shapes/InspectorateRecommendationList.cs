namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// Shape 5 of docs/domain.md, "Inspectorate recommendation list with its inspection": an HMIP youth justice inspection
/// with its judgements on HMIP's own 0 to 3 scale (0 Inadequate), a total score "26/36" and percentages per area, and the
/// report's numbered recommendations, each addressed to a body with paragraph references. The council's plan renumbers
/// them (report recommendation 14 is plan recommendation "7 (14)"), adds one of its own addressed to nobody, and leaves
/// report recommendation 15 unanswered. The plan scores on the same 0 to 3 scale, where a 0 is a real, bad score.
/// Invented content, in the style of such reports.
///
///   plan rec (answers report rec)   addressed to                                  July 2026   October 2026
///   1 (1)                           the youth justice management board             0           1
///   2 (2)                           the local authority; the youth justice board   0           0
///   7 (14)  (14)                    the service                                    1           2
///   8 (council's own)               nobody                                         -           2
///   report rec 15, to the safeguarding partnership: answered by nothing (a gap)
///
///   October over items: (1 + 0 + 2 + 2) / 4 = 1.25, so 1.3; July: (0 + 0 + 1) / 3 = 0.3.
/// </summary>
public sealed record InspectorateRecommendationList
{
    public const string Title = "Youth justice service improvement plan";
    public const string July = "Youth justice board, July 2026";
    public const string October = "Youth justice board, October 2026";
    public const string Board = "the youth justice management board";

    public const string Report1 = "The youth justice management board should make sure that members attend regularly and hold partners to account for the service's performance.";
    public const string Report2 = "The local authority should make sure that children given an out-of-court disposal have their education needs assessed.";
    public const string Report14 = "The service should improve the quality of planning to keep children and other people safe.";
    public const string Report15 = "The safeguarding partnership should review how it learns from serious incidents involving children who offend.";

    public const string Plan1 = "Board members attend every meeting and challenge partners on the service's performance.";
    public const string Plan2 = "Every child given an out-of-court disposal has an education assessment within 20 days.";
    public const string Plan7 = "Every plan says how the child and other people will be kept safe, and is checked by a manager.";
    public const string Plan8 = "Children's views are gathered at the end of every intervention.";

    public required long InspectionId { get; init; }
    public required long ScaleId { get; init; }
    public required long PlanId { get; init; }
    public required long ReportRec1 { get; init; }
    public required long ReportRec2 { get; init; }
    public required long ReportRec14 { get; init; }
    public required long ReportRec15 { get; init; }
    public required long R1 { get; init; }
    public required long R2 { get; init; }
    public required long R7 { get; init; }
    public required long R8 { get; init; }
    public required long HeadOfYouthJustice { get; init; }
    public required long JulyReview { get; init; }
    public required long OctoberReview { get; init; }

    public static async Task<InspectorateRecommendationList> LoadAsync(Loader loader)
    {
        // HMIP's ratings start at 0: the same scale holds the inspection's judgements and the plan's scores.
        var scaleId = await loader.PostAsync("HMIP rating 0 to 3", "/api/scales", new
        {
            name = $"HMIP rating 0 to 3 {Loader.Tag()}",
            description = "HMIP youth justice ratings.",
            higherIsBetter = (bool?)true,
            directionNotStated = false,
            levels = new[]
            {
                new { value = 0, label = "Inadequate", meaning = (string?)null, colour = (string?)"#d4351c", meansComplete = false },
                new { value = 1, label = "Requires improvement", meaning = (string?)null, colour = (string?)"#ffcc00", meansComplete = false },
                new { value = 2, label = "Good", meaning = (string?)null, colour = (string?)"#92d050", meansComplete = false },
                new { value = 3, label = "Outstanding", meaning = (string?)null, colour = (string?)"#1d70b8", meansComplete = false },
            },
        });

        var inspectionId = await loader.PostAsync("inspection", "/api/inspections", new
        {
            inspectorate = "HMIP",
            kind = "Youth justice inspection",
            title = "An inspection of youth justice services in Westbrook",
            startedOn = "2026-02-02",
            endedOn = "2026-02-13",
            publishedOn = "2026-04-22",
            overallJudgement = "Requires improvement",
            overallLevel = (int?)1,
            judgementScaleId = (long?)scaleId,
            reportReference = "HMIP youth justice inspection report, April 2026",
            judgements = new object[]
            {
                new { area = "Total score", judgement = "Requires improvement", level = (int?)1, scoreText = "26/36", percentage = (double?)null },
                new { area = "Domain one: organisational delivery", judgement = "Inadequate", level = (int?)0, scoreText = (string?)null, percentage = (double?)null },
                new { area = "Domain two: court disposals", judgement = "Good", level = (int?)2, scoreText = (string?)null, percentage = (double?)72 },
                new { area = "Domain three: out-of-court disposals", judgement = "Requires improvement", level = (int?)1, scoreText = (string?)null, percentage = (double?)58.5 },
            },
        });

        async Task<long> ReportRecommendation(string number, string text, string addressee, string paragraphs) =>
            await loader.PostAsync($"report recommendation {number}", $"/api/inspections/{inspectionId}/recommendations",
                new { number, text, addressee, paragraphs, sortOrder = (int?)null });
        var report1 = await ReportRecommendation("1", Report1, Board, "1.1, 1.2");
        var report2 = await ReportRecommendation("2", Report2, "the local authority", "3.3");
        var report14 = await ReportRecommendation("14", Report14, "the service", "2.4, 2.6");
        var report15 = await ReportRecommendation("15", Report15, "the safeguarding partnership", "1.4");

        var planId = await loader.PostAsync("plan", "/api/plans", new
        {
            title = Title, sourceType = "HMIP youth justice inspection", sourceReportDate = "2026-04-22", overallJudgement = "Requires improvement",
            planVersion = "Draft 2", planDate = "2026-05-30", leadHeading = "Lead officer", ownerHeading = (string?)null, status = "active",
            scaleId, groupedByPriority = false, scoreLevel = "recommendation", inspectionId = (long?)inspectionId,
        });

        var head = await loader.PostAsync("person Head of Youth Justice", "/api/people", new { name = "Carys Pugh", jobTitle = "Head of Youth Justice", email = (string?)null });
        var education = await loader.PostAsync("person Virtual School Head", "/api/people", new { name = (string?)null, jobTitle = "Virtual School Head", email = (string?)null });

        async Task<long> Recommendation(string number, string text, string[] addressees, string? area, string? paragraphs, long[] leads, string deadline) =>
            await loader.PostAsync($"plan recommendation {number}", $"/api/plans/{planId}/recommendations", new
            {
                number, text, judgementArea = area, sourceParagraphs = paragraphs, priorityId = (long?)null, deadlineText = deadline,
                leadIds = leads, ownerIds = Array.Empty<long>(), addressees, sortOrder = (int?)null,
            });
        var r1 = await Recommendation("1", Plan1, [Board], "Domain one: organisational delivery", "1.1, 1.2", [head], "Review in Sept 2026");
        var r2 = await Recommendation("2", Plan2, ["the local authority", Board], "Domain three: out-of-court disposals", "3.3", [education, head], "31/03/2027");
        var r7 = await Recommendation("7 (14)", Plan7, ["the service"], "Domain two: court disposals", "2.4, 2.6", [head], "Dec-26");
        var r8 = await Recommendation("8", Plan8, [], null, null, [head], "Ongoing");

        // Which plan item answers which of the report's recommendations; 15 is answered by nothing.
        async Task Link(long reportRecommendation, long planRecommendation, string? note) =>
            await loader.PutAsync($"links of report recommendation {reportRecommendation}",
                $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links",
                new { links = new[] { new { kind = "recommendation", itemId = planRecommendation, note } } },
                readUrl: $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}");
        await Link(report1, r1, null);
        await Link(report2, r2, null);
        await Link(report14, r7, "Renumbered in the plan: report recommendation 14 is plan recommendation 7.");

        async Task<long> Review(string label, string date) =>
            await loader.PostAsync($"review {label}", $"/api/plans/{planId}/reviews",
                new { label, reviewDate = date, reviewer = "Carys Pugh", status = "open", position = (int?)null });
        var july = await Review(July, "2026-07-15");
        var october = await Review(October, "2026-10-14");

        Task Rating(long review, long recommendation, int level, string update, string dated) =>
            loader.ScoreAsync($"rating of plan recommendation {recommendation} in review {review}", planId, review, "recommendations", recommendation, new
            {
                level, recordedAs = (string?)null, narrative = update, narrativeDate = dated, sourceDocument = (string?)null,
                printedDirection = (string?)null, printedDirectionText = (string?)null,
            });
        await Rating(july, r1, 0, "Two of nine members attended in June.", "2026-07-10");
        await Rating(july, r2, 0, "No assessments recorded yet.", "2026-07-10");
        await Rating(july, r7, 1, "Plan template revised.", "2026-07-11");
        await Rating(october, r1, 1, "Six of nine members attended in September.", "2026-10-08");
        await Rating(october, r2, 0, "Assessment pathway agreed; none completed yet.", "2026-10-08");
        await Rating(october, r7, 2, "Audit: 80% of plans address safety well.", "2026-10-09");
        await Rating(october, r8, 2, "Feedback collected from 31 of 40 children.", "2026-10-09");

        await loader.PutAsync($"review {July} closed", $"/api/plans/{planId}/reviews/{july}",
            new { label = July, reviewDate = "2026-07-15", reviewer = "Carys Pugh", status = "closed", position = (int?)null });

        return new InspectorateRecommendationList
        {
            InspectionId = inspectionId, ScaleId = scaleId, PlanId = planId, ReportRec1 = report1, ReportRec2 = report2,
            ReportRec14 = report14, ReportRec15 = report15, R1 = r1, R2 = r2, R7 = r7, R8 = r8, HeadOfYouthJustice = head,
            JulyReview = july, OctoberReview = october,
        };
    }
}
