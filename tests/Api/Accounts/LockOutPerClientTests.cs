using System.Net;
using System.Net.Http.Headers;
using Dapper;

namespace ActionPlanTracker.Tests.Api.Accounts;

/// <summary>Issue 13, defect 5: wrong passwords from one address lock the account from that address only, never its tokens.</summary>
public sealed class LockOutPerClientTests
{
    private static async Task LockFromAsync(HttpClient attacker, string username)
    {
        for (var attempt = 1; attempt <= 4; attempt++)
            await (await attacker.PostJsonAsync("/api/session", new { username, password = $"a stranger's guess {attempt}" }))
                .ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await attacker.PostJsonAsync("/api/session", new { username, password = "a stranger's guess 5" }))
            .ReadProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Five_wrong_passwords_from_one_address_lock_the_account_there_but_its_owner_signs_in_from_another()
    {
        var user = await Accounts.CreateUserAsync("manager", "Priya Shah");
        using var stranger = ClientAt.Address("127.0.0.7");
        await LockFromAsync(stranger, user.Username);

        var fromStranger = await stranger.PostJsonAsync("/api/session", new { username = user.Username, password = Accounts.Password });
        var problem = await fromStranger.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(problem.ReasonFor("session"), Does.Contain("locked until 09:45 on 23 November 2026"));
        Assert.That(fromStranger.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));

        using var owner = ClientAt.Address("127.0.0.8");
        var session = await owner.SignInAsync(user.Username);
        Assert.That(session.DisplayName, Is.EqualTo("Priya Shah"));
        Assert.That((await owner.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The owner's success does not lift the stranger's lock, and the failures say where they came from.
        await (await stranger.PostJsonAsync("/api/session", new { username = user.Username, password = Accounts.Password }))
            .ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var failures = AuditRows.For("user", user.Id).Where(e => e.AfterJson?.Contains("\"signInFailed\"") == true).ToList();
        Assert.That(failures, Has.Count.EqualTo(5));
        Assert.That(failures.All(f => f.AfterJson!.Contains("\"client\":\"127.0.0.7\"")), Is.True);

        // Administrators still see when the lock ends.
        using var admin = await Accounts.AdministratorAsync();
        var read = await (await admin.GetAsync($"/api/users/{user.Id}")).ReadAsync<UserDto>();
        Assert.That(read.LockedUntil, Is.EqualTo("2026-11-23T09:45:00.000Z"));
    }

    [Test]
    public async Task A_lock_out_never_stops_the_accounts_api_token()
    {
        var user = await Accounts.CreateUserAsync("board", "Integration Owner");
        string secret;
        using (var browser = ClientAt.Address("127.0.0.9"))
        {
            await browser.SignInAsync(user.Username);
            secret = (await (await browser.PostJsonAsync("/api/tokens", new { name = "Board pack export" })).ReadAsync<TokenDto>()).Secret!;
        }
        using var stranger = ClientAt.Address("127.0.0.10");
        await LockFromAsync(stranger, user.Username);

        using var integration = TrackerApp.Anonymous();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var asToken = await (await integration.GetAsync("/api/session")).ReadAsync<SessionDto>();
        Assert.That(asToken.Username, Is.EqualTo(user.Username));
        Assert.That((await integration.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_password_reset_lifts_the_locks_from_every_address()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var first = ClientAt.Address("127.0.0.11");
        using var second = ClientAt.Address("127.0.0.12");
        await LockFromAsync(first, user.Username);
        await LockFromAsync(second, user.Username);
        Assert.That(RowsFor(user.Id), Is.EqualTo(2));

        using var admin = await Accounts.AdministratorAsync();
        var read = await admin.GetAsync($"/api/users/{user.Id}");
        var reset = await admin.PutJsonAsync($"/api/users/{user.Id}/password", new { newPassword = "a brand new passphrase" }, read.ETag());
        Assert.That((await reset.ReadAsync<UserDto>()).LockedUntil, Is.Null);
        Assert.That(RowsFor(user.Id), Is.EqualTo(0));

        Assert.That((await first.SignInAsync(user.Username, "a brand new passphrase")).Role, Is.EqualTo("viewer"));
        Assert.That((await second.SignInAsync(user.Username, "a brand new passphrase")).Role, Is.EqualTo("viewer"));
    }

    // It counts every audit and failure row of the shared tracker, so no other fixture may write while it runs.
    [Test, NonParallelizable]
    public async Task A_wrong_password_for_an_unknown_username_writes_nothing()
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        const string CountsSql = "SELECT (SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM sign_in_failures)";
        var before = connection.ExecuteScalar<string>(CountsSql);
        using var stranger = ClientAt.Address("127.0.0.13");
        for (var attempt = 1; attempt <= 6; attempt++)
            await (await stranger.PostJsonAsync("/api/session", new { username = Accounts.UniqueUsername("nobody"), password = "guess" }))
                .ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(connection.ExecuteScalar<string>(CountsSql), Is.EqualTo(before));
    }

    private static long RowsFor(long userId)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM sign_in_failures WHERE user_id = @userId AND locked_until IS NOT NULL", new { userId });
    }
}
