using System.Net;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>Fetching a report download as a browser would, and the plan details the tests set first.</summary>
public static class Downloads
{
    public sealed record Download(byte[] Bytes, string? ContentType, string? FileName, string? FileNameStar, string? Disposition);

    public static async Task<Download> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), System.Text.Encoding.UTF8.GetString(bytes));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "reports about children's services must not be cached");
        var disposition = response.Content.Headers.ContentDisposition;
        return new Download(bytes, response.Content.Headers.ContentType?.ToString(), disposition?.FileName?.Trim('"'), disposition?.FileNameStar,
            disposition?.DispositionType);
    }

    /// <summary>Gives a plan the version it prints ("v3.2") without changing anything else.</summary>
    public static async Task SetPlanVersionAsync(HttpClient client, long planId, string version)
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"/api/plans/{planId}"))!.AsObject();
        plan["planVersion"] = version;
        var response = await client.PutJsonAsync($"/api/plans/{planId}", plan, "*");
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
