using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>Users and roles: creating accounts linked to people, signing in with them, errors, keyboard use, signing out everywhere, deleting.</summary>
public sealed class AdminUsersTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task An_administrator_creates_an_account_linked_to_a_person_and_they_sign_in_with_that_role()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var personName = $"Morgan Ellis {suffix}";
        var personId = await Arrange.PersonAsync(personName, "Head of Service, Children in Care");
        var username = $"morgan.{suffix}@council.example";
        var displayName = $"Morgan Ellis {suffix}";
        const string password = "blue kettle morning river";

        var admin = await AdminPage.OpenAsync(Page, "/admin/users");
        await Expect(admin.AdministrationNavLink).ToBeVisibleAsync();
        await Expect(admin.Main.GetByRole(AriaRole.Term).Filter(new() { HasText = "Manager" })).ToBeVisibleAsync();
        await admin.GoAsync(admin.Link("Create an account"), "/admin/users/new");
        await Expect(admin.Heading).ToHaveTextAsync("Create an account");
        // Each role is explained in words beside its choice.
        await Expect(admin.Radio("Manager")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("items they lead or own"));
        await AssertAccessibleAsync("the empty create-account form");

        await admin.Field("Name").FillAsync(displayName);
        await admin.Field("Username").FillAsync(username);
        await admin.Radio("Manager").CheckAsync();
        await admin.Field("Linked person (optional)").SelectOptionAsync(new SelectOptionValue { Label = $"{personName} (Head of Service, Children in Care)" });
        await admin.Field("First password").FillAsync(password);
        await admin.GoAsync(admin.Button("Create account"), "/admin/users");

        var message = admin.Status($"Account created for {displayName} ({username}), manager.");
        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToBeFocusedAsync();
        var table = admin.Table("Accounts");
        var row = await admin.RowTextAsync(table, displayName);
        Assert.That(row["Username"], Is.EqualTo(username));
        Assert.That(row["Role"], Is.EqualTo("Manager"));
        Assert.That(row["Linked person"], Is.EqualTo(personName));
        Assert.That(row["Status"], Is.EqualTo("Active"));
        await SaveScreenshotAsync("admin-users.png", "The accounts table after creating an account, with the success message");
        await AssertAccessibleAsync("the accounts table with the success message");

        // The new account signs in (in a browser of its own) and has the role and person it was given.
        await using var other = await BrowserSession.Browser.NewContextAsync(new() { BaseURL = TrackerApp.BaseAddress.ToString() });
        var theirPage = await other.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(theirPage);
        await signIn.SignInAsync(username, password);
        await Expect(signIn.SignedInAs).ToHaveTextAsync($"Signed in as {displayName} (manager)");
        var session = JsonDocument.Parse(await (await theirPage.APIRequest.GetAsync("/api/session")).TextAsync()).RootElement;
        Assert.That(session.GetProperty("role").GetString(), Is.EqualTo("manager"));
        Assert.That(session.GetProperty("personId").GetInt64(), Is.EqualTo(personId));
        // A manager is not offered administration.
        await Expect(new AdminPage(theirPage).AdministrationNavLink).ToBeHiddenAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_short_password_and_a_taken_username_are_shown_at_their_fields_and_nothing_typed_is_lost()
    {
        var existing = await Accounts.CreateUserAsync("viewer");
        var admin = await AdminPage.OpenAsync(Page, "/admin/users/new");

        await admin.Field("Name").FillAsync("Sam Patel");
        await admin.Field("Username").FillAsync("sam patel");
        await admin.Radio("Board member").CheckAsync();
        await admin.Field("First password").FillAsync("too short");
        await admin.Button("Create account").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorLink("A username may contain only letters, digits and . _ @ + -")).ToBeVisibleAsync();
        await Expect(admin.ErrorLink("A password must be at least 12 characters; a few unrelated words make a good one.")).ToBeVisibleAsync();
        await Expect(admin.InlineError(admin.Field("First password"))).ToHaveTextAsync("Error: A password must be at least 12 characters; a few unrelated words make a good one.");
        await Expect(admin.Field("Username")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Create an account"));
        // Everything typed is still there.
        await Expect(admin.Field("Name")).ToHaveValueAsync("Sam Patel");
        await Expect(admin.Field("Username")).ToHaveValueAsync("sam patel");
        await Expect(admin.Radio("Board member")).ToBeCheckedAsync();
        await Expect(admin.Field("First password")).ToHaveValueAsync("too short");
        await SaveScreenshotAsync("admin-user-errors.png", "The create-account form with the API's field errors");
        await AssertAccessibleAsync("the create-account form with errors");

        // The summary's link takes the person to the field.
        await admin.ErrorLink("A password must be at least 12 characters; a few unrelated words make a good one.").ClickAsync();
        await Expect(admin.Field("First password")).ToBeFocusedAsync();

        // A username that is taken (in any case) is the API's 409, shown at the username.
        await admin.Field("Username").FillAsync(existing.Username.ToUpperInvariant());
        await admin.Field("First password").FillAsync("a much longer password");
        await admin.Button("Create account").ClickAsync();
        await Expect(admin.InlineError(admin.Field("Username"))).ToContainTextAsync($"There is already an account called {existing.Username.ToUpperInvariant()}.");
        await Expect(admin.Field("First password")).ToHaveValueAsync("a much longer password");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_account_can_be_created_with_the_keyboard_alone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await AdminPage.OpenAsync(Page, "/admin/users/new");

        // From the top of the page, Tab reaches the first field after the header and breadcrumbs.
        await TabUntilFocusedAsync(admin.Field("Name"));
        await Page.Keyboard.TypeAsync($"Kit Lowe {suffix}");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Field("Username")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync($"kit.{suffix}@council.example");
        // Into the roles: the first answer takes focus; an arrow key moves to the next and chooses it.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Radio("Viewer (scrutiny member)")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Space");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(admin.Radio("Manager")).ToBeCheckedAsync();
        await AssertFocusIsVisibleAsync();
        // The linked person's hint has a link to the People page, which Tab reaches before the list itself.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Main.GetByRole(AriaRole.Link, new() { Name = "People page" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Field("Linked person (optional)")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Field("First password")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("keyboard only password");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/users$"));
        await Expect(admin.Status($"Account created for Kit Lowe {suffix}")).ToBeFocusedAsync();
        var row = await admin.RowTextAsync(admin.Table("Accounts"), $"Kit Lowe {suffix}");
        Assert.That(row["Role"], Is.EqualTo("Manager"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Deleting_an_account_asks_first_and_then_removes_it()
    {
        var user = await Accounts.CreateUserAsync("viewer", $"Temporary Viewer {Guid.NewGuid().ToString("N")[..6]}");
        var admin = await AdminPage.OpenAsync(Page, "/admin/users");
        var row = admin.Row(admin.Table("Accounts"), user.DisplayName);

        await admin.GoAsync(row.GetByRole(AriaRole.Link, new() { Name = $"Delete {user.DisplayName}’s account" }), $"/admin/users/{user.Id}/delete");
        await Expect(admin.Heading).ToHaveTextAsync($"Delete {user.DisplayName}’s account?");
        await Expect(admin.Main).ToContainTextAsync("This cannot be undone.");
        await AssertAccessibleAsync("the delete-account confirmation");

        // "No, keep it" goes back and changes nothing.
        await admin.GoAsync(admin.Link("No, keep it"), "/admin/users");
        await Expect(admin.Row(admin.Table("Accounts"), user.DisplayName)).ToHaveCountAsync(1);

        await Page.GoBackAsync();
        await admin.WaitUntilLoadedAsync();
        await admin.GoAsync(admin.Button("Delete account"), "/admin/users");
        await Expect(admin.Status($"The account for {user.DisplayName} ({user.Username}) has been deleted.")).ToBeVisibleAsync();
        await Expect(admin.Row(admin.Table("Accounts"), user.DisplayName)).ToHaveCountAsync(0);
        var gone = await Page.APIRequest.GetAsync($"/api/users/{user.Id}");
        Assert.That(gone.Status, Is.EqualTo(404));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Resetting_a_password_lets_the_person_sign_in_with_the_new_one()
    {
        var user = await Accounts.CreateUserAsync("board", $"Board Member {Guid.NewGuid().ToString("N")[..6]}");
        var admin = await AdminPage.OpenAsync(Page, $"/admin/users/{user.Id}/password");
        await Expect(admin.Heading).ToHaveTextAsync($"Reset {user.DisplayName}’s password");

        await admin.Field("New password").FillAsync("a brand new password");
        await admin.GoAsync(admin.Button("Reset password"), "/admin/users");

        await Expect(admin.Status($"Password reset for {user.DisplayName}")).ToBeVisibleAsync();
        using var browser = Accounts.Browser();
        var session = await browser.SignInAsync(user.Username, "a brand new password");
        Assert.That(session.Role, Is.EqualTo("board"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Signing_an_account_out_everywhere_ends_its_browser_sessions_by_keyboard_and_keeps_the_account()
    {
        var user = await Accounts.CreateUserAsync("manager", $"Laptop Lost {Guid.NewGuid().ToString("N")[..6]}");
        using var elsewhere = Accounts.Browser();
        await elsewhere.SignInAsync(user.Username);
        Assert.That((await elsewhere.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "signed in elsewhere before");

        var admin = await AdminPage.OpenAsync(Page, "/admin/users");
        var link = admin.Row(admin.Table("Accounts"), user.DisplayName)
            .GetByRole(AriaRole.Link, new() { Name = $"Sign out everywhere ({user.DisplayName})" });
        await link.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($"/admin/users/{user.Id}/sessions$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync($"Sign {user.DisplayName} out everywhere?");
        await Expect(admin.Main).ToContainTextAsync("Their password and API tokens do not change.");
        await AssertAccessibleAsync("the sign-out-everywhere confirmation");

        await TabUntilFocusedAsync(admin.Button("Sign out everywhere"));
        await AssertFocusIsVisibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/users$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Status($"{user.DisplayName} ({user.Username}) has been signed out everywhere.")).ToBeVisibleAsync();

        Assert.That((await elsewhere.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the old cookie no longer signs in");
        using var again = Accounts.Browser();
        Assert.That((await again.SignInAsync(user.Username)).Role, Is.EqualTo("manager"), "the account and its password are unchanged");
        AssertNoScriptErrors();
    }

    private async Task TabUntilFocusedAsync(ILocator target)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement")) return;
            await Page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail("Tab never reached the field.");
    }

    /// <summary>The focused element draws an outline or a ring, so a keyboard user can see where they are.</summary>
    private async Task AssertFocusIsVisibleAsync()
    {
        var style = await Page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow; }");
        Assert.That(style, Does.Not.StartWith("none").And.Not.Contain(" 0px none"), style);
    }
}
