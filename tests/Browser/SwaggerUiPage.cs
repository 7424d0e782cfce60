using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Swagger UI at /swagger. From 150 rows (tags plus the operations of open tags; the document passed that with issue
/// 14's narratives endpoint) Swagger UI virtualises its operations list: only the rows near the viewport are in the
/// page, with no error anywhere, so a locator for an operation further down finds nothing. Tests therefore narrow the
/// page to one tag with the filter box first, as a person looking for one area would.
/// </summary>
public static class SwaggerUiPage
{
    /// <summary>Goes to Swagger UI (unless there already) and filters it to <paramref name="tag"/>'s operations.</summary>
    public static async Task ShowTagAsync(IPage page, string tag)
    {
        if (!page.Url.Contains("/swagger")) await page.GotoAsync("/swagger");
        var filter = page.Locator("input.operation-filter-input");
        await filter.FillAsync(tag);
        await Expect(page.Locator($"h3.opblock-tag[data-tag='{tag}']")).ToBeVisibleAsync();
    }

    /// <summary>The operation block for <paramref name="method"/> <paramref name="path"/>, once its tag is shown.</summary>
    public static ILocator Operation(IPage page, string method, string path) =>
        page.Locator($".opblock.opblock-{method}")
            .Filter(new() { Has = page.Locator($".opblock-summary-path[data-path='{path}']") }).First;
}
