using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Swagger UI's "Try it out" is how an integrator first meets the API (issue 12, screen 4). Signed in to the web app, a
/// change needs the antiforgery header, which Swagger UI alone never sent (400); with a personal token, there was no
/// Authorize button to give it.
/// </summary>
public sealed class SwaggerTryItOutTests : BrowserTest
{
    [Test]
    public async Task Signed_in_to_the_web_app_a_change_tried_out_in_Swagger_UI_is_made()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        var name = $"Swagger Session {Guid.NewGuid():N}"[..30];

        var status = await TryItOutAsync("post", "/api/people", $$"""{ "name": "{{name}}", "jobTitle": "Team manager" }""");

        Assert.That(status, Is.EqualTo("201"));
        var people = await TrackerApp.ClientFor("Test Admin").GetStringAsync($"/api/people?search={Uri.EscapeDataString(name)}");
        Assert.That(people, Does.Contain(name));
    }

    [Test]
    public async Task With_a_personal_token_given_to_Authorize_Swagger_UI_reads_and_changes()
    {
        var token = await PersonalTokenAsync();
        await Page.GotoAsync("/swagger");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).First.ClickAsync();
        var dialog = Page.Locator(".dialog-ux");
        await dialog.Locator("input[type=text], input[type=password]").First.FillAsync(token);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply credentials" }).First.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).First.ClickAsync();

        Assert.That(await TryItOutAsync("get", "/api/people", body: null), Is.EqualTo("200"));
        var name = $"Swagger Token {Guid.NewGuid():N}"[..28];
        Assert.That(await TryItOutAsync("post", "/api/people", $$"""{ "name": "{{name}}" }"""), Is.EqualTo("201"));
    }

    [Test]
    public async Task Nobody_signed_in_is_refused_with_401_not_an_antiforgery_error()
    {
        await Page.GotoAsync("/swagger");

        Assert.That(await TryItOutAsync("get", "/api/people", body: null), Is.EqualTo("401"));
    }

    [Test]
    public async Task Every_tag_of_the_document_and_its_operations_can_be_reached_through_the_filter()
    {
        // From 150 rows Swagger UI draws only the operations near the viewport (the reason the smaller grid was once
        // reverted): the filter is how a person, or a test, reaches one area in full however long the document grows.
        var document = System.Text.Json.Nodes.JsonNode.Parse(await TrackerApp.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var tags = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        var rows = tags.Count + document["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count(o => o.Key is "get" or "put" or "post" or "delete" or "patch"));
        Assert.That(rows, Is.GreaterThanOrEqualTo(150), "The document is short enough for Swagger UI to draw every operation; this test then proves less.");
        await Page.GotoAsync("/swagger");

        foreach (var tag in tags)
        {
            await SwaggerUiPage.ShowTagAsync(Page, tag);
            var section = Page.Locator(".opblock-tag-section").Filter(new() { Has = Page.Locator($"h3.opblock-tag[data-tag='{tag}']") });
            await Expect(section.Locator(".opblock").First).ToBeVisibleAsync();
        }
    }

    /// <summary>
    /// Filters the page to the People tag (every operation tried here is one of its), opens an operation, presses
    /// "Try it out", fills the JSON body if any, executes, and reads the status shown.
    /// </summary>
    private async Task<string> TryItOutAsync(string method, string path, string? body)
    {
        await SwaggerUiPage.ShowTagAsync(Page, "People");
        var operation = SwaggerUiPage.Operation(Page, method, path);
        if (!await operation.Locator(".opblock-body").IsVisibleAsync())
            await operation.Locator(".opblock-summary").First.ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        if (body is not null) await operation.Locator("textarea.body-param__text").FillAsync(body);
        await operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();
        var status = operation.Locator(".live-responses-table tr.response .response-col_status").First;
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*\d{3}"));
        var text = (await status.InnerTextAsync()).Trim()[..3];
        // Leave the operation as it was, so the next try starts from a clean form.
        await operation.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        return text;
    }

    private static async Task<string> PersonalTokenAsync()
    {
        using var admin = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var username = $"swagger.{Guid.NewGuid():N}@tests.example";
        var created = await admin.PostAsJsonAsync("/api/users",
            new { username, displayName = "Swagger Integrator", role = "administrator", password = TrackerApp.UserPassword });
        Assert.That(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        using var user = await TrackerApp.BrowserSignedInAsync(username, TrackerApp.UserPassword);
        var token = await user.PostAsJsonAsync("/api/tokens", new { name = "Swagger UI" });
        var text = await token.Content.ReadAsStringAsync();
        Assert.That(token.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["secret"]!.GetValue<string>();
    }
}
