using System.Net;
using System.Text;

namespace ActionPlanTracker.Tests.Api.Security;

public sealed class SecurityHeadersTests
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Swagger UI's logo is an SVG with a <style> inside: that one style is allowed by its hash, scripts stay 'self'.
    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    // The web app, an API read, an API error, the catch-all 404, Swagger UI and its document, and the health check.
    [TestCase("/")]
    [TestCase("/plans/123")]
    [TestCase("/api/plans")]
    [TestCase("/api/plans/987654321")]
    [TestCase("/api/nope")]
    [TestCase("/swagger/index.html")]
    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/health")]
    public async Task Every_response_tells_the_browser_to_run_only_our_own_code_and_never_frame_it(string path)
    {
        var response = await client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That(new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = Header(response, "Content-Security-Policy"),
            ["X-Content-Type-Options"] = Header(response, "X-Content-Type-Options"),
            ["X-Frame-Options"] = Header(response, "X-Frame-Options"),
            ["Referrer-Policy"] = Header(response, "Referrer-Policy"),
            ["Cross-Origin-Opener-Policy"] = Header(response, "Cross-Origin-Opener-Policy"),
        }, Is.EqualTo(new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = path.StartsWith("/swagger", StringComparison.Ordinal) ? SwaggerPolicy : Policy,
            ["X-Content-Type-Options"] = "nosniff",
            ["X-Frame-Options"] = "DENY",
            ["Referrer-Policy"] = "no-referrer",
            ["Cross-Origin-Opener-Policy"] = "same-origin",
        }));
    }

    [TestCase("/api/plans")]
    [TestCase("/api/plans/987654321")]
    [TestCase("/api/nope")]
    public async Task Answers_about_childrens_services_are_never_kept_in_a_cache(string path)
    {
        var response = await client.GetAsync(path);

        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
    }

    [Test]
    public async Task The_web_apps_own_files_may_still_be_cached()
    {
        var response = await client.GetAsync("/");

        Assert.That(response.Headers.CacheControl?.NoStore ?? false, Is.False);
    }

    [Test]
    public async Task The_web_app_has_no_inline_script_or_style_for_the_policy_to_block()
    {
        var html = await client.GetStringAsync("/");

        Assert.That(html, Does.Not.Match(@"<script(?![^>]*\bsrc=)[^>]*>"), "an inline <script> would be refused by script-src 'self'");
        Assert.That(html, Does.Not.Contain("<style"), "an inline <style> would be refused by style-src 'self'");
        Assert.That(html, Does.Not.Contain(" style="), "a style attribute would be refused by style-src 'self'");
    }

    [Test]
    public async Task A_body_over_the_2_MiB_limit_is_refused_with_a_413_problem()
    {
        var title = new string('x', 3 * 1024 * 1024);
        var body = $$"""{"title":"{{title}}","sourceType":"Ofsted ILACS inspection","status":"active","scaleId":2,"scoreLevel":"recommendation"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/plans", content);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.Detail, Is.EqualTo("Request body too large. The max request body size is 2097152 bytes."));
        Assert.That(Header(response, "Content-Security-Policy"), Is.EqualTo(Policy));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
        var plans = await (await client.GetAsync("/api/plans")).ReadAsync<List<Plans.PlanDto>>();
        Assert.That(plans.Select(p => p.Title), Has.None.StartsWith("xxxxxxxxxx"));
    }

    [Test]
    public async Task Error_responses_name_the_problem_without_a_stack_trace()
    {
        using var malformed = new StringContent("{\"title\": \"unterminated", Encoding.UTF8, "application/json");
        var responses = new[]
        {
            await client.PostAsync("/api/plans", malformed),
            await client.GetAsync("/api/plans/not-a-number"),
            await client.GetAsync("/api/plans/987654321/audit?page=0"),
        };

        foreach (var response in responses)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
            Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception").And.Not.Contain(".cs:line"), text);
        }
    }
}
