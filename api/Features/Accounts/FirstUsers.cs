using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Demo;
using ActionPlanTracker.Security.Authentication;
using Dapper;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>
/// The first start of an empty users table. Demo mode creates one account per role with the README's password;
/// otherwise one administrator, "admin", with Tracker:InitialAdminPassword or a random password printed once.
/// There is never a well-known password outside demo mode.
/// </summary>
public static class FirstUsers
{
    public const string AdminUsername = "admin";
    private const string Actor = "first start";

    private const string CountSql = "SELECT count(*) FROM users";
    private const string PersonByEmailSql = "SELECT id FROM people WHERE lower(email) = lower(@email)";

    /// <param name="jsonConsole">The console writes JSON lines (Logging:Console:FormatterName "json"): the one-time password
    /// notice is then one JSON object too, so a collector parsing the output never meets a plain line.</param>
    public static async Task EnsureAsync(Database database, TrackerSettings settings, Passwords passwords, Clock clock, ILogger logger,
        bool jsonConsole = false)
    {
        Passwords.Warm();
        await using var connection = await database.OpenAsync();
        // A second instance starting on the same file waits on this transaction, then finds the users.
        await using var transaction = connection.BeginWriteTransaction();
        if (await connection.ExecuteScalarAsync<long>(CountSql, transaction: transaction) > 0) return;
        var write = new WriteContext(Actor, clock.NowText);

        if (settings.SeedDemoData)
        {
            foreach (var (username, displayName, role, email) in DemoUsers.All)
            {
                var personId = email is null ? null
                    : await connection.ExecuteScalarAsync<long?>(PersonByEmailSql, new { email }, transaction);
                await AddAsync(username, displayName, role, personId, DemoUsers.Password);
            }
            await transaction.CommitAsync();
            logger.LogInformation("Created the demo accounts {Usernames}; their password is in the README.",
                string.Join(", ", DemoUsers.All.Select(u => u.Username)));
            return;
        }

        var password = settings.InitialAdminPassword ?? Passwords.Generate();
        await AddAsync(AdminUsername, "Administrator", RoleNames.Administrator, null, password);
        await transaction.CommitAsync();
        if (settings.InitialAdminPassword is not null)
        {
            logger.LogInformation("Created the administrator \"{Username}\" with the password from {Setting}.",
                AdminUsername, $"{TrackerSettings.SectionName}:{nameof(TrackerSettings.InitialAdminPassword)}");
            return;
        }
        // Straight to the console, not through ILogger: log files and collectors keep what they are given, and this
        // password must be seen once by whoever started the tracker, then changed.
        if (jsonConsole)
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                Timestamp = clock.UtcNow.ToString("O"), EventId = 0, LogLevel = "Warning", Category = typeof(FirstUsers).FullName,
                Message = $"First start: created the administrator account \"{AdminUsername}\" with the password \"{password}\". " +
                          "This is shown once and never again. Sign in and change it (PUT /api/session/password).",
                State = new { Username = AdminUsername, Password = password },
            }));
        else
            Console.WriteLine($"""

                ==== First start: created the administrator account ====
                  username: {AdminUsername}
                  password: {password}
                This is shown once and never again. Sign in and change it (PUT /api/session/password).
                =========================================================

                """);
        logger.LogWarning("Created the administrator \"{Username}\" with a random password, printed once to the console above.", AdminUsername);

        async Task AddAsync(string username, string displayName, string role, long? personId, string secret)
        {
            var id = await connection.ExecuteScalarAsync<long>(UserData.InsertSql, new
            {
                Username = username, DisplayName = displayName, Role = role, PersonId = personId,
                PasswordHash = passwords.Hash(secret), write.Now,
            }, transaction);
            await AuditLog.RecordAsync(connection, transaction, write, "user", id, null, null, await UserData.FindAsync(connection, id, transaction));
        }
    }
}
