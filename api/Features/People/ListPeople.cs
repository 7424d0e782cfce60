using ActionPlanTracker.Data;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.People;

public sealed record ListPeopleRequest
{
    /// <summary>Text to look for in the name, job title or email, ignoring case.</summary>
    [QueryParam] public string? Search { get; init; }
}

public sealed class ListPeople(Database database) : Endpoint<ListPeopleRequest, IReadOnlyList<PersonResponse>>
{
    public sealed class Validator : Validator<ListPeopleRequest>
    {
        public Validator() => RuleFor(r => r.Search).MaximumLength(254).WithMessage("Search text must be 254 characters or fewer.");
    }

    public override void Configure()
    {
        Get("/people");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<PersonResponse>>(200).ProducesProblemDetails(400).ClearDefaultAccepts());
        Summary(s => s.Summary = "List people in name order, optionally only those whose name, job title or email contains the search text");
    }

    public override async Task HandleAsync(ListPeopleRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var people = await connection.QueryAsync<PersonResponse>(PersonData.ListSql, new { Pattern = PersonData.LikePattern(request.Search) });
        await Send.OkAsync(people.AsList(), ct);
    }
}
