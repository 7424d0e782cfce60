using System.Security.Claims;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// Who a write is remembered against, so that the writer's next read is served the new version: the browser session,
/// else the account of a personal API token, else the client id of an integration's client-credentials token.
/// </summary>
public sealed class WriterIdentityTests
{
    private static ClaimsPrincipal SignedIn(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Test]
    public void A_browser_session_is_the_caller_before_its_account()
    {
        var user = SignedIn(new(Sessions.IdClaim, "abc"), new(ClaimTypes.NameIdentifier, "7"));
        Assert.That(Writers.CallerOf(user), Is.EqualTo("s:abc"));
    }

    [Test]
    public void A_personal_api_token_is_remembered_against_its_account()
    {
        Assert.That(Writers.CallerOf(SignedIn(new Claim(ClaimTypes.NameIdentifier, "7"))), Is.EqualTo("a:7"));
    }

    [Test]
    public void An_integration_with_a_client_credentials_token_is_remembered_against_its_client_id()
    {
        var application = SignedIn(new(ClaimTypes.Name, "client Case system"), new(ClientTokens.ClientIdClaim, "case-system"));
        Assert.That(Writers.CallerOf(application), Is.EqualTo("c:case-system"));
    }

    [Test]
    public void Two_integrations_are_different_callers_and_a_write_counts_for_the_one_that_made_it()
    {
        var writers = new Writers();
        var first = Writers.CallerOf(SignedIn(new Claim(ClientTokens.ClientIdClaim, "case-system")));
        var second = Writers.CallerOf(SignedIn(new Claim(ClientTokens.ClientIdClaim, "finance")));
        writers.Wrote(first!);
        Assert.Multiple(() =>
        {
            Assert.That(writers.LastOf(first), Is.GreaterThan(0));
            Assert.That(writers.LastOf(second), Is.LessThan(writers.LastOf(first)));
        });
    }

    [Test]
    public void Nobody_signed_in_is_no_caller()
    {
        Assert.That(Writers.CallerOf(new ClaimsPrincipal(new ClaimsIdentity())), Is.Null);
    }
}
