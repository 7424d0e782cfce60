namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// Shape 3 of docs/domain.md, "Peer review plan": Recommendation; Actions; Timeframe; RAG as a word (COMPLETED, AMBER,
/// GREEN); Update (dated); Lead (initials). Numbers such as "7 (14)" keep the review's own numbering after rows were
/// merged. One row was printed COMPLETED in board papers before the tracker existed. Scored with the built-in RAG words
/// scale (1 Red, 2 Amber, 3 Green, 4 Completed). Invented content, in the style of such plans.
///
///                    Update June 2026 (24/06/26)          Update October 2026 (21/10/26)
///   1                COMPLETED (as printed in March)       COMPLETED (as printed)
///   5 (6, 7)         AMBER                                 GREEN, plus a log entry dated 2 October
///   7 (14)           AMBER                                 update not available
///   9 (12)           GREEN                                 GREEN
///
///   Printed beside October: "COMPLETED 6" (the scores give 1), "GREEN 67%" (2 of the 3 scored rows: agrees),
///   "Areas reviewed: 14 areas, merged into 11" (kept as text, cannot be checked).
/// </summary>
public sealed record PeerReviewPlan
{
    public const string Title = "SEND local area peer review: action plan";
    public const string June = "Update June 2026";
    public const string October = "Update October 2026";
    public const string Source = "SEND peer review action plan, board papers, March 2026";

    public const string Rec1 = "Agree a shared SEND strategy with health partners, with clear outcomes for children and young people.";
    public const string Rec5 = "Improve the timeliness and quality of education, health and care plans.";
    public const string Rec7 = "Make the local offer easier for families to find and use.";
    public const string Rec9 = "Strengthen how the views of children and families shape services.";
    public const string Rec5Action = "Weekly tracker meeting for plans in progress; every draft plan quality assured.";

    public const string Rec1June = "Strategy signed off by the health and wellbeing board.";
    public const string Rec1October = "Refresh of the strategy planned for 2027.";
    public const string Rec5October = "81% of plans issued within 20 weeks in September.";
    public const string Rec5Log = "Tracker meeting moved to weekly from this month.";

    public required long PlanId { get; init; }
    public required long R1 { get; init; }
    public required long R5 { get; init; }
    public required long R7 { get; init; }
    public required long R9 { get; init; }
    public required long JT { get; init; }
    public required long JuneReview { get; init; }
    public required long OctoberReview { get; init; }
    public required long LogEntry { get; init; }

