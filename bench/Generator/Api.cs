using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ActionPlanTracker.Bench.Generator;

/// <summary>
/// The few calls the generator makes, with the tracker's conventions: it signs in and then sends a personal API token
/// with every request (every endpoint needs a role), and ETags guard updates.
/// </summary>
public sealed class Api : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient http;

    public Api(Uri baseAddress)
    {
        // No cookies: once signed in, every request carries the API token and nothing else, so writes need no antiforgery token.
        http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task WaitUntilUpAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until) { }
            if (DateTime.UtcNow >= until) throw new TimeoutException($"The tracker at {http.BaseAddress} did not answer /health within {limit.TotalSeconds} s.");
            await Task.Delay(250);
        }
    }

    /// <summary>The API token the generator writes with, once <see cref="SignInAsync"/> has made one.</summary>
    public string? Token { get; private set; }

    /// <summary>Signs in with a password and makes a personal API token to write and read with.</summary>
    public async Task SignInAsync(string username, string password)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() })
            { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        using var signIn = await browser.PostAsJsonAsync("/api/session", new { username, password }, Json);
        if (!signIn.IsSuccessStatusCode)
            throw new HttpRequestException($"Signing in as {username} answered {(int)signIn.StatusCode}: {Trim(await signIn.Content.ReadAsStringAsync())}");
        using var session = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync());
        var antiforgery = session.RootElement.TryGetProperty("antiforgeryToken", out var t) ? t.GetString() : null;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens")
            { Content = JsonContent.Create(new { name = "Benchmark generator" }, options: Json) };
        if (antiforgery is not null) request.Headers.Add("X-CSRF-TOKEN", antiforgery);
        using var created = await browser.SendAsync(request);
        if (!created.IsSuccessStatusCode)
            throw new HttpRequestException($"Creating an API token answered {(int)created.StatusCode}: {Trim(await created.Content.ReadAsStringAsync())}");
        using var token = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Token = token.RootElement.GetProperty("secret").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    /// <summary>POSTs a new item and returns its id.</summary>
    public async Task<long> CreateAsync(string url, object body)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json) });
        using var created = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return created.RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>PUTs a change and returns the ETag of what was stored.</summary>
    public async Task<string?> PutAsync(string url, object body, string? ifMatch)
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return request;
        });
        return response.Headers.ETag?.ToString();
    }

    public async Task<byte[]> GetBytesAsync(string url)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url));
        return await response.Content.ReadAsByteArrayAsync();
    }

    // A busy SQLite file can still answer 500 or 503 now and then under parallel writes; try such a request again a few times.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> make)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = make();
            var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode) return response;
            var text = await response.Content.ReadAsStringAsync();
            response.Dispose();
            if ((int)response.StatusCode >= 500 && attempt < 4)
            {
                await Task.Delay(100 * attempt);
                continue;
            }
            throw new HttpRequestException(
                $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} {response.StatusCode}: {Trim(text)}",
                null, response.StatusCode);
        }
    }

    private static string Trim(string text) => text.Length <= 600 ? text : text[..600] + "...";

    public void Dispose() => http.Dispose();
}
