using System.Net;

namespace ActionPlanTracker.Tests.Api.Accounts;

public sealed class AntiforgeryTests
{
    [Test]
    public async Task A_change_made_with_the_cookie_but_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var browser = await Accounts.SignedInAsync("manager");
        var token = browser.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();
        browser.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var refused = await browser.PostJsonAsync("/api/tokens", new { name = "Forged by another site" });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "csrfToken" }));
        Assert.That(await (await browser.GetAsync("/api/tokens")).ReadAsync<List<TokenDto>>(), Is.Empty);

        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "not-the-token");
        await (await browser.PostJsonAsync("/api/tokens", new { name = "Forged by another site" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        browser.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        var accepted = await browser.PostJsonAsync("/api/tokens", new { name = "Power BI report" });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await (await browser.GetAsync("/api/tokens")).ReadAsync<List<TokenDto>>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_administrators_change_without_the_antiforgery_token_leaves_the_account_as_it_was()
    {
        var user = await Accounts.CreateUserAsync("viewer", "Before");
        using var admin = await Accounts.AdministratorAsync();
        var read = await admin.GetAsync($"/api/users/{user.Id}");
        var etag = read.ETag();
        admin.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var refused = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "After", role = "administrator", isDisabled = false }, etag);
        await refused.ReadProblemAsync(HttpStatusCode.BadRequest);

        using var again = await Accounts.AdministratorAsync();
        var stored = await (await again.GetAsync($"/api/users/{user.Id}")).ReadAsync<UserDto>();
        Assert.That((stored.DisplayName, stored.Role), Is.EqualTo(("Before", "viewer")));
    }

    [Test]
    public async Task A_token_from_one_user_does_not_pass_for_another()
    {
        using var first = await Accounts.SignedInAsync("viewer");
        using var second = await Accounts.SignedInAsync("viewer");
        second.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        second.DefaultRequestHeaders.Add("X-CSRF-TOKEN", first.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single());

        await (await second.PostJsonAsync("/api/tokens", new { name = "Borrowed" })).ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
