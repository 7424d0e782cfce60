using System.Net;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Tracker:SingleSignOn: sign-in through the council's OpenID Connect provider (Entra ID or any standard one). Off
/// unless Authority and ClientId are set. docs/operations.md, "Single sign-on", is the IT department's guide.
/// </summary>
public sealed class SingleSignOnSettings
{
    public const string DefaultDisplayName = "Sign in with your council account";

    /// <summary>The provider's issuer address, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for; unset: openid, profile and email.</summary>
    public string[]? Scopes { get; set; }

    /// <summary>The sign-in page's button text.</summary>
    public string DisplayName { get; set; } = DefaultDisplayName;

    /// <summary>The id_token claim whose values name the person's roles: "roles" (Entra app roles) or "groups" (group object ids).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Tracker role (administrator, board, manager, viewer) → the claim values that give it. A person with values for
    /// several roles gets the first of administrator, board, manager, viewer. Empty: roles are managed in the tracker,
    /// the provider's claim is ignored and no account can be created at first sign-in.
    /// </summary>
    public Dictionary<string, string[]> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims tried in turn for the email that links a person to an account and to a Person; unset: email, preferred_username, upn.</summary>
    public string[]? EmailClaims { get; set; }

    /// <summary>Create an account for a person with a mapped role who has none yet; off: an administrator adds accounts first.</summary>
    public bool CreateAccountsOnFirstSignIn { get; set; }

    /// <summary>Username-and-password sign-in; false refuses POST /api/session except for <see cref="BreakGlassAccounts"/>.</summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>Usernames that may still sign in with a password when <see cref="LocalAccounts"/> is false (an emergency administrator).</summary>
    public string[] BreakGlassAccounts { get; set; } = [];

    /// <summary>Fetch the provider's metadata over HTTPS only; unset: true, except for an authority on loopback (tests, a local provider).</summary>
    public bool? RequireHttpsMetadata { get; set; }

    /// <summary>
    /// Signing out of the tracker also ends the person's session at the provider (its end_session_endpoint, when the
    /// discovery document has one), so the next sign-in asks the provider again. Unset: true.
    /// </summary>
    public bool SignOutOfProvider { get; set; } = true;

    /// <summary>Tracker:SingleSignOn:Api: integrations calling with the provider's client-credentials access tokens (off unless Audience is set).</summary>
    public SingleSignOnApiSettings Api { get; set; } = new();

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Bearer access tokens from the provider are accepted (single sign-on is on and Api:Audience is set).</summary>
    public bool ClientTokensEnabled => Enabled && Api.Enabled;

    public IReadOnlyList<string> EffectiveScopes => Scopes is { Length: > 0 } ? Scopes : ["openid", "profile", "email"];

    public IReadOnlyList<string> EffectiveEmailClaims => EmailClaims is { Length: > 0 } ? EmailClaims : ["email", "preferred_username", "upn"];

    public bool EffectiveRequireHttpsMetadata => RequireHttpsMetadata ?? !IsLoopback(Authority);

