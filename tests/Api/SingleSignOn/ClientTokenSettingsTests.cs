using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Tests.Api.SingleSignOn;

/// <summary>Issue 16: Tracker:SingleSignOn:Api is checked at start-up, and maps an application to its tracker role.</summary>
public sealed class ClientTokenSettingsTests
{
    private static SingleSignOnSettings Sso(string? audience) => new()
    {
        Authority = "https://login.example/tenant/v2.0",
        ClientId = "spa-client",
        Api = new SingleSignOnApiSettings { Audience = audience },
    };

    [Test]
    public void Off_without_an_audience_and_on_with_one()
    {
        Assert.That(Sso(null).ClientTokensEnabled, Is.False);
        Assert.That(Sso("api://tracker").ClientTokensEnabled, Is.True);
        Assert.DoesNotThrow(() => Sso("api://tracker").Validate());
    }

    [Test]
    public void The_audience_must_not_be_the_sign_in_client_id_so_id_tokens_never_work_as_api_tokens()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Sso("spa-client").Validate());
        Assert.That(error!.Message, Does.Contain("Tracker:SingleSignOn:Api:Audience must differ"));
    }

    [Test]
    public void Integrations_need_single_sign_on()
    {
        var settings = new SingleSignOnSettings { Api = new SingleSignOnApiSettings { Audience = "api://tracker" } };
        Assert.That(settings.ClientTokensEnabled, Is.False);
        Assert.That(Assert.Throws<InvalidOperationException>(() => settings.Validate())!.Message, Does.Contain("Api needs single sign-on"));
    }

    [Test]
    public void Roles_must_be_tracker_roles()
    {
        var settings = Sso("api://tracker");
        settings.Api.Clients["case-system"] = "superuser";
        Assert.That(Assert.Throws<InvalidOperationException>(() => settings.Validate())!.Message, Does.Contain("Api:Clients:case-system"));
        settings.Api.Clients.Clear();
        settings.Api.RoleMap["owner"] = ["X"];
        Assert.That(Assert.Throws<InvalidOperationException>(() => settings.Validate())!.Message, Does.Contain("Api:RoleMap:owner"));
    }

    [Test]
    public void A_client_id_listed_wins_over_app_roles_and_the_highest_mapped_role_wins()
    {
        var api = new SingleSignOnApiSettings
        {
            Audience = "api://tracker",
            RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["viewer"] = ["Read"], ["manager"] = ["Write"] },
            Clients = new(StringComparer.OrdinalIgnoreCase) { ["case-system"] = "Board" },
        };
        Assert.That(api.RoleFor("case-system", ["Read"]), Is.EqualTo("board"));
        Assert.That(api.RoleFor("other", ["read", "Write"]), Is.EqualTo("manager"));
        Assert.That(api.RoleFor("other", ["Nothing"]), Is.Null);
    }
}
