using System.Net;

namespace ActionPlanTracker.Tests.Api.Inspections;

public sealed class InspectionTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static object Judgement(string area, string? judgement = null, int? level = null, string? scoreText = null, double? percentage = null) =>
        new { area, judgement, level, scoreText, percentage };

    private static object NewInspection(long? judgementScaleId = null, object[]? judgements = null, string inspectorate = "Ofsted",
        string? startedOn = "2026-01-19", string? endedOn = "2026-01-30", string? publishedOn = "2026-03-14") => new
    {
        inspectorate,
        kind = "ILACS",
        title = "Inspection of Northmoor children's services",
        startedOn,
        endedOn,
        publishedOn,
        overallJudgement = "Requires improvement to be good",
        overallLevel = 2,
        judgementScaleId,
        reportReference = "https://reports.ofsted.gov.uk/provider/44/80000",
        judgements = judgements ??
        [
            Judgement("The impact of leaders on social work practice with children and families", "Requires improvement to be good", 2),
            Judgement("The experiences and progress of children who need help and protection", "Good", 3),
            Judgement("The experiences and progress of children in care", "Requires improvement to be good", 2),
            Judgement("The experiences and progress of care leavers", "Inadequate", 1),
        ],
    };

    /// <summary>Ofsted's four grades as a scale of the council's own, worst first.</summary>
    private async Task<long> OfstedScaleAsync()
    {
        var response = await client.PostJsonAsync("/api/scales", new
        {
            name = $"Ofsted judgements {Unique()}",
            description = "Ofsted's four-point scale",
            higherIsBetter = true,
            levels = new[]
            {
                new { value = 1, label = "Inadequate", meaning = (string?)null, colour = "#d4351c", meansComplete = false },
                new { value = 2, label = "Requires improvement to be good", meaning = (string?)null, colour = "#ffcc00", meansComplete = false },
                new { value = 3, label = "Good", meaning = (string?)null, colour = "#92d050", meansComplete = false },
                new { value = 4, label = "Outstanding", meaning = (string?)null, colour = "#1d70b8", meansComplete = false },
            },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<InspectionPlanDto>()).Id;
    }

    [Test]
    public async Task An_inspection_keeps_every_field_as_printed_with_its_judgements_in_order()
    {
        var scaleId = await OfstedScaleAsync();

        var created = await client.PostJsonAsync("/api/inspections", NewInspection(scaleId));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var inspection = await created.ReadAsync<InspectionDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/inspections/{inspection.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That((inspection.Inspectorate, inspection.Kind, inspection.Title, inspection.StartedOn, inspection.EndedOn, inspection.PublishedOn),
            Is.EqualTo(("Ofsted", "ILACS", "Inspection of Northmoor children's services", (DateOnly?)new DateOnly(2026, 1, 19),
                (DateOnly?)new DateOnly(2026, 1, 30), (DateOnly?)new DateOnly(2026, 3, 14))));
        Assert.That((inspection.OverallJudgement, inspection.OverallLevel, inspection.JudgementScaleId, inspection.ReportReference, inspection.Version),
            Is.EqualTo(("Requires improvement to be good", (int?)2, (long?)scaleId, "https://reports.ofsted.gov.uk/provider/44/80000", 1L)));
        Assert.That(inspection.JudgementScaleName, Does.StartWith("Ofsted judgements"));
        Assert.That(inspection.Judgements.Select(j => (j.Area, j.Judgement, j.Level)), Is.EqualTo(new[]
        {
            ("The impact of leaders on social work practice with children and families", "Requires improvement to be good", (int?)2),
            ("The experiences and progress of children who need help and protection", "Good", 3),
            ("The experiences and progress of children in care", "Requires improvement to be good", 2),
            ("The experiences and progress of care leavers", "Inadequate", 1),
        }));
        Assert.That(inspection.Plans, Is.Empty);

        var read = await client.GetAsync($"/api/inspections/{inspection.Id}");
        Assert.That(InspectionJson.Of(await read.ReadAsync<InspectionDto>()), Is.EqualTo(InspectionJson.Of(inspection)));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));
        var listed = await (await client.GetAsync("/api/inspections")).ReadAsync<List<InspectionDto>>();
        Assert.That(InspectionJson.Of(listed.Single(i => i.Id == inspection.Id)), Is.EqualTo(InspectionJson.Of(inspection)));

        var entries = AuditRows.For("inspection", inspection.Id);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)), Is.EqualTo(new[] { ("Priya Shah", "create", (long?)null) }));
        Assert.That(entries[0].AfterJson, Does.Contain("\"overallJudgement\":\"Requires improvement to be good\""));
    }

    [Test]
    public async Task Only_the_inspectorate_is_needed_and_blank_text_is_stored_as_nothing()
    {
        var created = await client.PostJsonAsync("/api/inspections", new { inspectorate = " HMIP ", kind = "  ", title = "" });
        var inspection = await created.ReadAsync<InspectionDto>();

        Assert.That(InspectionJson.Of(inspection with { Id = 0, CreatedAt = "", UpdatedAt = "" }), Is.EqualTo(InspectionJson.Of(new InspectionDto(
            0, "HMIP", null, null, null, null, null, null, null, null, null, null, [], [], 1, "", ""))));
    }

    [Test]
    public async Task Changing_an_inspection_replaces_its_judgements_as_a_whole()
    {
        var inspectionId = (await (await client.PostJsonAsync("/api/inspections", NewInspection())).ReadAsync<InspectionDto>()).Id;
        var url = $"/api/inspections/{inspectionId}";

        var changed = await client.PutJsonAsync(url, NewInspection(judgements:
        [
            Judgement("The experiences and progress of care leavers", "Requires improvement to be good", 2),
            Judgement("The experiences and progress of children in care", "Good", 3),
        ]), "\"1\"");
        var after = await changed.ReadAsync<InspectionDto>();
        Assert.That(changed.ETag(), Is.EqualTo("\"2\""));
        Assert.That(after.Judgements.Select(j => (j.Area, j.Judgement)), Is.EqualTo(new[]
        {
            ("The experiences and progress of care leavers", "Requires improvement to be good"),
            ("The experiences and progress of children in care", "Good"),
        }));

        var emptied = await client.PutJsonAsync(url, NewInspection(judgements: []), changed.ETag());
        Assert.That((await emptied.ReadAsync<InspectionDto>()).Judgements, Is.Empty);
        var stored = await (await client.GetAsync(url)).ReadAsync<InspectionDto>();
        Assert.That((stored.Judgements.Count, stored.Version), Is.EqualTo((0, 3L)));

        var entries = AuditRows.For("inspection", inspectionId);
        Assert.That(entries.Select(e => e.Change), Is.EqualTo(new[] { "create", "update", "update" }));
        Assert.That(entries[1].BeforeJson, Does.Contain("The experiences and progress of children who need help and protection"));
        Assert.That(entries[1].AfterJson, Does.Not.Contain("The experiences and progress of children who need help and protection"));
    }

    [Test]
    public async Task An_HMIP_inspection_keeps_ratings_from_0_to_3_with_scores_and_percentages_as_printed()
    {
        var created = await client.PostJsonAsync("/api/inspections", new
        {
            inspectorate = "HMIP",
            kind = "Youth justice inspection",
            title = "An inspection of youth justice services in Northmoor",
            publishedOn = "2025-10-02",
            overallJudgement = "Inadequate",
            overallLevel = 0,
            judgements = new[]
            {
                Judgement("1. Organisational delivery", "Inadequate", 0, "4/12", 33.3),
                Judgement("2. Court disposals", "Requires improvement", 1, "26/36", 72.2),
                Judgement("3. Out-of-court disposals", "Good", 2, "9/12", 75),
                Judgement("4. Resettlement", "Outstanding", 3, "3/3", 100),
                Judgement("Additional theme: children's views", null, null, null, 0),
            },
        });
        var inspection = await created.ReadAsync<InspectionDto>();

        Assert.That((inspection.OverallJudgement, inspection.OverallLevel, inspection.JudgementScaleId), Is.EqualTo(("Inadequate", (int?)0, (long?)null)));
        var stored = await (await client.GetAsync($"/api/inspections/{inspection.Id}")).ReadAsync<InspectionDto>();
        Assert.That(InspectionJson.Of(stored.Judgements), Is.EqualTo(InspectionJson.Of(new[]
        {
            new JudgementDto("1. Organisational delivery", "Inadequate", 0, "4/12", 33.3),
            new JudgementDto("2. Court disposals", "Requires improvement", 1, "26/36", 72.2),
            new JudgementDto("3. Out-of-court disposals", "Good", 2, "9/12", 75),
            new JudgementDto("4. Resettlement", "Outstanding", 3, "3/3", 100),
            new JudgementDto("Additional theme: children's views", null, null, null, 0),
        })));
    }

    [Test]
    public async Task An_inspection_with_missing_impossible_or_repeated_values_is_refused_by_field()
    {
        var missing = await client.PostJsonAsync("/api/inspections", new { inspectorate = " " });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("inspectorate")),
            Is.EqualTo((new[] { "inspectorate" }, "Enter who inspected, for example Ofsted or HMIP.")));

        var impossible = await client.PostJsonAsync("/api/inspections", new
        {
            inspectorate = "Ofsted", startedOn = "2026-01-30", endedOn = "2026-01-19", publishedOn = "2025-12-01", overallLevel = -1,
            judgements = new[]
            {
                Judgement("Care leavers", level: 101, percentage: 100.5),
                Judgement(" "),
                Judgement("care leavers", scoreText: new string('9', 51)),
            },
        });
        problem = await impossible.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[]
        {
            "endedOn", "publishedOn", "overallLevel", "judgements", "judgements[0].level", "judgements[0].percentage",
            "judgements[1].area", "judgements[2].scoreText",
        }));
        Assert.That(problem.ReasonFor("endedOn"), Is.EqualTo("The inspection cannot end before it started."));
        Assert.That(problem.ReasonFor("judgements"), Is.EqualTo("Give each area's judgement once."));
        Assert.That(problem.ReasonFor("judgements[0].percentage"), Is.EqualTo("Enter a percentage between 0 and 100."));

        var noScale = await client.PostJsonAsync("/api/inspections", NewInspection(judgementScaleId: 987654321));
        problem = await noScale.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("judgementScaleId")),
            Is.EqualTo((new[] { "judgementScaleId" }, "No rating scale has id 987654321.")));

        var oversized = await client.PostJsonAsync("/api/inspections", new
        {
            inspectorate = new string('O', 101), kind = new string('k', 201), title = new string('t', 301),
            overallJudgement = new string('j', 301), reportReference = new string('r', 2001),
        });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "inspectorate", "kind", "title", "overallJudgement", "reportReference" }));
    }

    [Test]
    public async Task A_change_from_a_stale_copy_or_without_If_Match_is_refused_and_changes_nothing()
    {
        var inspectionId = await Arrange.InspectionAsync(client, overallJudgement: "Good");
        var url = $"/api/inspections/{inspectionId}";
        await client.PutJsonAsync(url, NewInspection(), "\"1\"");

        var stale = await client.PutJsonAsync(url, NewInspection(inspectorate: "HMIP"), "\"1\"");
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        await (await client.PutJsonAsync(url, NewInspection(inspectorate: "HMIP"), ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);
        await (await client.DeleteAsync(url, "\"1\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.DeleteAsync(url, ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);

        var stored = await (await client.GetAsync(url)).ReadAsync<InspectionDto>();
        Assert.That((stored.Inspectorate, stored.OverallJudgement, stored.Version), Is.EqualTo(("Ofsted", "Requires improvement to be good", 2L)));
    }

    [Test]
    public async Task An_inspection_that_a_plan_answers_cannot_be_deleted_until_the_plan_answers_another()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var title = $"Improvement plan {Unique()}";
        var planId = await Arrange.PlanAsync(client, title: title, inspectionId: inspectionId);
        var recommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "1");
        var url = $"/api/inspections/{inspectionId}";

        var refused = await client.DeleteAsync(url, "*");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That((problem.Fields, problem.ReasonFor("inspectionId")), Is.EqualTo((new[] { "inspectionId" },
            $"A plan answers this inspection (\"{title}\", id {planId}), so it cannot be deleted. First change the inspection that plan answers.")));
        Assert.That((await (await client.GetAsync(url)).ReadAsync<InspectionDto>()).Plans, Is.EqualTo(new[] { new InspectionPlanDto(planId, title) }));

        var plan = await (await client.GetAsync($"/api/plans/{planId}")).ReadAsync<PlanInspectionDto>();
        var moved = await client.PutJsonAsync($"/api/plans/{planId}", new
        {
            title, sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 2, scoreLevel = "recommendation", inspectionId = (long?)null,
        }, $"\"{plan.Version}\"");
        Assert.That((await moved.ReadAsync<PlanInspectionDto>()).InspectionId, Is.Null);

        var deleted = await client.DeleteAsync(url, "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await (await client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "inspectionId" }));
        Assert.That(AuditRows.For("inspection", inspectionId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
        Assert.That(AuditRows.For("inspectionRecommendation", recommendationId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
        var trail = await client.GetAsync($"/api/audit/inspection/{inspectionId}");
        Assert.That(trail.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the trail of a deleted inspection can still be read");
    }

    [Test]
    public async Task A_rating_scale_that_an_inspection_uses_cannot_be_deleted()
    {
        var scaleId = await OfstedScaleAsync();
        var inspectionId = (await (await client.PostJsonAsync("/api/inspections", NewInspection(scaleId))).ReadAsync<InspectionDto>()).Id;

        // The database refuses it (no cascade from the scale), which the tracker answers as a 409 rather than a 500.
        await (await client.DeleteAsync($"/api/scales/{scaleId}", "*")).ReadProblemAsync(HttpStatusCode.Conflict);

        var stored = await (await client.GetAsync($"/api/inspections/{inspectionId}")).ReadAsync<InspectionDto>();
        Assert.That(stored.JudgementScaleId, Is.EqualTo(scaleId));
    }

    [Test]
    public async Task An_unknown_inspection_is_a_404_naming_inspectionId()
    {
        const string url = "/api/inspections/987654321";
        Assert.That((await (await client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).ReasonFor("inspectionId"),
            Is.EqualTo("No inspection has id 987654321."));
        Assert.That((await (await client.PutJsonAsync(url, NewInspection(), "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "inspectionId" }));
        Assert.That((await (await client.DeleteAsync(url, "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "inspectionId" }));
        Assert.That((await (await client.GetAsync(url + "/coverage")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "inspectionId" }));
    }
}
