using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Mail;

/// <summary>
/// The tracker's one email worker (issue 17): every <see cref="MailSettings.PollSeconds"/> it queues the emails of the
/// review events that are due (<see cref="ReviewReminders"/>), then sends what the outbox holds (<see cref="MailSender"/>).
/// A plain BackgroundService over a database-backed queue rather than Quartz.NET: there is one job, its state already
/// lives in the database (events, outbox, claims), and a missed tick costs nothing because the next one sees the same
/// due rows; Quartz would add its own tables and store for no gain. Nothing runs while email is off by the settings
/// (disabled, or a demo install), nor while an administrator has paused it. A write that makes an email due pokes
/// <see cref="MailSignal"/> so the worker runs at once rather than at the next poll. Time is the app's TimeProvider, so tests
/// move it.
/// </summary>
public sealed class MailSchedule(ReviewReminders reminders, Digests digests, MailSender sender, Database database, TrackerSettings settings,
    MailSignal signal, TimeProvider time, ILogger<MailSchedule> logger) : BackgroundService
{
    private readonly SemaphoreSlim running = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Mail.Sends(settings.SeedDemoData))
        {
            if (settings.Mail.Enabled)
                logger.LogWarning("Email is enabled but the demo plans are seeded: nothing is sent (Tracker:Mail:SendFromDemo)");
            return;
        }
        await Task.Yield();
        logger.LogInformation("Email: reminders through {Host}:{Port} every {Seconds} s", settings.Mail.Host, settings.Mail.Port, settings.Mail.PollSeconds);
        try
        {
            // Every PollSeconds for what time makes due (reminders, digests, retries), and straight after a write that
            // pokes the signal (a review opened, a sign-off decision), so that email goes within seconds.
            var period = TimeSpan.FromSeconds(settings.Mail.PollSeconds);
            while (true)
            {
                await RunOnceAsync(stoppingToken);
                await signal.WaitAsync(period, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One tick: queue, then send. Whatever goes wrong is logged and the schedule goes on (an exception escaping a
    /// BackgroundService would stop the server). Returns how many emails were sent.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        if (!settings.Mail.Sends(settings.SeedDemoData)) return 0;
        await running.WaitAsync(ct);
        try
        {
            await using (var connection = await database.OpenAsync(ct))
                if (await Outbox.IsPausedAsync(connection)) return 0;
            await reminders.QueueDueAsync(ct);
            await digests.QueueDueAsync(ct);
            return await sender.SendDueAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Email tick failed: {Reason}", e.Message);
            return 0;
        }
        finally
        {
            running.Release();
        }
    }
}

/// <summary>Registers the email worker and its parts (one line in Program.cs).</summary>
public static class MailSetup
{
    public static IServiceCollection AddTrackerMail(this IServiceCollection services)
    {
        services.AddSingleton<MailSignal>();
        services.AddSingleton(sp => new QuietHours(sp.GetRequiredService<TrackerSettings>()));
        services.AddSingleton<ReviewReminders>();
        services.AddSingleton<Digests>();
        services.AddSingleton<MailSender>();
        services.AddSingleton<MailSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<MailSchedule>());
        return services;
    }
}
