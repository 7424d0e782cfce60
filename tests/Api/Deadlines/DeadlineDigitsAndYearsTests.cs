using System.Net;

namespace ActionPlanTracker.Tests.Api.Deadlines;

/// <summary>
/// Issue 13, defect 8: deadlines in Arabic-Indic or full-width digits, and a range ending past year 9999, gave a 500 from
/// the deadline reader and from saving an action. Both answer normally: other scripts' digits are read as 0 to 9 (with a
/// note), and a year no plan could mean is a problem, never a date.
/// </summary>
public sealed class DeadlineDigitsAndYearsTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Digits Administrator");

    [TestCase("٠١/٠٢/٢٠٢٦", "2026-02-01")]
    [TestCase("０１/０２/２０２６", "2026-02-01")]
    [TestCase("０１／０２／２０２６", "2026-02-01")]
    [TestCase("۰۱/۰۲/۲۰۲۶", "2026-02-01")]
    [TestCase("Dec 9999 - Jan", null)]
    [TestCase("Nov 9999 to Feb", null)]
    [TestCase("31/12/9999 - 01/01/10000", null)]
    [TestCase("December 9999 - March 99999", null)]
    public async Task The_deadline_reader_answers_200_with_a_date_or_a_problem(string text, string? dueBy)
    {
        var response = await client.GetAsync($"/api/deadlines/understand?text={Uri.EscapeDataString(text)}");
        var understood = await response.ReadAsync<DeadlineDto>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(understood.Text, Is.EqualTo(text));
        Assert.That(understood.DueBy, Is.EqualTo(dueBy is null ? (DateOnly?)null : DateOnly.Parse(dueBy)));
        if (dueBy is null)
            Assert.That(understood.Problems, Has.Some.Contains("is not a date a plan could mean"));
        else
            Assert.That(understood.Notes, Has.Some.Contains("as 0 to 9"));
    }

    [TestCase("٠١/٠٢/٢٠٢٦", "2026-02-01")]
    [TestCase("０１/０２/２０２６", "2026-02-01")]
    [TestCase("Dec 9999 - Jan", null)]
    [TestCase("31/12/9999 - 01/01/10000", null)]
    public async Task An_action_saves_such_a_deadline_with_201_and_reads_it_back(string text, string? dueBy)
    {
        var planId = await Arrange.PlanAsync(client, title: $"Deadline digits plan {Guid.NewGuid():N}");
        var recommendationId = await Arrange.RecommendationAsync(client, planId);

        var created = await client.PostJsonAsync($"/api/plans/{planId}/actions",
            new { recommendationId, code = "A", description = "Audit assessments.", ownerIds = Array.Empty<long>(), deadlineText = text });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var action = await created.ReadAsync<Item>();
        Assert.That((action.DeadlineText, action.Deadline?.DueBy), Is.EqualTo((text, dueBy is null ? (DateOnly?)null : DateOnly.Parse(dueBy))));

        var changed = await client.PutJsonAsync($"/api/plans/{planId}/actions/{action.Id}",
            new { recommendationId, code = "A", description = "Audit assessments.", ownerIds = Array.Empty<long>(), deadlineText = text + " ongoing" },
            created.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());

        foreach (var url in new[] { $"/api/plans/{planId}/grid", $"/api/plans/{planId}/actions/{action.Id}", $"/api/plans/{planId}/report/docx" })
            Assert.That((await client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    private sealed record Item(long Id, string? DeadlineText, DeadlineDto? Deadline);
}
