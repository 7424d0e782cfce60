using System.Net;
using System.Text.Json;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Tests.Api;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>Mappings saved by name, to read next month's file the same way: create, read, rename, delete, and a name used once.</summary>
public sealed class SavedMappingTests
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Mapping Keeper");

    public sealed record SavedDto(long Id, string Name, ImportMapping Mapping, string CreatedBy, long Version);

    private static string UniqueName() => $"Development plan, monthly {Guid.NewGuid():N}";

    [Test]
    public async Task A_saved_mapping_round_trips_unchanged()
    {
        var mapping = Imports.RecommendationPlanMapping();
        var name = UniqueName();
        var created = await Admin.PostJsonAsync("/api/import-mappings", new { name, mapping });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var saved = await created.ReadAsync<SavedDto>();

        var read = await (await Admin.GetAsync($"/api/import-mappings/{saved.Id}")).ReadAsync<SavedDto>();
        Assert.That((read.Name, read.CreatedBy), Is.EqualTo((name, "Mapping Keeper")));
        Assert.That(JsonSerializer.Serialize(read.Mapping, Http.Json), Is.EqualTo(JsonSerializer.Serialize(mapping, Http.Json)));

        var list = await (await Admin.GetAsync("/api/import-mappings")).ReadAsync<List<SavedDto>>();
        Assert.That(list.Select(m => m.Name), Does.Contain(name));
    }

    [Test]
    public async Task A_name_is_used_once_whatever_its_case()
    {
        var name = UniqueName();
        var mapping = Imports.RecommendationPlanMapping();
        Assert.That((await Admin.PostJsonAsync("/api/import-mappings", new { name, mapping })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var problem = await (await Admin.PostJsonAsync("/api/import-mappings", new { name = name.ToUpperInvariant(), mapping }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "name" }));
    }

    [Test]
    public async Task Renaming_and_deleting_need_the_current_ETag()
    {
        var mapping = Imports.RecommendationPlanMapping();
        var created = await Admin.PostJsonAsync("/api/import-mappings", new { name = UniqueName(), mapping });
        var saved = await created.ReadAsync<SavedDto>();
        var url = $"/api/import-mappings/{saved.Id}";
        var renamed = UniqueName();

        await (await Admin.PutJsonAsync(url, new { name = renamed, mapping }, null)).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        var changed = await Admin.PutJsonAsync(url, new { name = renamed, mapping = mapping with { OpenReview = "Score Nov 16" } }, created.ETag());
        var after = await changed.ReadAsync<SavedDto>();
        Assert.That((after.Name, after.Mapping.OpenReview, after.Version), Is.EqualTo((renamed, "Score Nov 16", saved.Version + 1)));

        await (await Admin.DeleteAsync(url, created.ETag())).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That((await Admin.DeleteAsync(url, changed.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Admin.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_mapping_that_is_not_sane_is_refused_by_field()
    {
        var mapping = Imports.RecommendationPlanMapping() with
        {
            Scale = new ScaleChoice(),
            Columns = [new ColumnMapping(0, "Score", ColumnRole.Score)],
            ScoreLevel = ItemLevel.Priority,
        };
        var problem = await (await Admin.PostJsonAsync("/api/import-mappings", new { name = UniqueName(), mapping })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Does.Contain("mapping.scale").And.Contain("mapping.columns[0].column").And.Contain("mapping.columns[0].review")
            .And.Contain("mapping.scoreLevel"));
    }
}
