using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>A fresh browser context and page for each test, pointed at the test run's tracker, in UK English and time.</summary>
public abstract class BrowserTest
{
    // WCAG 2.2 A and AA, which public sector websites must meet (the Accessibility Regulations 2018 point to
    // WCAG 2.2 AA), plus axe's best practices, which catch page structure problems such as a missing main landmark.
    private static readonly List<string> AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private readonly List<string> scriptErrors = [];

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>The tracker this test's pages come from: the test run's own, or <see cref="DemoServer"/> for demo tests.</summary>
    protected virtual Uri ServerAddress => TrackerApp.BaseAddress;

    // Playwright's assertions retry for 5 s by default. Fixtures run side by side (tests/Parallelism.cs) on two cores,
    // where a plan list of a few hundred rows can take longer to settle; waiting longer only slows a test that fails.
    private const float ExpectTimeoutMilliseconds = 15_000;

    [SetUp]
    public async Task OpenPage()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
        Context = await BrowserSession.Browser.NewContextAsync(new()
        {
            BaseURL = ServerAddress.ToString(),
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new() { Width = 1024, Height = 768 },
        });
        Page = await Context.NewPageAsync();
        Page.PageError += (_, error) => scriptErrors.Add(error);
    }

    [TearDown]
    public async Task ClosePage()
    {
        await Context.CloseAsync();
        scriptErrors.Clear();
    }

    /// <summary>Runs axe over the page as it is now and fails with a readable list of what it found.</summary>
    protected async Task AssertAccessibleAsync(string state)
    {
        var result = await Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AxeTags } });

        Assert.That(result.Violations, Is.Empty, $"axe found problems with {state}:\n{Describe(result.Violations)}");
    }

    /// <summary>Uncaught script errors would leave a person looking at a half-drawn page.</summary>
    protected void AssertNoScriptErrors() =>
        Assert.That(scriptErrors, Is.Empty, "The page threw script errors.");

    /// <summary>Saves a full-page screenshot under the test work folder's artifacts/ and attaches it to the result.</summary>
    protected async Task<string> SaveScreenshotAsync(string fileName, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, description);
        return path;
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n" +
            string.Join("\n", v.Nodes.Select(n => $"    {string.Join(" ", n.Target)}: {n.Html}"))));
}
