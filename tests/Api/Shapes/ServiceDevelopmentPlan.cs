namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// Shape 2 of docs/domain.md, "Service development plan": numbered priorities with an outcome statement, actions under
/// each, and success measures under each action as the scored rows, with a Lead and a Responsible officer (a measure's
/// own where printed, its action's otherwise), a deadline, "RAG initial" and "RAG mm/yy" columns known only by their
/// labels, a progress update, an action tagged "Ofsted rec 14", and each priority's average typed under the table.
/// Scored on the built-in 1 to 5 progress scale. Invented content, in the style of such plans.
///
///   priority / action / measure        RAG initial  RAG 05/26  RAG 09/26        RAG 11/26 (placeholders)
///   1 / 1.1 / a  own lead, officer, deadline   1        2          3                "0"
///   1 / 1.1 (unnumbered)                       1        2          3                "0"
///   1 / 1.2 / a  (Ofsted rec 14)               2        3          3                "0"
///   2 / 2.1 / a                                1        2          2                "Score - please select"
///   2 / 2.1 / b  own deadline                  1        1          3                "0"
///   3 / 3.1 / a                                2        3          4 (evidence)     "0"
///
///   Averages at RAG 09/26: priorities 3.0, 2.5, 4.0; over items 18 / 6 = 3.0; over priorities 9.5 / 3 = 3.17, so 3.2.
///   Printed: priority 1 "3.0" (agrees), priority 2 "2.8" (disagrees: the scores give 2.5), overall "3.2" (the mean of
///   the priority figures). At RAG 05/26: over items 13 / 6 = 2.17, so 2.2; over priorities (2.33 + 1.5 + 3) / 3 = 2.3.
/// </summary>
public sealed record ServiceDevelopmentPlan
{
    public const string Title = "Children's services development plan 2026 to 2028";
    public const string Initial = "RAG initial";
    public const string May = "RAG 05/26";
    public const string September = "RAG 09/26";
    public const string November = "RAG 11/26";

    public const string Priority1 = "Children get the right help at the right time";
    public const string Priority2 = "Children in care live in stable homes";
    public const string Priority3 = "A stable, skilled workforce";
    public const string Outcome1 = "Families get help as soon as needs emerge, and fewer children need a statutory service.";
    public const string Outcome2 = "Children in care move home less often, and their plans say what they have told us.";
    public const string Outcome3 = "Social workers stay with us and have caseloads they can manage.";

    public const string Action11 = "Open a single front door for early help and statutory referrals.";
    public const string Action12 = "Audit step-up and step-down decisions every quarter.";
    public const string Action21 = "Hold a placement stability meeting after a child's second move in 12 months.";
    public const string Action31 = "Run a recruitment and retention campaign for experienced social workers.";

    public const string M1 = "85% of contacts have a decision within one working day.";
    public const string M2 = "Re-referrals within 12 months fall below 20%.";
    public const string M3 = "Quarterly audits find 80% of step-down decisions appropriate.";
    public const string M4 = "No more than 9% of children in care have three or more moves in a year.";
    public const string M5 = "Every care plan records the child's wishes and feelings.";
    public const string M6 = "Agency social workers below 15% of the workforce.";

    public const string M1September = "Front door open since July; 82% of contacts decided within a day in August.";
    public const string M6Evidence = "Workforce report to the development board, September 2026: agency rate 13%.";

    public required long PlanId { get; init; }
    public required long P1 { get; init; }
    public required long P2 { get; init; }
    public required long P3 { get; init; }
    public required long A11 { get; init; }
    public required long A12 { get; init; }
    public required long A21 { get; init; }
    public required long A31 { get; init; }
    public required long Measure1 { get; init; }
    public required long Measure2 { get; init; }
    public required long Measure3 { get; init; }
    public required long Measure4 { get; init; }
    public required long Measure5 { get; init; }
    public required long Measure6 { get; init; }
    public required long Priya { get; init; }
    public required long InitialReview { get; init; }
    public required long MayReview { get; init; }
    public required long SeptemberReview { get; init; }
    public required long NovemberReview { get; init; }
    public required long[] Measures { get; init; }

