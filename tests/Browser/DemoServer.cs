namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// A demo-mode tracker of its own (the seeded Northmoor plans and the four demo accounts), for browser tests that show
/// what a first-time visitor sees. Started on first use and shared; stopped with the browser (BrowserSession).
/// Tests must not change its data in ways other tests would notice: arrange on the main tracker for that.
/// </summary>
public static class DemoServer
{
    /// <summary>The demo accounts' password, as the README prints it.</summary>
    public const string Password = "northmoor-demo-2026";

    private static readonly Lazy<TrackerFactory> Tracker = new(() =>
    {
        var tracker = new TrackerFactory(seedDemoData: true);
        tracker.UseKestrel(0);
        tracker.StartServer();
        return tracker;
    });

    public static TrackerFactory Factory => Tracker.Value;

    public static Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    internal static void StopIfStarted()
    {
        if (Tracker.IsValueCreated) Tracker.Value.Dispose();
    }
}
