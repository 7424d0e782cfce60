using System.Net;
using System.Net.Http.Headers;
using ActionPlanTracker.Tests.Api;

namespace ActionPlanTracker.Tests.Import.Returns;

/// <summary>Talking to the return endpoints as the web app does, and a small plan to return on.</summary>
public static class Returns
{
    public static async Task<byte[]> DownloadAsync(HttpClient client, long planId, long reviewId, bool? mine = null)
    {
        var response = await client.GetAsync($"/api/plans/{planId}/returns/{reviewId}" + (mine is { } m ? $"?mine={m.ToString().ToLowerInvariant()}" : ""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long planId, byte[] content, long? reviewId = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "return.xlsx");
        if (reviewId is { } id) form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "reviewId");
        return await client.PostAsync($"/api/plans/{planId}/returns", form);
    }

    public static async Task<(ReturnDto Return, string ETag)> UploadedAsync(HttpClient client, long planId, byte[] content)
    {
        var response = await UploadAsync(client, planId, content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<ReturnDto>(), response.ETag());
    }

    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, long planId, long importId, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{planId}/returns/uploads/{importId}/apply");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<ReturnDto> AppliedAsync(HttpClient client, long planId, ReturnDto uploaded, string etag)
    {
        var response = await ApplyAsync(client, planId, uploaded.Id, etag);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ReturnDto>();
    }

    public static async Task<ScoreDto?> ScoreAsync(HttpClient client, long planId, long reviewId, long recommendationId)
    {
        var response = await client.GetAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return await response.ReadAsync<ScoreDto>();
    }

    public static async Task<HttpResponseMessage> SaveScoreAsync(HttpClient client, long planId, long reviewId, long recommendationId, object body, string? ifMatch = null) =>
        await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}", body, ifMatch);

    public static async Task<long> ReviewAsync(HttpClient client, long planId, string label, string? reviewDate)
    {
        var response = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<IdDto>()).Id;
    }

    public sealed record IdDto(long Id);

    public sealed record ReturnDto(long Id, long PlanId, long ReviewId, string ReviewLabel, string Status, string CreatedBy, string? MadeFor,
        int Version, CountsDto Counts, List<RowDto> Rows, List<FindingDto> Findings, List<string> Notes, bool CanApply);

    public sealed record CountsDto(int Rows, int Changes, int Unchanged, int Invalid, int Conflicts, int Skipped);

    public sealed record RowDto(int Row, string Where, string Outcome, string? ItemType, long? ItemId, string? Reference, ValuesDto? Yours,
        ValuesDto? Theirs, ChangeDto? Change);

    public sealed record ValuesDto(int? Level, string LevelText, string? Update, DateOnly? UpdateDate, string? Evidence);

    public sealed record ChangeDto(string LevelFrom, string LevelTo, bool LevelChanged, string Update, string UpdateDate, string Evidence, string Summary);

    public sealed record FindingDto(string Kind, string Message, string Where, int Row);

    public sealed record ScoreDto(long Id, int? Level, string? Narrative, DateOnly? NarrativeDate, string? Evidence, string? SignOffStatus,
        string UpdatedBy, long Version);
}