    public bool IsBreakGlass(string username) =>
        BreakGlassAccounts.Any(b => string.Equals(b.Trim(), username.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The tracker role the claim values give, or null when none is mapped.</summary>
    public string? RoleFor(IEnumerable<string> claimValues)
    {
        var values = claimValues.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var role in RoleNames.All)
            if (RoleMap.TryGetValue(role, out var mapped) && mapped.Any(values.Contains)) return role;
        return null;
    }

    public void Validate()
    {
        const string section = "Tracker:SingleSignOn";
        if (!Enabled && Api.Enabled) throw new InvalidOperationException($"{section}:Api needs single sign-on set up (Authority and ClientId).");
        if (!string.IsNullOrWhiteSpace(Authority) != !string.IsNullOrWhiteSpace(ClientId))
            throw new InvalidOperationException($"{section}: set both Authority and ClientId, or neither.");
        if (!Enabled)
        {
            if (!LocalAccounts) throw new InvalidOperationException($"{section}:LocalAccounts can be false only when single sign-on is set up.");
            return;
        }
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            throw new InvalidOperationException($"{section}:Authority must be an absolute https address.");
        if (EffectiveRequireHttpsMetadata && authority.Scheme != "https")
            throw new InvalidOperationException($"{section}:Authority must use https (only a loopback provider may use http).");
        foreach (var role in RoleMap.Keys)
            if (!RoleNames.All.Contains(role))
                throw new InvalidOperationException($"{section}:RoleMap:{role} is not a tracker role ({RoleNames.AllText}).");
        if (string.IsNullOrWhiteSpace(RoleClaim)) throw new InvalidOperationException($"{section}:RoleClaim must name a claim.");
        if (string.IsNullOrWhiteSpace(DisplayName)) throw new InvalidOperationException($"{section}:DisplayName must not be empty.");
        Api.Validate(this);
    }

    private static bool IsLoopback(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
}

/// <summary>
/// Tracker:SingleSignOn:Api (issue 16): council integrations (a Power BI refresh, a case-management system) calling the
/// API with an access token the provider issued them by the client-credentials grant. The token must come from the
/// same Authority, name <see cref="Audience"/> (the tracker's exposed API), be signed by a key in the provider's JWKS and
/// be within its lifetime. The application's tracker role comes from <see cref="Clients"/> (client id → role) or else
/// from its app roles (<see cref="RoleClaim"/> values through <see cref="RoleMap"/>); an application with neither gets 403.
/// </summary>
public sealed class SingleSignOnApiSettings
{
    /// <summary>The aud the tracker's tokens carry: the Application ID URI (api://…) or client id of the tracker's API registration.</summary>
    public string? Audience { get; set; }

    /// <summary>The access token claim naming the application's app roles; unset: "roles".</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Tracker role → the app role values that give it (first of administrator, board, manager, viewer wins).</summary>
    public Dictionary<string, string[]> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Client id → tracker role, for providers without app roles; wins over <see cref="RoleMap"/>.</summary>
    public Dictionary<string, string> Clients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => !string.IsNullOrWhiteSpace(Audience);

    /// <summary>The tracker role of the application <paramref name="clientId"/> holding app roles <paramref name="roles"/>, or null.</summary>
    public string? RoleFor(string? clientId, IEnumerable<string> roles)
    {
        if (clientId is not null && Clients.TryGetValue(clientId, out var role) && RoleNames.All.Contains(role, StringComparer.OrdinalIgnoreCase))
            return role.ToLowerInvariant();
        var values = roles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in RoleNames.All)
            if (RoleMap.TryGetValue(name, out var mapped) && mapped.Any(values.Contains)) return name;
        return null;
    }

    public void Validate(SingleSignOnSettings sso)
    {
        const string section = "Tracker:SingleSignOn:Api";
        if (!Enabled) return;
        // The sign-in's id_tokens name ClientId as their audience: a different audience keeps them from being used as API tokens.
        if (string.Equals(Audience!.Trim(), sso.ClientId?.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{section}:Audience must differ from Tracker:SingleSignOn:ClientId (expose an API with its own Application ID URI).");
        foreach (var role in RoleMap.Keys)
            if (!RoleNames.All.Contains(role))
                throw new InvalidOperationException($"{section}:RoleMap:{role} is not a tracker role ({RoleNames.AllText}).");
        foreach (var (client, role) in Clients)
            if (!RoleNames.All.Contains(role, StringComparer.OrdinalIgnoreCase))
                throw new InvalidOperationException($"{section}:Clients:{client} is {role}, not a tracker role ({RoleNames.AllText}).");
        if (string.IsNullOrWhiteSpace(RoleClaim)) throw new InvalidOperationException($"{section}:RoleClaim must name a claim.");
    }
}
