using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// The SPA's files come pre-compressed (the web build writes .br and .gz copies) with a year's cache for Vite's hashed
/// assets and revalidation for index.html; API JSON is compressed when accepted, except answers carrying a secret (BREACH).
/// </summary>
public sealed partial class CompressionAndCachingTests
{
    private static HttpClient Raw()
    {
        // No automatic decompression: the test reads the bytes as they travelled.
        var client = TrackerApp.Factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static byte[] Decode(string? encoding, byte[] bytes)
    {
        using Stream decoder = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => throw new AssertionException($"unexpected Content-Encoding {encoding}"),
        };
        using var plain = new MemoryStream();
        decoder.CopyTo(plain);
        return plain.ToArray();
    }

    private static async Task<string> HashedScriptAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        var match = ScriptSource().Match(html);
        Assert.That(match.Success, Is.True, "index.html loads a hashed script from /assets/: " + html);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("""<script[^>]*\bsrc="(/assets/[^"]+\.js)"[^>]*>""")]
    private static partial Regex ScriptSource();

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task A_hashed_asset_is_sent_precompressed_and_kept_for_a_year(string encoding)
    {
        using var client = Raw();
        var script = await HashedScriptAsync(client);

        var plain = await GetAsync(client, script, null);
        var compressed = await GetAsync(client, script, encoding == "br" ? "gzip, deflate, br" : "gzip");

        Assert.That(compressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(compressed.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(compressed.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
        Assert.That(compressed.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(plain.Headers.Vary, Does.Contain("Accept-Encoding"), "a shared cache must not give the compressed copy to a client that did not ask");
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.That(compressedBytes, Has.Length.LessThan(plainBytes.Length));
        Assert.That(Decode(encoding, compressedBytes), Is.EqualTo(plainBytes));
        // The security headers still go on the static files.
        Assert.That(compressed.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self'"));
        Assert.That(compressed.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [TestCase("/")]
    [TestCase("/index.html")]
    [TestCase("/plans/123")]
    public async Task The_page_itself_is_revalidated_on_every_use_so_a_new_release_is_seen_at_once(string path)
    {
        using var client = Raw();

        var response = await GetAsync(client, path, "br");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-cache"));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [TestCase("gzip")]
    [TestCase("br")]
    public async Task An_API_list_is_compressed_when_accepted_and_decompresses_to_the_same_JSON(string encoding)
    {
        using var client = Raw();
        client.DefaultRequestHeaders.Authorization = TrackerApp.ClientFor("Compression Reader").DefaultRequestHeaders.Authorization;
        await client.PostAsJsonAsync("/api/people", new { name = "Compression Person " + Guid.NewGuid().ToString("N")[..6] });

        var plain = await GetAsync(client, "/api/people", null);
        var compressed = await GetAsync(client, "/api/people", encoding);

        Assert.That(compressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(compressed.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
        Assert.That(Decode(encoding, await compressed.Content.ReadAsByteArrayAsync()), Is.EqualTo(await plain.Content.ReadAsByteArrayAsync()));
    }

    [Test]
    public async Task Answers_carrying_the_antiforgery_token_or_a_new_token_secret_are_never_compressed()
    {
        using var browser = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);

        using var session = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        session.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var sessionResponse = await browser.SendAsync(session);
        using var token = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { name = "compression test" }) };
        token.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var tokenResponse = await browser.SendAsync(token);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/session")
        {
            Content = JsonContent.Create(new { username = "admin", password = TrackerApp.AdminPassword }),
        };
        signIn.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var signInResponse = await browser.SendAsync(signIn);

        Assert.That(sessionResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tokenResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created), await tokenResponse.Content.ReadAsStringAsync());
        Assert.That(signInResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sessionResponse.Content.Headers.ContentEncoding, Is.Empty, "GET /api/session");
        Assert.That(tokenResponse.Content.Headers.ContentEncoding, Is.Empty, "POST /api/tokens");
        Assert.That(signInResponse.Content.Headers.ContentEncoding, Is.Empty, "POST /api/session");
        Assert.That(await sessionResponse.Content.ReadAsStringAsync(), Does.Contain("antiforgeryToken"));
    }
}
