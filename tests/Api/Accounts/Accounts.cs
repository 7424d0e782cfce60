using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ActionPlanTracker.Tests.Api.Accounts;

public sealed record SessionDto(string Username, string DisplayName, string Role, long? PersonId, string? AntiforgeryToken);

public sealed record UserDto(long Id, string Username, string DisplayName, string Role, long? PersonId, bool IsDisabled,
    string? LockedUntil, long Version);

public sealed record TokenDto(long Id, string Name, string Prefix, string CreatedAt, string? LastUsedAt, string? RevokedAt, string? Secret);

/// <summary>Browsers with a cookie jar, one per person, and accounts made through the API with unique usernames.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>A browser with its own cookie jar and nobody signed in.</summary>
    public static HttpClient Browser()
    {
        var client = TrackerApp.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = TrackerApp.BaseAddress });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Signs the browser in and, as the SPA does, sends the antiforgery token on every later request.</summary>
    public static async Task<SessionDto> SignInAsync(this HttpClient browser, string username, string password = Password)
    {
        var session = await (await browser.PostJsonAsync("/api/session", new { username, password })).ReadAsync<SessionDto>();
        browser.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.AntiforgeryToken);
        return session;
    }

    public static async Task<HttpClient> AdministratorAsync()
    {
        var admin = Browser();
        await admin.SignInAsync("admin", TrackerApp.AdminPassword);
        return admin;
    }

    public static string UniqueUsername(string role) => $"{role}.{Guid.NewGuid():N}@council.example";

    /// <summary>Creates an account with <see cref="Password"/> as the administrator.</summary>
    public static async Task<UserDto> CreateUserAsync(string role, string? displayName = null)
    {
        using var admin = await AdministratorAsync();
        var response = await admin.PostJsonAsync("/api/users", new
        {
            username = UniqueUsername(role), displayName = displayName ?? $"Test {role}", role, password = Password,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return await response.ReadAsync<UserDto>();
    }

    public static async Task<HttpClient> SignedInAsync(string role)
    {
        var user = await CreateUserAsync(role);
        var browser = Browser();
        await browser.SignInAsync(user.Username);
        return browser;
    }
}