    public static async Task<ServiceDevelopmentPlan> LoadAsync(Loader loader)
    {
        var planId = await loader.PostAsync("plan", "/api/plans", new
        {
            title = Title, sourceType = "Ofsted ILACS inspection", sourceReportDate = "2025-12-05",
            overallJudgement = "Requires improvement to be good", planVersion = "v7", planDate = "2026-04-01",
            leadHeading = "Lead", ownerHeading = "Responsible officer", status = "active", scaleId = 1L,
            groupedByPriority = true, scoreLevel = "measure", inspectionId = (long?)null,
        });

        async Task<long> Person(string? name, string jobTitle) =>
            await loader.PostAsync($"person {name ?? jobTitle}", "/api/people", new { name, jobTitle, email = (string?)null });
        var priya = await Person("Priya Raman", "Head of Service, Early Help");
        var owen = await Person("Owen Hughes", "Team Manager, Front Door");
        var sasha = await Person("Sasha Bennett", "Service Manager, Children in Care");
        var corporateParenting = await Person(null, "Head of Service, Corporate Parenting");
        var kwame = await Person("Kwame Mensah", "Workforce Development Manager");
        var lucy = await Person("Lucy Fairbrother", "Practice Educator");

        async Task<long> Priority(string number, string title, string outcome) =>
            await loader.PostAsync($"priority {number}", $"/api/plans/{planId}/priorities",
                new { number, title, outcomeStatement = outcome, sortOrder = (int?)null });
        var p1 = await Priority("1", Priority1, Outcome1);
        var p2 = await Priority("2", Priority2, Outcome2);
        var p3 = await Priority("3", Priority3, Outcome3);

        async Task<long> Action(long priorityId, string code, string text, long lead, long[] officers, string deadline, string? source = null) =>
            await loader.PostAsync($"action {code}", $"/api/plans/{planId}/actions", new
            {
                recommendationId = (long?)null, priorityId, code, description = text, sourceReference = source,
                leadIds = new[] { lead }, ownerIds = officers, deadlineText = deadline, sortOrder = (int?)null,
            });
        var a11 = await Action(p1, "1.1", Action11, priya, [owen], "June - Dec 26");
        var a12 = await Action(p1, "1.2", Action12, priya, [owen], "Mar-27", source: "Ofsted rec 14");
        var a21 = await Action(p2, "2.1", Action21, sasha, [corporateParenting], "May 26 - March 27");
        var a31 = await Action(p3, "3.1", Action31, kwame, [], "August 26 & March 2027");

        async Task<long> Measure(long actionId, string? number, string text, long[] leads, long[] officers, string? deadline) =>
            await loader.PostAsync($"success measure \"{text}\"", $"/api/plans/{planId}/actions/{actionId}/measures",
                new { number, text, leadIds = leads, ownerIds = officers, deadlineText = deadline, sortOrder = (int?)null });
        // The first measure names its own lead, responsible officer and deadline; the others leave those cells to their action's.
        var m1 = await Measure(a11, "a", M1, [lucy], [owen], "31/01/2027");
        var m2 = await Measure(a11, null, M2, [], [], null);
        var m3 = await Measure(a12, "a", M3, [], [], null);
        var m4 = await Measure(a21, "a", M4, [], [], null);
        var m5 = await Measure(a21, "b", M5, [], [], "Sept 26 / ongoing");
        var m6 = await Measure(a31, "a", M6, [], [], null);
        long[] measures = [m1, m2, m3, m4, m5, m6];

        // The sheet printed only the column labels. "RAG initial" was typed in last but is the first column.
        async Task<long> Review(string label, int? position) =>
            await loader.PostAsync($"review {label}", $"/api/plans/{planId}/reviews",
                new { label, reviewDate = (string?)null, reviewer = (string?)null, status = "open", position });
        var may = await Review(May, null);
        var september = await Review(September, null);
        var november = await Review(November, null);
        var initial = await Review(Initial, 1);

        async Task Scores(long review, string label, int?[] levels, string?[] narratives, string?[]? recordedAs = null)
        {
            for (var i = 0; i < measures.Length; i++)
                await loader.ScoreAsync($"{label} score of \"{measures[i]}\"", planId, review, "measures", measures[i], new
                {
                    level = levels[i], recordedAs = recordedAs?[i], narrative = narratives[i], narrativeDate = (string?)null,
                    evidence = levels[i] >= 4 ? M6Evidence : null, sourceDocument = (string?)null,
                    printedDirection = (string?)null, printedDirectionText = (string?)null,
                });
        }
        await Scores(initial, Initial, [1, 1, 2, 1, 1, 2], [null, null, null, null, null, null]);
        await Scores(may, May, [2, 2, 3, 2, 1, 3],
            ["Front door staffing agreed.", "Re-referral rate 27%.", "First audit done.", "Two stability meetings held.", null, "Campaign agreed."]);
        await Scores(september, September, [3, 3, 3, 2, 3, 4],
            [M1September, "Re-referral rate 22% (July to September).", "Second audit: 81% appropriate.",
             "Stability meetings held for 11 children.", "Wishes and feelings recorded in 47 of 50 plans sampled.", "Agency rate 13% in August."]);
        // Next review's column, typed in ahead with zeros and a drop-down left on its prompt: no scores at all.
        await Scores(november, November, [null, null, null, null, null, null], [null, null, null, null, null, null],
            ["0", "0", "0", "Score - please select", "0", "0"]);

        async Task Average(long review, long? priorityId, double value, string source) =>
            await loader.PostAsync($"printed average {value} in review {review}", $"/api/plans/{planId}/reviews/{review}/reported-averages",
                new { priorityId, value, source });
        await Average(may, null, 2.3, "Development plan, RAG 05/26, overall average");
        await Average(september, p1, 3.0, "Development plan, RAG 09/26, priority 1 average row");
        await Average(september, p2, 2.8, "Development plan, RAG 09/26, priority 2 average row");
        await Average(september, null, 3.2, "Development plan, RAG 09/26, overall average");

        foreach (var (review, label) in new[] { (initial, Initial), (may, May), (september, September) })
            await loader.PutAsync($"review {label} closed", $"/api/plans/{planId}/reviews/{review}",
                new { label, reviewDate = (string?)null, reviewer = (string?)null, status = "closed", position = (int?)null });

        return new ServiceDevelopmentPlan
        {
            PlanId = planId, P1 = p1, P2 = p2, P3 = p3, A11 = a11, A12 = a12, A21 = a21, A31 = a31,
            Measure1 = m1, Measure2 = m2, Measure3 = m3, Measure4 = m4, Measure5 = m5, Measure6 = m6, Priya = priya,
            InitialReview = initial, MayReview = may, SeptemberReview = september, NovemberReview = november, Measures = measures,
        };
    }
}
