using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.People;

public sealed record PersonIdRequest
{
    public long PersonId { get; init; }
}

public sealed class GetPerson(Database database) : Endpoint<PersonIdRequest, PersonResponse>
{
    public override void Configure()
    {
        Get("/people/{personId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<PersonResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one person");
    }

    public override async Task HandleAsync(PersonIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var person = await PersonData.FindAsync(connection, request.PersonId);
        if (person is null) this.NotFound("personId", $"No person has id {request.PersonId}.");

        Etags.Set(HttpContext, person.Version);
        await Send.OkAsync(person, ct);
    }
}
