using System.Net;
using System.Net.Http.Json;

namespace ActionPlanTracker.Tests.Api.Accounts;

/// <summary>
/// Issue 13, defect 1: sign-in attempts are rate-limited per client address and per username. A server of its own with
/// low limits: 3 attempts per address (then one every 20 s) and 1 per username (then one a minute), so nothing refills
/// while a test runs. Each test uses addresses and usernames of its own.
/// </summary>
public sealed class SignInRateLimitTests
{
    private TrackerFactory? tracker;
    private Uri BaseAddress => tracker!.ClientOptions.BaseAddress;

    [OneTimeSetUp]
    public void Start()
    {
        tracker = new TrackerFactory(settings: new Dictionary<string, string>
        {
            ["Tracker:SignInsPerMinutePerAddress"] = "3",
            ["Tracker:SignInsPerMinutePerUsername"] = "1",
        });
        tracker.UseKestrel(0);
        tracker.StartServer();
    }

    [OneTimeTearDown]
    public void Stop() => tracker?.Dispose();

    private Task<HttpResponseMessage> AttemptAsync(HttpClient client, string username, string password = "not the password") =>
        client.PostAsJsonAsync("/api/session", new { username, password });

    [Test]
    public async Task A_fourth_attempt_in_a_minute_from_one_address_gets_429_with_retry_after_before_any_password_is_checked()
    {
        using var flood = ClientAt.Address("127.0.1.1", BaseAddress);
        for (var attempt = 1; attempt <= 3; attempt++)
            await (await AttemptAsync(flood, Accounts.UniqueUsername($"guess{attempt}"))).ReadProblemAsync(HttpStatusCode.Unauthorized);

        var refused = await AttemptAsync(flood, Accounts.UniqueUsername("guess4"));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "session" }));
        Assert.That(problem.ReasonFor("session"), Does.StartWith("Too many sign-in attempts have come from your network address. Wait "));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(20)));

        // Another address is not held back by this one's flood.
        using var neighbour = ClientAt.Address("127.0.1.2", BaseAddress);
        await (await AttemptAsync(neighbour, Accounts.UniqueUsername("other"))).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_second_attempt_in_a_minute_for_one_username_gets_429_from_any_address_but_its_owners_usual_address_is_let_through()
    {
        using var admin = await TrackerApp.BrowserSignedInAsync(tracker!, "admin", TrackerApp.AdminPassword);
        var username = Accounts.UniqueUsername("manager");
        (await admin.PostAsJsonAsync("/api/users", new { username, displayName = "Jo Morgan", role = "manager", password = Accounts.Password }))
            .EnsureSuccessStatusCode();

        // The owner signs in from their usual address, which uses the username's one attempt of the minute.
        using var owner = ClientAt.Address("127.0.2.1", BaseAddress);
        await owner.SignInAsync(username);

        using var stranger = ClientAt.Address("127.0.2.2", BaseAddress);
        var refused = await AttemptAsync(stranger, username);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(problem.ReasonFor("session"), Does.StartWith("Too many sign-in attempts have been made for this username. Wait "));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        // Whatever the case, and even with the right password, from another address.
        using var other = ClientAt.Address("127.0.2.3", BaseAddress);
        await (await AttemptAsync(other, username.ToUpperInvariant(), Accounts.Password)).ReadProblemAsync(HttpStatusCode.TooManyRequests);

        // An unknown username is limited the same way, so a 429 does not tell which usernames exist.
        var nobody = Accounts.UniqueUsername("nobody");
        await (await AttemptAsync(stranger, nobody)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await AttemptAsync(other, nobody)).ReadProblemAsync(HttpStatusCode.TooManyRequests);

        // The address the owner signed in from lately is not held back by the per-username limit.
        using var ownerAgain = ClientAt.Address("127.0.2.1", BaseAddress);
        Assert.That((await ownerAgain.SignInAsync(username)).DisplayName, Is.EqualTo("Jo Morgan"));
    }
}
