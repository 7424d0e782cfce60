using System.Net;

namespace ActionPlanTracker.Tests.Api;

/// <summary>
/// Builds what a test needs through the API, as a user would, and returns the new ids. Every test arranges its own plan:
/// the database is shared by the whole run.
/// </summary>
public static class Arrange
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Arrange");

    public static async Task<long> PlanAsync(HttpClient client, long scaleId = 2, bool groupedByPriority = false,
        string scoreLevel = "recommendation", string title = "Ofsted ILACS 2026 action plan", long? inspectionId = null) =>
        await CreatedIdAsync(client, "/api/plans", new
        {
            title,
            sourceType = "Ofsted ILACS inspection",
            sourceReportDate = "2026-03-14",
            overallJudgement = "Requires improvement to be good",
            status = "active",
            scaleId,
            groupedByPriority,
            scoreLevel,
            inspectionId,
        });

    /// <summary>An inspection as its report printed it, without judgements unless given.</summary>
    public static async Task<long> InspectionAsync(HttpClient client, string inspectorate = "Ofsted", string? kind = "ILACS",
        string? overallJudgement = "Requires improvement to be good", object[]? judgements = null) =>
        await CreatedIdAsync(client, "/api/inspections", new
        {
            inspectorate, kind, title = "Inspection of children's social care services", publishedOn = "2026-03-14",
            overallJudgement, judgements = judgements ?? [],
        });

    /// <summary>One of an inspection report's recommendations.</summary>
    public static async Task<long> InspectionRecommendationAsync(HttpClient client, long inspectionId, string? number = "1",
        string text = "Improve the quality of assessments and plans.", string? addressee = "the local authority", string? paragraphs = null) =>
        await CreatedIdAsync(client, $"/api/inspections/{inspectionId}/recommendations", new { number, text, addressee, paragraphs });

    /// <summary>A person with no email, so any number of tests can add "Jo Bloggs".</summary>
    public static async Task<long> PersonAsync(string name, string? jobTitle = null) =>
        await CreatedIdAsync(Admin, "/api/people", new { name, jobTitle });

    public static async Task<long> PriorityAsync(HttpClient client, long planId, string number = "1",
        string title = "Children in need of help and protection get the right help at the right time",
        string? outcomeStatement = null, int? sortOrder = null) =>
        await CreatedIdAsync(client, $"/api/plans/{planId}/priorities", new { number, title, outcomeStatement, sortOrder });

    public static async Task<long> RecommendationAsync(HttpClient client, long planId, string number = "1",
        string text = "Improve the quality and timeliness of assessments.", long? priorityId = null,
        IReadOnlyList<long>? leadIds = null, string? deadlineText = null, int? sortOrder = null) =>
        await CreatedIdAsync(client, $"/api/plans/{planId}/recommendations",
            new { number, text, priorityId, leadIds = leadIds ?? [], deadlineText, sortOrder });

    /// <summary>
    /// An action under a recommendation or a priority (give exactly one). A development plan's single lead and responsible
    /// officer are a lead list of one and the first owner.
    /// </summary>
    public static async Task<long> ActionAsync(HttpClient client, long planId, long? recommendationId = null, long? priorityId = null,
        string? code = "A", string description = "Audit 20 assessments a month and feed back to social workers.",
        long? leadId = null, long? responsibleOfficerId = null, IReadOnlyList<long>? ownerIds = null, string? deadlineText = null,
        int? sortOrder = null, IReadOnlyList<long>? leadIds = null) =>
        await CreatedIdAsync(client, $"/api/plans/{planId}/actions", new
        {
            recommendationId, priorityId, code, description,
            leadIds = leadIds ?? (leadId is { } lead ? [lead] : []),
            ownerIds = (responsibleOfficerId is { } officer ? [officer] : new List<long>()).Concat(ownerIds ?? []).Distinct().ToList(),
            deadlineText, sortOrder,
        });

    public static async Task<long> MeasureAsync(HttpClient client, long planId, long actionId,
        string text = "95% of assessments completed within 45 working days.", int? sortOrder = null,
        string? number = null, IReadOnlyList<long>? leadIds = null, IReadOnlyList<long>? ownerIds = null, string? deadlineText = null) =>
        await CreatedIdAsync(client, $"/api/plans/{planId}/actions/{actionId}/measures",
            new { text, sortOrder, number, leadIds = leadIds ?? [], ownerIds = ownerIds ?? [], deadlineText });

    private static async Task<long> CreatedIdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Created>()).Id;
    }

    private sealed record Created(long Id);
}

/// <summary>A lead or owner as items show them; Name is null for someone named by role only.</summary>
public sealed record PersonRefDto(long Id, string? Name, string? JobTitle);

/// <summary>What the tracker understood from a deadline as written.</summary>
public sealed record DeadlineDto(string Text, DateOnly? DueFrom, DateOnly? DueBy, List<DateOnly> DueDates, string State,
    List<string> Notes, List<string> Problems, List<string> ToConfirm);
