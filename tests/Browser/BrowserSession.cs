using Microsoft.Playwright;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// One headless Chromium for every browser test in the run; each test opens its own context (cookies, storage,
/// viewport) from it. The browser is the system's Chromium: Playwright's own browser downloads are not reachable
/// from the machines this project runs on, so never run <c>playwright install</c>.
/// </summary>
[SetUpFixture]
public sealed class BrowserSession
{
    /// <summary>Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it on other machines.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    // Without the networking flags Chromium keeps trying to reach Google's services, which on a closed network
    // only fills the logs and slows start-up; --no-sandbox because CI runs the tests as root.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    [OneTimeSetUp]
    public async Task Start()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : DefaultChromiumPath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {path}, and it is not there. On Debian install it with " +
                "'apt-get install -y chromium' (.ci/run does this), or set CHROMIUM_PATH to a Chromium-based browser. " +
                "Do not run 'playwright install': its downloads are not reachable here.");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ChromiumArgs });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        browser = null;
        playwright = null;
        DemoServer.StopIfStarted();
    }
}
