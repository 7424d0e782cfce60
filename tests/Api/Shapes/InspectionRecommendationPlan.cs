namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// Shape 1 of docs/domain.md, "Inspection recommendation plan": one row per recommendation, with an assigned lead
/// (often two people), the score at the last review and at this one ("Update November 26"), a direction of travel
/// picked from a list, the actions lettered A, B, C inside one cell, owners and "By when". The header gives the plan's
/// version and date, the reviewer and the date of the review. The score runs 1 to 3 and nobody wrote down which end is
/// good. The plan answers an Ofsted inspection whose judgements are in Ofsted's words, with no levels, and whose three
/// recommendations the plan's three answer in the same order. Invented content, in the style of such plans.
///
///                                  Update September 26 (21/09/26)   Update November 26 (16/11/26)   printed direction
///   1  front door decisions        2                                2                               "Improving" (the score did not move)
///   2  plans for children in care  3                                2 (undated update)              "Improving"
///   3  children who go missing     2                                1                               "Improving"
/// </summary>
public sealed record InspectionRecommendationPlan
{
    public const string Title = "Inspection of children's services: recommendation action plan";
    public const string Reviewer = "Anita Broadbent, Assistant Director, Safeguarding";
    public const string September = "Update September 26";
    public const string November = "Update November 26";

    public const string Rec1 = "Make sure that managers' decisions on contacts and referrals are timely, recorded and explain why.";
    public const string Rec2 = "Improve plans for children in care so that they are specific, measurable and reviewed on time.";
    public const string Rec3 = "Strengthen oversight of children who go missing, including the quality of return home interviews.";
    public const string Rec1ActionA = "Team managers record the reason for every contact decision within 24 hours.";
    public const string Rec1ActionB = "Monthly dip sample of 20 contacts, with findings taken to the practice forum.";
    public const string Rec1Unlettered = "Refresh the threshold document with partners and relaunch it at the partnership conference.";
    public const string Rec2ActionA = "Independent reviewing officers check every plan against a quality checklist.";
    public const string Rec3ActionA = "Return home interviews offered within 72 hours and tracked weekly.";

    public const string Rec1September = "Reason recorded on 61% of contacts sampled in August.";
    public const string Rec1November = "Reason recorded on 68% of contacts sampled in October.";
    public const string Rec2September = "Checklist agreed; audits start in October.";
    public const string Rec2November = "First audit: 14 of 30 plans met the checklist.";
    public const string Rec3September = "Interviews offered within 72 hours for 70% of missing episodes.";
    public const string Rec3November = "Interviews offered within 72 hours for 86% of missing episodes.";

    public required long InspectionId { get; init; }
    public required long[] ReportRecommendations { get; init; }
    public required long PlanId { get; init; }
    public required long ScaleId { get; init; }
    public required long Marion { get; init; }
    public required long Daniel { get; init; }
    /// <summary>Named by role only, and stays so: "Principal Social Worker".</summary>
    public required long PrincipalSocialWorker { get; init; }
    /// <summary>Named by role only until the board learns who it is, then linked to <see cref="Grace"/>.</summary>
    public required long HeadOfServiceChildrenInCare { get; init; }
    public required long Grace { get; init; }
    public required long R1 { get; init; }
    public required long R2 { get; init; }
    public required long R3 { get; init; }
    public required long ActionA { get; init; }
    public required long ActionB { get; init; }
    public required long Unlettered { get; init; }
    public required long SeptemberReview { get; init; }
    public required long NovemberReview { get; init; }

