using System.Net;
using System.Net.Http.Json;

namespace ActionPlanTracker.Tests.Api.People;

public sealed class PersonTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    public static object NewPerson(string name, string? jobTitle = "Head of Service, Children in Care", string? email = null) =>
        new { name, jobTitle, email };

    private async Task<PersonDto> AddAsync(string name, string? jobTitle = "Service Manager", string? email = null) =>
        await (await client.PostJsonAsync("/api/people", NewPerson(name, jobTitle, email))).ReadAsync<PersonDto>();

    [Test]
    public async Task A_person_can_be_added_read_changed_and_removed()
    {
        var tag = Unique();
        var created = await client.PostJsonAsync("/api/people", NewPerson($"Jane Doe {tag}", "Head of Service", $"jane.doe.{tag}@council.gov.uk"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var person = await created.ReadAsync<PersonDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/people/{person.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(person, Is.EqualTo(new PersonDto(person.Id, $"Jane Doe {tag}", "Head of Service", $"jane.doe.{tag}@council.gov.uk", 1)));

        var read = await client.GetAsync($"/api/people/{person.Id}");
        Assert.That(await read.ReadAsync<PersonDto>(), Is.EqualTo(person));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"/api/people/{person.Id}", NewPerson($"Jane Smith {tag}", "Director of Children's Services", null), read.ETag());
        var after = await changed.ReadAsync<PersonDto>();
        Assert.That(after, Is.EqualTo(new PersonDto(person.Id, $"Jane Smith {tag}", "Director of Children's Services", null, 2)));
        Assert.That(changed.ETag(), Is.EqualTo("\"2\""));
        Assert.That(await (await client.GetAsync($"/api/people/{person.Id}")).ReadAsync<PersonDto>(), Is.EqualTo(after));

        var deleted = await client.DeleteAsync($"/api/people/{person.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var problem = await (await client.GetAsync($"/api/people/{person.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "personId" }));
        Assert.That(problem.ReasonFor("personId"), Is.EqualTo($"No person has id {person.Id}."));
    }

    [Test]
    public async Task Search_finds_people_by_name_job_title_or_email_ignoring_case_in_name_order()
    {
        var tag = Unique();
        var zoe = await AddAsync($"Zoe Quinn {tag}");
        var adam = await AddAsync($"Adam Best {tag}");
        var carl = await AddAsync("Carl Evans", $"Strategic Lead {tag}");
        var dan = await AddAsync("Dan Forde", "Team Manager", $"dan.forde.{tag}@council.gov.uk");
        var other = await AddAsync($"Erin Gale {Unique()}");

        var found = await (await client.GetAsync($"/api/people?search={tag.ToUpperInvariant()}")).ReadAsync<List<PersonDto>>();
        Assert.That(found, Is.EqualTo(new[] { adam, carl, dan, zoe }));

        // LIKE's wildcards are taken literally: "_" + tag would otherwise match every tagged name.
        var wildcard = await (await client.GetAsync($"/api/people?search=_{tag}")).ReadAsync<List<PersonDto>>();
        Assert.That(wildcard, Is.Empty);

        var everyone = await (await client.GetAsync("/api/people")).ReadAsync<List<PersonDto>>();
        Assert.That(everyone, Is.SupersetOf(new[] { adam, carl, dan, zoe, other }));
        Assert.That(everyone.Select(p => p.Name ?? p.JobTitle), Is.Ordered.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public async Task Two_people_cannot_share_an_email_address_in_any_case()
    {
        var tag = Unique();
        var jane = await AddAsync($"Jane Doe {tag}", email: $"jane.{tag}@council.gov.uk");

        var clash = await client.PostJsonAsync("/api/people", NewPerson($"Janet Doe {tag}", null, $"JANE.{tag}@Council.gov.uk"));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "email" }));
        Assert.That(problem.ReasonFor("email"), Is.EqualTo($"Someone else already has the email address JANE.{tag}@Council.gov.uk."));
        var janets = await (await client.GetAsync($"/api/people?search=Janet Doe {tag}")).ReadAsync<List<PersonDto>>();
        Assert.That(janets, Is.Empty);

        var janet = await AddAsync($"Janet Doe {tag}", email: $"janet.{tag}@council.gov.uk");
        var change = await client.PutJsonAsync($"/api/people/{janet.Id}", NewPerson(janet.Name, null, $"Jane.{tag}@council.gov.uk"), "\"1\"");
        Assert.That((await change.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "email" }));
        Assert.That(await (await client.GetAsync($"/api/people/{janet.Id}")).ReadAsync<PersonDto>(), Is.EqualTo(janet));

        // Keeping one's own address, in another case, is not a clash.
        var own = await client.PutJsonAsync($"/api/people/{jane.Id}", NewPerson(jane.Name, null, $"JANE.{tag}@council.gov.uk"), "\"1\"");
        Assert.That((await own.ReadAsync<PersonDto>()).Email, Is.EqualTo($"JANE.{tag}@council.gov.uk"));
    }

    [Test]
    public async Task People_without_an_email_do_not_clash_with_each_other()
    {
        var tag = Unique();
        var blank = await client.PostJsonAsync("/api/people", NewPerson($"Initials AB {tag}", "Head of Service", "  "));
        var none = await client.PostJsonAsync("/api/people", NewPerson($"Initials CD {tag}", null, null));

        Assert.That((await blank.ReadAsync<PersonDto>()).Email, Is.Null);
        Assert.That((await none.ReadAsync<PersonDto>()).JobTitle, Is.Null);
    }

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return Case("no name and no job title", tag => new { email = $"lead.{tag}@council.gov.uk" }, "name",
            "Enter the person's name, or their job title if the plan names them by role only.");
        yield return Case("a blank name and a blank job title", tag => NewPerson("   ", "  ", $"lead.{tag}@council.gov.uk"), "name",
            "Enter the person's name, or their job title if the plan names them by role only.");
        yield return Case("a name too long", tag => NewPerson(new string('n', 201), $"Lead {tag}"), "name", "Name must be 200 characters or fewer.");
        yield return Case("a job title too long", tag => NewPerson($"Jo {tag}", new string('j', 201)), "jobTitle", "Job title must be 200 characters or fewer.");
        yield return Case("an email without @", tag => NewPerson($"Jo {tag}", null, "jo.council.gov.uk"), "email",
            "Enter an email address in the correct format, like name@example.gov.uk.");
        yield return Case("an email with a space", tag => NewPerson($"Jo {tag}", null, "jo bloggs@council.gov.uk"), "email",
            "Enter an email address in the correct format, like name@example.gov.uk.");
        yield return Case("an email too long", tag => NewPerson($"Jo {tag}", null, new string('e', 240) + "@council.gov.uk"), "email",
            "Email address must be 254 characters or fewer.");
    }

    private static TestCaseData Case(string mistake, Func<string, object> body, string field, string reason) =>
        new TestCaseData(body, field, reason).SetArgDisplayNames(mistake);

    [TestCaseSource(nameof(Mistakes))]
    public async Task A_person_with_a_mistake_is_refused_naming_the_field(Func<string, object> body, string field, string reason)
    {
        var tag = Unique();
        var response = await client.PostJsonAsync("/api/people", body(tag));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { field }));
        Assert.That(problem.ReasonFor(field), Is.EqualTo(reason));
        Assert.That(await (await client.GetAsync($"/api/people?search={tag}")).ReadAsync<List<PersonDto>>(), Is.Empty);
    }

    [Test]
    public async Task Input_that_is_not_a_person_is_refused_without_a_server_error()
    {
        var wrongType = await client.SendRawAsync(HttpMethod.Post, "/api/people", """{"name": ["Jane"]}""");
        await wrongType.ReadProblemAsync(HttpStatusCode.BadRequest);
        var broken = await client.SendRawAsync(HttpMethod.Post, "/api/people", """{"name": "Jane""");
        await broken.ReadProblemAsync(HttpStatusCode.BadRequest);
        var notAnId = await client.GetAsync("/api/people/jane");
        await notAnId.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_unknown_person_cannot_be_read_changed_or_removed()
    {
        const string url = "/api/people/987654321";
        var responses = new[]
        {
            await client.GetAsync(url),
            await client.PutJsonAsync(url, NewPerson("Nobody"), "*"),
            await client.DeleteAsync(url, "*"),
        };
        foreach (var response in responses)
            Assert.That((await response.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "personId" }));
    }

    [Test]
    public async Task A_person_who_still_leads_or_owns_work_cannot_be_removed_until_it_is_reassigned()
    {
        var tag = Unique();
        var jane = await AddAsync($"Jane Doe {tag}");
        var tom = await AddAsync($"Tom Okafor {tag}");
        var planId = await Arrange.PlanAsync(client, title: $"Ofsted ILACS plan {tag}");
        var first = await Arrange.RecommendationAsync(client, planId, "1", leadIds: [jane.Id]);
        await Arrange.RecommendationAsync(client, planId, "2", leadIds: [jane.Id, tom.Id]);
        await Arrange.ActionAsync(client, planId, first, code: "A", ownerIds: [jane.Id]);
        await Arrange.ActionAsync(client, planId, first, code: "B", ownerIds: [jane.Id, tom.Id]);
        await Arrange.ActionAsync(client, planId, first, code: "C", ownerIds: [jane.Id], leadId: tom.Id, responsibleOfficerId: tom.Id);

        var refusedJane = await client.DeleteAsync($"/api/people/{jane.Id}", "\"1\"");
        var problem = await refusedJane.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "personId" }));
        Assert.That(problem.ReasonFor("personId"), Is.EqualTo($"Jane Doe {tag} still leads 2 recommendations and owns 3 actions; reassign them first."));
        var refusedTom = await client.DeleteAsync($"/api/people/{tom.Id}", "\"1\"");
        Assert.That((await refusedTom.ReadProblemAsync(HttpStatusCode.Conflict)).ReasonFor("personId"), Is.EqualTo(
            $"Tom Okafor {tag} still leads 1 recommendation, leads 1 action and owns 2 actions; reassign them first."));
        Assert.That(await (await client.GetAsync($"/api/people/{jane.Id}")).ReadAsync<PersonDto>(), Is.EqualTo(jane));

        // Deleting the plan takes its recommendations and actions with it, so nothing is left in their names.
        await client.DeleteAsync($"/api/plans/{planId}", "*");
        Assert.That((await client.DeleteAsync($"/api/people/{jane.Id}", "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await client.DeleteAsync($"/api/people/{tom.Id}", "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task A_person_named_by_role_only_is_held_as_printed_and_linked_to_a_named_person_later()
    {
        var tag = Unique();
        var role = await (await client.PostJsonAsync("/api/people", new { jobTitle = $"Head of Service {tag}" })).ReadAsync<RoleOnlyDto>();
        Assert.That((role.Name, role.DisplayName, role.RoleOnly), Is.EqualTo(((string?)null, $"Head of Service {tag}", true)));

        var jo = await AddAsync($"Jo Bloggs {tag}", $"Head of Service {tag}");
        var planId = await Arrange.PlanAsync(client, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: $"Development plan {tag}");
        var priorityId = await Arrange.PriorityAsync(client, planId);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "1", priorityId: priorityId, leadIds: [role.Id, jo.Id]);
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId, leadIds: [jo.Id]);
        var measureId = await Arrange.MeasureAsync(client, planId, actionId, ownerIds: [role.Id]);

        var toRoleOnly = await client.PostJsonAsync($"/api/people/{jo.Id}/link", new { namedPersonId = role.Id });
        Assert.That((await toRoleOnly.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "namedPersonId" }));
        var withoutVersion = await client.PostJsonAsync($"/api/people/{role.Id}/link", new { namedPersonId = jo.Id });
        Assert.That((await withoutVersion.ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/people/{role.Id}/link") { Content = JsonContent.Create(new { namedPersonId = jo.Id }) };
        request.Headers.IfMatch.ParseAdd("\"1\"");
        var linked = await (await client.SendAsync(request)).ReadAsync<LinkedDto>();
        Assert.That((linked.Person.Id, linked.ItemsMoved, linked.AccountsMoved), Is.EqualTo((jo.Id, 2, 0)));

        // Jo already led the recommendation, so the role-only entry simply goes; the measure's owner becomes Jo.
        var recommendation = await (await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendationId}")).ReadAsync<ItemPeopleDto>();
        var measure = await (await client.GetAsync($"/api/plans/{planId}/actions/{actionId}/measures/{measureId}")).ReadAsync<ItemPeopleDto>();
        Assert.That(recommendation.Leads.Select(p => p.Id), Is.EqualTo(new[] { jo.Id }));
        Assert.That(measure.Owners.Select(p => p.Id), Is.EqualTo(new[] { jo.Id }));
        Assert.That((await client.GetAsync($"/api/people/{role.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var trail = await (await client.GetAsync($"/api/audit/measure/{measureId}")).ReadAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.That(trail["items"]![0]!["after"]!["owners"]![0]!["name"]!.GetValue<string>(), Is.EqualTo($"Jo Bloggs {tag}"));
    }

    private sealed record RoleOnlyDto(long Id, string? Name, string? JobTitle, string DisplayName, bool RoleOnly);

    private sealed record LinkedDto(PersonDto Person, int ItemsMoved, int AccountsMoved);

    private sealed record ItemPeopleDto(List<PersonRefDto> Leads, List<PersonRefDto> Owners);

    [Test]
    public async Task A_change_from_a_stale_or_missing_ETag_is_refused_and_changes_nothing()
    {
        var tag = Unique();
        var person = await AddAsync($"Sam Reid {tag}");
        var other = TrackerApp.ClientFor("Tom Okafor");
        var current = await (await other.PutJsonAsync($"/api/people/{person.Id}", NewPerson($"Sam Reid-Jones {tag}"), "\"1\"")).ReadAsync<PersonDto>();

        var staleChange = await client.PutJsonAsync($"/api/people/{person.Id}", NewPerson($"Samuel Reid {tag}"), "\"1\"");
        Assert.That((await staleChange.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var staleDelete = await client.DeleteAsync($"/api/people/{person.Id}", "\"1\"");
        Assert.That((await staleDelete.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var missing = await client.PutJsonAsync($"/api/people/{person.Id}", NewPerson($"Samuel Reid {tag}"), ifMatch: null);
        Assert.That((await missing.ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var missingOnDelete = await client.DeleteAsync($"/api/people/{person.Id}", ifMatch: null);
        await missingOnDelete.ReadProblemAsync((HttpStatusCode)428);

        Assert.That(await (await client.GetAsync($"/api/people/{person.Id}")).ReadAsync<PersonDto>(), Is.EqualTo(current));
    }

    [Test]
    public async Task Every_change_to_a_person_is_in_the_audit_log_with_before_and_after()
    {
        var tag = Unique();
        var person = await AddAsync($"Audited Person {tag}", email: $"audited.{tag}@council.gov.uk");
        await client.PutJsonAsync($"/api/people/{person.Id}", NewPerson($"Audited Person, renamed {tag}"), "\"1\"");
        await client.DeleteAsync($"/api/people/{person.Id}", "\"2\"");

        var entries = AuditRows.For("person", person.Id);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)),
            Is.EqualTo(new[] { ("Priya Shah", "create", (long?)null), ("Priya Shah", "update", null), ("Priya Shah", "delete", null) }));
        Assert.That(entries[0].AfterJson, Does.Contain($"\"email\":\"audited.{tag}@council.gov.uk\""));
        Assert.That(entries[1].BeforeJson, Does.Contain($"\"name\":\"Audited Person {tag}\""));
        Assert.That(entries[1].AfterJson, Does.Contain($"\"name\":\"Audited Person, renamed {tag}\""));
        Assert.That(entries[2].AfterJson, Is.Null);
    }
}

public sealed record PersonDto(long Id, string? Name, string? JobTitle, string? Email, long Version);
