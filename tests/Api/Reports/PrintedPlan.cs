namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// A development plan held as the council printed it, for the report tests of issue 10 (built through the API, one per
/// test). Progress 1 to 5 (higher is better; 4 and 5 mean complete), scored at success-measure level, grouped by
/// priority, with the plan's own column headings "Assigned lead" and "Responsible officer", version v3.2 of 1 March 2026.
///
///   Priority 1 Help and protection
///     Recommendation 1, addressed to the local authority and the safeguarding partnership, lead Dana Whitfield
///       Action A, responsible officer Owen Price, deadline Sep-26
///         M1 "1"        no people or deadline of its own: Dana from recommendation 1, Owen and Sep-26 from action A
///         M2 unnumbered lead Mo Ahmed, deadline 01/02/2027 (1 February or 2 January: a date to confirm)
///   Priority 2 Children in care
///     an unnumbered action, deadline Mar-27
///       M3 "1"        Mar-27 from "the action above"
///
///            RAG 07/26 (31 July 2026)   RAG 09/26 (30 September 2026)
///   M1       3                          3, printed "Improved" (improving): the scores say maintained
///   M2       2                          5, copied from "Improvement plan v3.2, September 2026": complete as printed
///   M3       2                          3
///
/// At RAG 09/26: over items (3 + 5 + 3) / 3 = 3.7; priority 1 (3 + 5) / 2 = 4.0, priority 2 3.0, over priorities 3.5.
/// Printed for RAG 09/26: the whole plan 3.5 (the mean of the priority figures), priority 2 2.5 (the scores give 3.0).
/// </summary>
public sealed class PrintedPlan
{
    public const string SourceDocument = "Improvement plan v3.2, September 2026";

    public long PlanId { get; private init; }
    public long Priority1 { get; private init; }
    public long Priority2 { get; private init; }
    public long Recommendation1 { get; private init; }
    public long ActionA { get; private init; }
    public long UnnumberedAction { get; private init; }
    public long M1 { get; private init; }
    public long M2 { get; private init; }
    public long M3 { get; private init; }
    /// <summary>RAG 07/26, RAG 09/26.</summary>
    public long[] Reviews { get; private init; } = [];

    private sealed record Created(long Id);

    private static async Task<long> CreatedAsync(HttpClient client, string url, object body) =>
        (await (await client.PostJsonAsync(url, body)).ReadAsync<Created>()).Id;

    public static async Task<PrintedPlan> CreateAsync(HttpClient client)
    {
        var planId = await CreatedAsync(client, "/api/plans", new
        {
            title = "Printed development plan", sourceType = "Ofsted ILACS inspection", sourceReportDate = "2026-03-14", status = "active",
            scaleId = 1, groupedByPriority = true, scoreLevel = "measure", planVersion = "v3.2", planDate = "2026-03-01",
            leadHeading = "Assigned lead", ownerHeading = "Responsible officer",
        });
        var dana = await Arrange.PersonAsync("Dana Whitfield", "Head of Service");
        var owen = await Arrange.PersonAsync("Owen Price", "Service Manager");
        var mo = await Arrange.PersonAsync("Mo Ahmed", "Team Manager");
        var p1 = await Arrange.PriorityAsync(client, planId, "1", "Help and protection");
        var p2 = await Arrange.PriorityAsync(client, planId, "2", "Children in care");
        var r1 = await CreatedAsync(client, $"/api/plans/{planId}/recommendations", new
        {
            number = "1", text = "Improve the quality of assessments.", priorityId = p1, leadIds = new[] { dana },
            addressees = new[] { "the local authority", "the safeguarding partnership" },
        });
        var a = await Arrange.ActionAsync(client, planId, recommendationId: r1, code: "A", responsibleOfficerId: owen, deadlineText: "Sep-26");
        var unnumbered = await Arrange.ActionAsync(client, planId, priorityId: p2, code: null, description: "Review every care plan.", deadlineText: "Mar-27");
        var m1 = await Arrange.MeasureAsync(client, planId, a, "Supervision every 4 weeks for 90% of social workers", number: "1");
        var m2 = await Arrange.MeasureAsync(client, planId, a, "Audit grades good or better for 80% of files", leadIds: [mo], deadlineText: "01/02/2027");
        var m3 = await Arrange.MeasureAsync(client, planId, unnumbered, "Every child in care has an up-to-date care plan", number: "1");

        var reviews = new List<long>();
        foreach (var (label, date) in new[] { ("RAG 07/26", "2026-07-31"), ("RAG 09/26", "2026-09-30") })
            reviews.Add(await CreatedAsync(client, $"/api/plans/{planId}/reviews", new { label, reviewDate = date }));

        async Task Score(int review, long measure, object body)
        {
            var response = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviews[review]}/scores/measures/{measure}", body, null);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        await Score(0, m1, new { level = 3, narrative = "On track" });
        await Score(0, m2, new { level = 2, narrative = "Started late" });
        await Score(0, m3, new { level = 2, narrative = "Started late" });
        await Score(1, m1, new { level = 3, narrative = "Still on track", printedDirection = "improving", printedDirectionText = "Improved" });
        await Score(1, m2, new { level = 5, narrative = "Completed", sourceDocument = SourceDocument });
        await Score(1, m3, new { level = 3, narrative = "Care plans caught up" });

        var printed = $"/api/plans/{planId}/reviews/{reviews[1]}/reported-averages";
        foreach (var body in new object[] { new { value = 3.5, source = "Board report, September 2026" }, new { priorityId = p2, value = 2.5 } })
        {
            var response = await client.PostJsonAsync(printed, body);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return new PrintedPlan
        {
            PlanId = planId, Priority1 = p1, Priority2 = p2, Recommendation1 = r1, ActionA = a, UnnumberedAction = unnumbered,
            M1 = m1, M2 = m2, M3 = m3, Reviews = [.. reviews],
        };
    }
}
