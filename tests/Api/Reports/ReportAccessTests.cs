using System.Net;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>Scrutiny members (viewers) read and download reports; nobody reads them without signing in.</summary>
public sealed class ReportAccessTests
{
    private static readonly string[] Formats = ["", "/docx", "/xlsx", "/csv"];

    [Test]
    public async Task A_viewer_can_read_and_download_every_format()
    {
        var plan = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Board Member"));
        var viewer = TrackerApp.ClientFor("Councillor Jones", "viewer");
        foreach (var format in Formats)
        {
            var file = await Downloads.GetAsync(viewer, $"/api/plans/{plan.PlanId}/report{format}");
            Assert.That(file.Bytes, Has.Length.GreaterThan(100), format);
            if (format.Length > 0)
                Assert.That((file.Disposition, file.FileName), Is.EqualTo(("attachment", $"known-development-plan-rag-11-26.{format[1..]}")));
        }
        // The viewer sees the same content as the board: the grid's permissions, which let every reader see every row.
        var asBoard = await TrackerApp.ClientFor("Board Member").GetByteArrayAsync($"/api/plans/{plan.PlanId}/report/csv");
        var asViewer = await viewer.GetByteArrayAsync($"/api/plans/{plan.PlanId}/report/csv");
        Assert.That(asViewer, Is.EqualTo(asBoard));
    }

    [Test]
    public async Task Anonymous_callers_get_401_for_every_format()
    {
        var plan = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Board Member"));
        foreach (var format in Formats)
        {
            var response = await TrackerApp.Anonymous().GetAsync($"/api/plans/{plan.PlanId}/report{format}");
            await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
            Assert.That(response.Content.Headers.ContentDisposition, Is.Null, format);
        }
    }

    [Test]
    public async Task The_file_name_has_an_ascii_name_and_an_rfc_5987_utf8_name()
    {
        var client = TrackerApp.ClientFor("Board Member");
        var planId = await Arrange.PlanAsync(client, title: "Café Ré-view plan");
        await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Mis Hydref 2026", reviewDate = "2026-10-30" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        var response = await client.GetAsync($"/api/plans/{planId}/report/docx");
        var header = string.Join("", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.That(header, Is.EqualTo("attachment; filename=cafe-re-view-plan-mis-hydref-2026.docx; filename*=UTF-8''caf%C3%A9-r%C3%A9-view-plan-mis-hydref-2026.docx"));
    }
}