    public static async Task<InspectionRecommendationPlan> LoadAsync(Loader loader)
    {
        var scaleId = await loader.PostAsync("1 to 3 score whose direction was not stated", "/api/scales", new
        {
            name = $"Recommendation score 1 to 3, direction not stated {Loader.Tag()}",
            description = "As printed: a score of 1 to 3 with no key to say which end is good.",
            higherIsBetter = (bool?)null,
            directionNotStated = true,
            levels = new[]
            {
                new { value = 1, label = "One", meaning = (string?)null, colour = (string?)null, meansComplete = false },
                new { value = 2, label = "Two", meaning = (string?)null, colour = (string?)null, meansComplete = false },
                new { value = 3, label = "Three", meaning = (string?)null, colour = (string?)null, meansComplete = false },
            },
        });

        // Ofsted's judgements are words; nothing here is a level on any scale.
        var inspectionId = await loader.PostAsync("Ofsted inspection", "/api/inspections", new
        {
            inspectorate = "Ofsted", kind = "ILACS", title = "Inspection of children's social care services",
            startedOn = "2026-04-27", endedOn = "2026-05-08", publishedOn = "2026-05-20",
            overallJudgement = "Requires improvement to be good", overallLevel = (int?)null, judgementScaleId = (long?)null,
            reportReference = (string?)null,
            judgements = new[]
            {
                new { area = "The impact of leaders on social work practice with children and families", judgement = "Requires improvement to be good", level = (int?)null, scoreText = (string?)null, percentage = (double?)null },
                new { area = "The experiences and progress of children who need help and protection", judgement = "Inadequate", level = (int?)null, scoreText = (string?)null, percentage = (double?)null },
                new { area = "The experiences and progress of children in care", judgement = "Requires improvement to be good", level = (int?)null, scoreText = (string?)null, percentage = (double?)null },
                new { area = "The experiences and progress of care leavers", judgement = "Good", level = (int?)null, scoreText = (string?)null, percentage = (double?)null },
            },
        });
        var reportRecommendations = new List<long>();
        foreach (var (number, text) in new[] { ("1", Rec1), ("2", Rec2), ("3", Rec3) })
            reportRecommendations.Add(await loader.PostAsync($"Ofsted recommendation {number}", $"/api/inspections/{inspectionId}/recommendations",
                new { number, text, addressee = "the local authority", paragraphs = (string?)null, sortOrder = (int?)null }));

        var planId = await loader.PostAsync("plan", "/api/plans", new
        {
            title = Title,
            sourceType = "Ofsted ILACS inspection",
            sourceReportDate = "2026-05-20",
            overallJudgement = "Requires improvement to be good",
            planVersion = "v3.1",
            planDate = "2026-11-02",
            leadHeading = "Assigned lead",
            ownerHeading = "Owner(s)",
            status = "active",
            scaleId,
            groupedByPriority = false,
            scoreLevel = "recommendation",
            inspectionId = (long?)inspectionId,
        });

        async Task<long> Person(string? name, string jobTitle) =>
            await loader.PostAsync($"person {name ?? jobTitle}", "/api/people", new { name, jobTitle, email = (string?)null });
        var marion = await Person("Marion Keane", "Service Manager, Assessment and Intervention");
        var daniel = await Person("Daniel Osei", "Strategic Lead, Quality and Performance");
        var psw = await Person(null, "Principal Social Worker");
        var headOfService = await Person(null, "Head of Service, Children in Care");
        var grace = await Person("Grace Whitlock", "Head of Service, Children in Care");

        async Task<long> Recommendation(string number, string text, long[] leads, long[] owners, string deadline) =>
            await loader.PostAsync($"recommendation {number}", $"/api/plans/{planId}/recommendations", new
            {
                number, text, judgementArea = (string?)null, sourceParagraphs = (string?)null, priorityId = (long?)null,
                deadlineText = deadline, leadIds = leads, ownerIds = owners, addressees = Array.Empty<string>(), sortOrder = (int?)null,
            });
        var r1 = await Recommendation("1", Rec1, [marion, daniel], [psw], "December 2026");
        var r2 = await Recommendation("2", Rec2, [headOfService, daniel], [], "Ongoing");
        // "01/02/2027" could be 1 February or 2 January: the tracker reads it day first and asks for it to be confirmed.
        var r3 = await Recommendation("3", Rec3, [marion], [], "01/02/2027");

        // The actions are lettered inside the recommendation's cell; one was written without a letter. An action with no
        // people or "By when" of its own answers to its recommendation's.
        async Task<long> Action(long recommendationId, string? code, string text, long[] leads, long[] owners, string? deadline, string? source = null) =>
            await loader.PostAsync($"action {code ?? "(unlettered)"} of \"{text}\"", $"/api/plans/{planId}/actions", new
            {
                recommendationId, priorityId = (long?)null, code, description = text, sourceReference = source,
                leadIds = leads, ownerIds = owners, deadlineText = deadline, sortOrder = (int?)null,
            });
        var actionA = await Action(r1, "A", Rec1ActionA, [], [], null);
        var actionB = await Action(r1, "B", Rec1ActionB, [daniel], [psw], "Mar-27");
        var unlettered = await Action(r1, null, Rec1Unlettered, [], [], null, source: "Report paragraph 27");
        await Action(r2, "A", Rec2ActionA, [], [], null);
        await Action(r3, "A", Rec3ActionA, [], [], null);

        async Task<long> Review(string label, string date) =>
            await loader.PostAsync($"review {label}", $"/api/plans/{planId}/reviews",
                new { label, reviewDate = date, reviewer = Reviewer, status = "open", position = (int?)null });
        var september = await Review(September, "2026-09-21");
        var november = await Review(November, "2026-11-16");

        Task Score(long review, long recommendation, int level, string narrative, string? narrativeDate, string? printed = null) =>
            loader.ScoreAsync($"score of recommendation {recommendation} in review {review}", planId, review, "recommendations", recommendation, new
            {
                level, recordedAs = (string?)null, narrative, narrativeDate, sourceDocument = (string?)null,
                printedDirection = printed, printedDirectionText = printed is null ? null : "Improving",
            });
        await Score(september, r1, 2, Rec1September, "2026-09-14");
        await Score(september, r2, 3, Rec2September, null);
        await Score(september, r3, 2, Rec3September, "2026-09-15");
        await Score(november, r1, 2, Rec1November, "2026-11-09", printed: "improving");
        await Score(november, r2, 2, Rec2November, null, printed: "improving");
        await Score(november, r3, 1, Rec3November, "2026-11-10", printed: "improving");

        foreach (var (reportRecommendation, planRecommendation) in reportRecommendations.Zip([r1, r2, r3]))
            await loader.PutAsync($"links of Ofsted recommendation {reportRecommendation}",
                $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links",
                new { links = new[] { new { kind = "recommendation", itemId = planRecommendation, note = (string?)null } } },
                readUrl: $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}");

        await loader.PutAsync($"review {September} closed", $"/api/plans/{planId}/reviews/{september}",
            new { label = September, reviewDate = "2026-09-21", reviewer = Reviewer, status = "closed", position = (int?)null });

        return new InspectionRecommendationPlan
        {
            InspectionId = inspectionId, ReportRecommendations = [.. reportRecommendations], PlanId = planId, ScaleId = scaleId, Marion = marion, Daniel = daniel, PrincipalSocialWorker = psw,
            HeadOfServiceChildrenInCare = headOfService, Grace = grace, R1 = r1, R2 = r2, R3 = r3,
            ActionA = actionA, ActionB = actionB, Unlettered = unlettered, SeptemberReview = september, NovemberReview = november,
        };
    }
}
