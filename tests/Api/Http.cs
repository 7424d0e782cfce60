using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActionPlanTracker.Tests.Api;

/// <summary>Small helpers for talking to the API as a client would: JSON in and out, ETags, problem details.</summary>
public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        await client.PostAsJsonAsync(url, body, Json);

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>Sends raw text as the body, for malformed and wrong-typed JSON.</summary>
    public static async Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string body, string? ifMatch = "*")
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"Expected success but got {(int)response.StatusCode} {response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException("Empty body");
    }

    /// <summary>Asserts the status and that the body is an RFC 9457 problem, then returns it.</summary>
    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonSerializer.Deserialize<Problem>(text, Json)!;
        Assert.That(problem.Status, Is.EqualTo((int)expected), text);
        Assert.That(problem.Title, Is.Not.Empty, text);
        return problem;
    }

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new AssertionException("The response has no ETag.");
}

public sealed record Problem(string Type, string Title, int Status, string? Detail, string? Instance, List<ProblemError>? Errors)
{
    public IReadOnlyList<string> Fields => Errors?.Select(e => e.Name).ToList() ?? [];

    public string? ReasonFor(string field) =>
        Errors?.FirstOrDefault(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase))?.Reason;
}

public sealed record ProblemError(string Name, string Reason);
