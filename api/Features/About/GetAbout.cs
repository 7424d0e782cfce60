using System.Reflection;
using FastEndpoints;

namespace ActionPlanTracker.Features.About;

/// <summary>What this server is: the SPA shows a demonstration notice from <see cref="Demo"/>.</summary>
public sealed record AboutResponse
{
    public string Product { get; init; } = "";
    /// <summary>True when Tracker:SeedDemoData is on: invented data and public demo passwords, never real data.</summary>
    public bool Demo { get; init; }
    /// <summary>The build's informational version (for example "1.0.0+3f2a9c1"), for support requests.</summary>
    public string Version { get; init; } = "";
    /// <summary>In demo mode, the demo accounts' usernames, one per role, so the demonstration notice can name them; empty otherwise.</summary>
    public IReadOnlyList<string> DemoUsernames { get; init; } = [];
    /// <summary>In demo mode, the demo accounts' password (public by design, printed in the README); null otherwise.</summary>
    public string? DemoPassword { get; init; }
}

public sealed class GetAbout(TrackerSettings settings) : EndpointWithoutRequest<AboutResponse>
{
    public const string Product = "Improvement action-plan tracker";

    private static readonly string BuildVersion =
        typeof(GetAbout).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GetAbout).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override void Configure()
    {
        Get("/about");
        AllowAnonymous();
        Description(b => b.Produces<AboutResponse>(200).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "What this server is: product name, demonstration mode and version";
            s.Description = "Anonymous, so the sign-in page can say when the server is a demonstration with invented data and public passwords.";
        });
    }

    // The demo accounts come from the one list that creates them, so the notice cannot name an account that does not exist.
    public override Task HandleAsync(CancellationToken ct) =>
        Send.OkAsync(new AboutResponse
        {
            Product = Product,
            Demo = settings.SeedDemoData,
            Version = BuildVersion,
            DemoUsernames = settings.SeedDemoData ? Demo.DemoUsers.All.Select(u => u.Username).ToList() : [],
            DemoPassword = settings.SeedDemoData ? Demo.DemoUsers.Password : null,
        }, ct);
}
