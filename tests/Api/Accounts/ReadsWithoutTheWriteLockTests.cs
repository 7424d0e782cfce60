using ActionPlanTracker.Data;
using System.Net;
using System.Net.Http.Headers;
using Dapper;

namespace ActionPlanTracker.Tests.Api.Accounts;

/// <summary>
/// Issue 13, defect 1: authenticating a read never needs SQLite's write lock. Another connection holds BEGIN IMMEDIATE
/// (the write lock) for the whole of each request below; in WAL mode reads go on, so each request must answer as usual.
/// Before the fix every token request opened an IMMEDIATE transaction and waited for the lock until it failed.
/// </summary>
// It holds the tracker's one write lock while it reads: other fixtures' writes would queue behind it, so it runs alone.
[NonParallelizable]
public sealed class ReadsWithoutTheWriteLockTests
{
    [Test]
    public async Task Token_and_cookie_reads_and_a_refused_sign_in_answer_while_another_connection_holds_the_write_lock()
    {
        var user = await Accounts.CreateUserAsync("board", "Lock Holder's Colleague");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        var token = await (await browser.PostJsonAsync("/api/tokens", new { name = "Dashboard" })).ReadAsync<TokenDto>();
        using var integration = TrackerApp.Anonymous();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        // The first use writes last_used_at and the "used" audit row; later uses within the minute only read.
        await (await integration.GetAsync("/api/session")).ReadAsync<SessionDto>();
        Assert.That(UsedRows(token.Id), Is.EqualTo(1));

        await using (var holder = await TrackerApp.Factory.OpenDatabaseAsync())
        {
            // The database's one write lock: SQLite's BEGIN IMMEDIATE; on PostgreSQL the advisory lock every write
            // transaction takes (api/Data/Transactions.cs).
            await using var writeLock = holder.BeginWriteTransaction();

            Assert.That((await (await integration.GetAsync("/api/session")).ReadAsync<SessionDto>()).Username, Is.EqualTo(user.Username));
            Assert.That((await integration.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await (await browser.GetAsync("/api/session")).ReadAsync<SessionDto>()).Username, Is.EqualTo(user.Username));
            // An unknown username's refusal writes nothing, so it needs no lock either.
            await (await Accounts.Browser().PostJsonAsync("/api/session", new { username = Accounts.UniqueUsername("nobody"), password = "guess" }))
                .ReadProblemAsync(HttpStatusCode.Unauthorized);

            await writeLock.RollbackAsync();
        }

        // Use is still recorded once a minute: a token last used over a minute ago writes again (and audits it).
        await using (var connection = await TrackerApp.Factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE api_tokens SET last_used_at = '2026-11-23T09:28:00.000Z' WHERE id = @id", new { id = token.Id });
        }
        await (await integration.GetAsync("/api/plans")).ReadAsync<object>();
        await (await integration.GetAsync("/api/plans")).ReadAsync<object>();
        Assert.That(UsedRows(token.Id), Is.EqualTo(2));
    }

    private static int UsedRows(long tokenId) =>
        AuditRows.For("token", tokenId).Count(a => a.AfterJson?.Contains("\"event\":\"used\"") == true);
}
