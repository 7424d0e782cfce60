using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Tests.Api;
using static ActionPlanTracker.Tests.Import.Api.Imports;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>
/// The import endpoints end to end: upload, mapping, dry run, commit and the plan's source files.
/// </summary>
public sealed class ImportEndpointTests
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Imogen Importer");

    private static async Task<(ImportDto Import, string ETag)> UploadedAsync(string fileName, byte[] content)
    {
        var response = await UploadAsync(Admin, fileName, content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<ImportDto>(), response.ETag());
    }

    /// <summary>Each test its own file: the same bytes twice would be "already imported".</summary>
    private static byte[] UniqueCsv() => RecommendationPlanCsv($"Ofsted action plan {Guid.NewGuid():N}");

    private static async Task<string> MappedAsync(long importId, string etag, ImportMapping mapping)
    {
        var response = await Admin.PutJsonAsync($"/api/imports/{importId}/mapping", mapping, etag);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response.ETag();
    }

    private static async Task<long> CountAsync(string sql)
    {
        await using var connection = await TrackerApp.Factory.OpenDatabaseAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql);
    }

    [Test]
    public async Task Uploading_a_csv_keeps_it_pending_with_its_tables_mapping_and_dry_run()
    {
        var content = UniqueCsv();
        var response = await UploadAsync(Admin, "action plan.csv", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var import = await response.ReadAsync<ImportDto>();

        Assert.That((import.Kind, import.Status, import.FileName, import.Format, import.SizeBytes, import.CreatedBy),
            Is.EqualTo(("plan", "pending", "action plan.csv", "csv", (long)content.Length, "Imogen Importer")));
        Assert.That(import.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        Assert.That(response.ETag(), Is.EqualTo($"\"{import.Version}\""));
        Assert.That(response.Headers.Location?.ToString(), Does.EndWith($"/api/imports/{import.Id}"));
        Assert.That(import.Tables[0].SampleRows[1].Cells, Is.EqualTo(new[] { "No.", "Recommendation", "Assigned lead", "By when", "Score Nov 16" }));
        Assert.That(import.PlanId, Is.Null);
        Assert.That(import.AlreadyImported, Is.Null);

        var read = await (await Admin.GetAsync($"/api/imports/{import.Id}")).ReadAsync<ImportDto>();
        Assert.That(read.Sha256, Is.EqualTo(import.Sha256), "reading it again gives the same file");
    }

    // Counts every plan or import of the shared tracker, so no other fixture may write while it runs.
    [Test, NonParallelizable]
    public async Task A_file_that_is_not_an_office_file_is_a_400_naming_the_file()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 };
        var before = await CountAsync("SELECT count(*) FROM imports");
        var problem = await (await UploadAsync(Admin, "plan.xlsx", png)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.That(problem.Fields, Is.EqualTo(new[] { "file" }));
        Assert.That(problem.ReasonFor("file"), Is.Not.Empty);
        Assert.That(await CountAsync("SELECT count(*) FROM imports"), Is.EqualTo(before), "a file it cannot read is not kept");
    }

    [Test]
    public async Task An_upload_that_is_not_a_form_is_a_400_naming_the_file()
    {
        var problem = await (await Admin.PostJsonAsync("/api/imports", new { file = "plan.xlsx" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task A_form_without_a_file_is_a_400_naming_the_file()
    {
        using var form = new MultipartFormDataContent { { new StringContent("3"), "mappingId" } };
        var problem = await (await Admin.PostAsync("/api/imports", form)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var problem = await (await UploadAsync(Admin, "huge.xlsx", new byte[ReadingLimits.MaxFileBytes + 1]))
            .ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task Pasted_cells_are_kept_as_a_tab_separated_file()
    {
        var text = $"No.\tRecommendation\n1\tImprove assessments {Guid.NewGuid():N}\n";
        var response = await Admin.PostJsonAsync("/api/imports/paste", new { text, title = "Pasted plan" });
        var import = await response.ReadAsync<ImportDto>();

        Assert.That((import.FileName, import.Format, import.SizeBytes), Is.EqualTo(("pasted cells", "tsv", (long)Encoding.UTF8.GetByteCount(text))));
        Assert.That(import.Mapping.Plan.Title, Is.EqualTo("Pasted plan"));
    }

    [Test]
    public async Task Changing_the_mapping_needs_the_current_ETag()
    {
        var (import, etag) = await UploadedAsync("plan.csv", UniqueCsv());
        var mapping = RecommendationPlanMapping();

        await (await Admin.PutJsonAsync($"/api/imports/{import.Id}/mapping", mapping, null)).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        var changed = await MappedAsync(import.Id, etag, mapping);
        Assert.That(changed, Is.Not.EqualTo(etag));
        await (await Admin.PutJsonAsync($"/api/imports/{import.Id}/mapping", mapping, etag)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task A_mapping_that_does_not_fit_the_file_names_the_field_at_fault()
    {
        var (import, etag) = await UploadedAsync("plan.csv", UniqueCsv());
        var mapping = RecommendationPlanMapping() with { Tables = [new TableChoice(5, 2, 2)] };

        var problem = await (await Admin.PutJsonAsync($"/api/imports/{import.Id}/mapping", mapping, etag)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Does.Contain("tables[0].table"));
    }

    [Test]
    public async Task A_mapping_that_is_not_sane_on_its_own_is_refused_by_field_before_the_import_is_looked_up()
    {
        var mapping = RecommendationPlanMapping() with { Reviews = [new ReviewColumn("RAG 01/18"), new ReviewColumn("rag 01/18")], Tables = [] };
        var problem = await (await Admin.PutJsonAsync("/api/imports/987654/mapping", mapping, "*")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Does.Contain("tables").And.Contain("reviews").And.Contain("columns[4].review"));
    }

    [Test]
    public async Task Committing_needs_the_current_ETag()
    {
        var (import, _) = await UploadedAsync("plan.csv", UniqueCsv());
        await (await CommitAsync(Admin, import.Id, null)).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await CommitAsync(Admin, import.Id, "\"999\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    // Counts every plan or import of the shared tracker, so no other fixture may write while it runs.
    [Test, NonParallelizable]
    public async Task A_commit_writes_the_plan_once_and_the_same_file_again_changes_nothing()
    {
        var content = UniqueCsv();
        var (first, etag) = await UploadedAsync("plan.csv", content);
        etag = await MappedAsync(first.Id, etag, RecommendationPlanMapping());
        var committed = await CommitAsync(Admin, first.Id, etag);
        Assert.That(committed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await committed.Content.ReadAsStringAsync());
        var outcome = await committed.ReadAsync<CommitDto>();
        Assert.That(outcome.PlanCreated, Is.True);
        Assert.That(committed.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{outcome.PlanId}"));
        Assert.That(outcome.Counts.Recommendations, Is.EqualTo(2));

        var plans = await CountAsync("SELECT count(*) FROM plans");
        var (second, secondTag) = await UploadedAsync("plan (copy).csv", content);
        Assert.That(second.AlreadyImported?.PlanId, Is.EqualTo(outcome.PlanId), "the dry run says it was imported before");
        var again = await CommitAsync(Admin, second.Id, secondTag);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), await again.Content.ReadAsStringAsync());
        var repeat = await again.ReadAsync<CommitDto>();
        Assert.That((repeat.PlanId, repeat.PlanCreated, repeat.Counts), Is.EqualTo((outcome.PlanId, false, outcome.Counts)));
        Assert.That(await CountAsync("SELECT count(*) FROM plans"), Is.EqualTo(plans), "nothing was written");

        var trail = await (await Admin.GetAsync($"/api/plans/{outcome.PlanId}/audit?entityType=import")).ReadAsync<JsonObject>();
        var entry = trail["items"]!.AsArray().Single()!;
        Assert.That(((long)entry["entityId"]!, (string?)entry["after"]!["fileName"], (string?)entry["after"]!["sha256"]),
            Is.EqualTo((first.Id, "plan.csv", first.Sha256)));
    }

    // Counts every plan or import of the shared tracker, so no other fixture may write while it runs.
    [Test, NonParallelizable]
    public async Task A_blocking_finding_is_a_409_listing_it_and_nothing_is_written()
    {
        var (import, etag) = await UploadedAsync("plan.csv", UniqueCsv());
        // A new scale named like a built-in one cannot be stored: the dry run blocks the commit until it is renamed or chosen.
        var mapping = RecommendationPlanMapping() with
        {
            Scale = new ScaleChoice { New = new NewScale("RAG words", true, [new NewScaleLevel(2, "Two", null, false), new NewScaleLevel(3, "Three", null, false)]) },
        };
        etag = await MappedAsync(import.Id, etag, mapping);
        var plans = await CountAsync("SELECT count(*) FROM plans");

        var problem = await (await CommitAsync(Admin, import.Id, etag)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.All.EqualTo("findings"));
        Assert.That(problem.Errors!.Select(e => e.Reason), Has.Some.Contains("RAG words"));
        Assert.That(await CountAsync("SELECT count(*) FROM plans"), Is.EqualTo(plans));
        var after = await (await Admin.GetAsync($"/api/imports/{import.Id}")).ReadAsync<ImportDto>();
        Assert.That((after.Status, after.DryRun.CanCommit), Is.EqualTo(("pending", false)));
    }

    [Test]
    public async Task The_plan_keeps_its_source_file_and_gives_back_the_exact_bytes()
    {
        var content = UniqueCsv();
        var (import, etag) = await UploadedAsync("Plan: v3 – final.csv", content);
        etag = await MappedAsync(import.Id, etag, RecommendationPlanMapping());
        var outcome = await (await CommitAsync(Admin, import.Id, etag)).ReadAsync<CommitDto>();

        var viewer = TrackerApp.ClientFor("Vera Viewer", "viewer");
        var files = await (await viewer.GetAsync($"/api/plans/{outcome.PlanId}/source-files")).ReadAsync<List<SummaryDto>>();
        Assert.That(files.Select(f => (f.Id, f.Status, f.FileName, f.Sha256)), Is.EqualTo(new[] { (import.Id, "committed", import.FileName, import.Sha256) }));

        var download = await viewer.GetAsync($"/api/plans/{outcome.PlanId}/source-files/{import.Id}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.That(disposition.DispositionType, Is.EqualTo("attachment"));
        Assert.That(disposition.FileName?.Trim('"'), Does.Not.Contain("/").And.Not.Contain("\\").And.EndWith(".csv"));

        await (await viewer.GetAsync($"/api/plans/{outcome.PlanId}/source-files/987654")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_discarded_import_keeps_no_file_and_cannot_be_committed()
    {
        var (import, etag) = await UploadedAsync("plan.csv", UniqueCsv());
        Assert.That((await Admin.DeleteAsync($"/api/imports/{import.Id}", etag)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var after = await (await Admin.GetAsync($"/api/imports/{import.Id}")).ReadAsync<ImportDto>();
        Assert.That((after.Status, after.Tables.Count), Is.EqualTo(("discarded", 0)));
        Assert.That(await CountAsync($"SELECT length(content) FROM imports WHERE id = {import.Id}"), Is.Zero);
        await (await CommitAsync(Admin, import.Id, $"\"{after.Version}\"")).ReadProblemAsync(HttpStatusCode.Conflict);
        var pending = await (await Admin.GetAsync("/api/imports?status=pending")).ReadAsync<List<SummaryDto>>();
        Assert.That(pending.Select(i => i.Id), Does.Not.Contain(import.Id));
    }

    [Test]
    public async Task Only_administrators_may_import()
    {
        foreach (var role in new[] { "board", "manager", "viewer" })
        {
            var client = TrackerApp.ClientFor($"Not an importer ({role})", role);
            await (await UploadAsync(client, "plan.csv", UniqueCsv())).ReadProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostJsonAsync("/api/imports/paste", new { text = "a\tb" })).ReadProblemAsync(HttpStatusCode.Forbidden);
            await (await CommitAsync(client, 1, "*")).ReadProblemAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync("/api/imports")).ReadProblemAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync("/api/import-mappings")).ReadProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task Listing_imports_by_an_unknown_status_is_a_400_naming_it()
    {
        var problem = await (await Admin.GetAsync("/api/imports?status=waiting")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "status" }));
    }
}