    public static async Task<PeerReviewPlan> LoadAsync(Loader loader)
    {
        var planId = await loader.PostAsync("plan", "/api/plans", new
        {
            title = Title, sourceType = "SEND local area peer review", sourceReportDate = "2025-11-12",
            overallJudgement = (string?)null, planVersion = (string?)null, planDate = (string?)null,
            leadHeading = "Lead", ownerHeading = (string?)null, status = "active", scaleId = 3L,
            groupedByPriority = false, scoreLevel = "recommendation", inspectionId = (long?)null,
        });

        // Leads are printed as initials: that is the name as printed, with no job title to add.
        async Task<long> Initials(string initials) =>
            await loader.PostAsync($"lead {initials}", "/api/people", new { name = initials, jobTitle = (string?)null, email = (string?)null });
        var jt = await Initials("JT");
        var rm = await Initials("RM");
        var sk = await Initials("SK");

        async Task<long> Recommendation(string number, string text, long[] leads, string timeframe, string action)
        {
            var id = await loader.PostAsync($"recommendation {number}", $"/api/plans/{planId}/recommendations", new
            {
                number, text, judgementArea = (string?)null, sourceParagraphs = (string?)null, priorityId = (long?)null,
                deadlineText = timeframe, leadIds = leads, ownerIds = Array.Empty<long>(), addressees = Array.Empty<string>(), sortOrder = (int?)null,
            });
            // The Actions cell is one unlettered paragraph.
            await loader.PostAsync($"action of recommendation {number}", $"/api/plans/{planId}/actions", new
            {
                recommendationId = id, priorityId = (long?)null, code = (string?)null, description = action, sourceReference = (string?)null,
                leadIds = Array.Empty<long>(), ownerIds = Array.Empty<long>(), deadlineText = (string?)null, sortOrder = (int?)null,
            });
            return id;
        }
        var r1 = await Recommendation("1", Rec1, [jt], "Completed April 2026",
            "Strategy written with the parent carer forum and signed off by the health and wellbeing board.");
        var r5 = await Recommendation("5 (6, 7)", Rec5, [rm, sk], "Sept 26 / ongoing", Rec5Action);
        var r7 = await Recommendation("7 (14)", Rec7, [sk], "June/July 2026", "Redesign the local offer website with parents.");
        var r9 = await Recommendation("9 (12)", Rec9, [jt], "Review in January 2027", "A 'you said, we did' report to the SEND board every quarter.");

        async Task<long> Review(string label, string date) =>
            await loader.PostAsync($"review {label}", $"/api/plans/{planId}/reviews",
                new { label, reviewDate = date, reviewer = (string?)null, status = "open", position = (int?)null });
        var june = await Review(June, "2026-06-24");
        var october = await Review(October, "2026-10-21");

        Task Rag(long review, long recommendation, int? level, string word, string? update, string? dated, string? source = null) =>
            loader.ScoreAsync($"RAG {word} of recommendation {recommendation} in review {review}", planId, review, "recommendations", recommendation, new
            {
                level, recordedAs = word, narrative = update, narrativeDate = dated, sourceDocument = source,
                printedDirection = (string?)null, printedDirectionText = (string?)null,
            });
        // COMPLETED was printed before the tracker existed: held with the document it came from, and no evidence made up.
        await Rag(june, r1, 4, "COMPLETED", Rec1June, "2026-03-10", Source);
        await Rag(june, r5, 2, "AMBER", "68% of plans issued within 20 weeks.", "2026-06-20");
        await Rag(june, r7, 2, "AMBER", "Website redesign commissioned.", "2026-06-18");
        await Rag(june, r9, 3, "GREEN", "Young people's panel met twice.", "2026-06-19");
        await Rag(october, r1, 4, "COMPLETED", Rec1October, "2026-10-15", Source);
        await Rag(october, r5, 3, "GREEN", Rec5October, "2026-10-14");
        await Rag(october, r7, null, "update not available", null, null);
        await Rag(october, r9, 3, "GREEN", "Panel's report on short breaks presented to the SEND board.", "2026-10-16");

        var logEntry = await loader.PostAsync("log entry of recommendation 5", $"/api/plans/{planId}/items/recommendation/{r5}/updates",
            new { reviewId = october, writtenOn = "2026-10-02", text = Rec5Log, author = "RM", sourceDocument = "Peer review action plan, October update" });

        async Task Figure(string kind, int? level, string label, string valueText, string? claims) =>
            await loader.PostAsync($"printed figure {label} {valueText}", $"/api/plans/{planId}/printed-figures", new
            {
                reviewId = october, priorityId = (long?)null, kind, level, label, valueText, value = (double?)null, claims,
                source = "SEND board report, October 2026, summary table",
            });
        await Figure("countAtLevel", 4, "COMPLETED", "6", "Recommendations completed");
        await Figure("percentageAtLevel", 3, "GREEN", "67%", "Share of recommendations rated green");
        await Figure("other", null, "Areas reviewed", "14 areas, merged into 11", null);

        await loader.PutAsync($"review {June} closed", $"/api/plans/{planId}/reviews/{june}",
            new { label = June, reviewDate = "2026-06-24", reviewer = (string?)null, status = "closed", position = (int?)null });

        return new PeerReviewPlan
        {
            PlanId = planId, R1 = r1, R5 = r5, R7 = r7, R9 = r9, JT = jt, JuneReview = june, OctoberReview = october, LogEntry = logEntry,
        };
    }
}
