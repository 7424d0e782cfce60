using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ActionPlanTracker.Features.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ActionPlanTracker.Tests.Api.Reminders;

/// <summary>
/// A real SMTP server (the SmtpServer package) in this process on a loopback port, keeping every message it accepts.
/// Recipients whose address starts with "refused" are refused with 550, as a server refuses an unknown mailbox.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private SmtpServer.SmtpServer? server;
    private CancellationTokenSource? stop;
    private Task? running;

    public SmtpSink(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        services.Add(new Filter());
        server = new SmtpServer.SmtpServer(options, services);
        stop = new CancellationTokenSource();
        running = server.StartAsync(stop.Token);
        // Listening once a connection is accepted.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new InvalidOperationException($"The SMTP server did not start on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (server is null) return;
        stop!.Cancel();
        try { await running!; } catch (OperationCanceledException) { }
        server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>The messages received by one address.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!to.User.StartsWith("refused", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A tracker of its own, sending to an <see cref="SmtpSink"/>'s port, on a clock the test moves.</summary>
public sealed class MailTracker : IAsyncDisposable
{
    public const string PublicAddress = "https://tracker.example.gov.uk/";

    /// <summary>
    /// The tracker's mail settings for a test. The older tests count what one explicit tick sends, so by default the
    /// worker is not woken by writes (sendOnWrite) and there are no quiet hours; the tests of those turn them on.
    /// </summary>
    public static Dictionary<string, string> Settings(int port, bool enabled = true, bool sendOnWrite = false, bool quietHours = false) => new()
    {
        ["Tracker:Mail:SendOnWrite"] = sendOnWrite ? "true" : "false",
        ["Tracker:Mail:QuietHours:Enabled"] = quietHours ? "true" : "false",
        ["Tracker:Mail:Enabled"] = enabled ? "true" : "false",
        ["Tracker:Mail:Host"] = "127.0.0.1",
        ["Tracker:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tracker:Mail:Security"] = "None",
        ["Tracker:Mail:From:Address"] = "tracker@example.gov.uk",
        ["Tracker:Mail:From:DisplayName"] = "Action-plan tracker",
        ["Tracker:Mail:PublicAddress"] = PublicAddress,
        // The test moves the clock and runs ticks itself; the timer's own ticks follow the fake clock.
        ["Tracker:Mail:PollSeconds"] = "60",
    };

    private MailTracker(TrackerFactory factory, FakeTimeProvider clock, HttpClient admin)
    {
        Factory = factory;
        Clock = clock;
        Admin = admin;
    }

    public TrackerFactory Factory { get; }
    public FakeTimeProvider Clock { get; }
    /// <summary>The first administrator, by API token (a browser session would end when the clock moves days on).</summary>
    public HttpClient Admin { get; }

    public static async Task<MailTracker> StartAsync(Dictionary<string, string> settings, string? folder = null,
        DateTimeOffset? now = null, bool seedDemoData = false, string adminUser = "admin", string adminPassword = TrackerApp.AdminPassword)
    {
        var clock = new FakeTimeProvider(now ?? TrackerApp.Now);
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var factory = new TrackerFactory(folder, seedDemoData, settings, time: clock);
        factory.UseKestrel(0);
        factory.StartServer();
        using var browser = await TrackerApp.BrowserSignedInAsync(factory, adminUser, adminPassword);
        var token = await browser.PostJsonAsync("/api/tokens", new { name = "reminder tests" });
        var secret = (string)(await token.ReadAsync<JsonObject>())["secret"]!;
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return new MailTracker(factory, clock, admin);
    }

    /// <summary>One scheduler tick, as the hosted service runs it: queue what is due, send what is due.</summary>
    public Task<int> TickAsync() => Factory.Services.GetRequiredService<MailSchedule>().RunOnceAsync();

    public async Task<long> PersonAsync(string name, string? email) =>
        (await (await Admin.PostJsonAsync("/api/people", new { name, jobTitle = "Service Manager", email })).ReadAsync<JsonObject>())["id"]!.GetValue<long>();

    public async Task<long> ReviewAsync(long planId, string label, string reviewDate, string? updatesDueBy)
    {
        var response = await Admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate, updatesDueBy });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<JsonObject>())["id"]!.GetValue<long>();
    }

    public async Task ScoreAsync(long planId, long reviewId, long recommendationId, int level, string narrative)
    {
        var saved = await Admin.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}",
            new { level, narrative }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    public async Task<JsonObject> OutboxAsync() => await (await Admin.GetAsync("/api/admin/mail/outbox")).ReadAsync<JsonObject>();

    /// <summary>Outbox rows straight from the database: (kind, email, status, attempts, last error).</summary>
    public List<(string Kind, string Email, string Status, long Attempts, string? Error)> Rows()
    {
        using var connection = Factory.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, recipient_email, status, attempts, last_error FROM mail_outbox ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, long, string?)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
