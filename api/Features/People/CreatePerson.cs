using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.People;

public record PersonRequest
{
    /// <summary>Leave it out for someone the plan names by role only; then the job title is needed.</summary>
    public string? Name { get; init; }
    /// <summary>As the plan prints it ("Head of Service"); enough on its own for a person named by role only.</summary>
    public string? JobTitle { get; init; }
    /// <summary>Optional; unique whatever its case. A blank email is stored as none.</summary>
    public string? Email { get; init; }
}

/// <summary>The rules shared by create and update; whether the email is taken is checked against the database in the handler.</summary>
public sealed partial class PersonRules : AbstractValidator<PersonRequest>
{
    public PersonRules()
    {
        // Plans name some people by role only; inventing a name for them would be worse than leaving it blank.
        RuleFor(r => r.Name).Must((r, name) => !string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(r.JobTitle))
            .WithMessage("Enter the person's name, or their job title if the plan names them by role only.")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer.");
        RuleFor(r => r.JobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer.");
        RuleFor(r => r.Email!)
            .MaximumLength(254).WithMessage("Email address must be 254 characters or fewer.")
            .Matches(EmailPattern()).WithMessage("Enter an email address in the correct format, like name@example.gov.uk.")
            .When(r => !string.IsNullOrWhiteSpace(r.Email));
    }

    // One @, something either side and a dot in the domain, no spaces: the check GOV.UK services make before sending mail.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();
}

public sealed class CreatePerson(Database database, Clock clock) : Endpoint<PersonRequest, PersonResponse>
{
    public sealed class Validator : Validator<PersonRequest>
    {
        public Validator() => Include(new PersonRules());
    }

    private const string InsertSql = """
        INSERT INTO people (name, job_title, email, created_at, updated_at)
        VALUES (@Name, @JobTitle, @Email, @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/people");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<PersonResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add a person who can lead recommendations and own actions");
    }

    public override async Task HandleAsync(PersonRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var email = Written.OrNull(request.Email);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        if (await PersonData.EmailTakenAsync(connection, email, exceptId: 0, transaction))
            this.Conflict("email", $"Someone else already has the email address {email}.");

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            Name = Written.OrNull(request.Name), JobTitle = Written.OrNull(request.JobTitle), Email = email, write.Now,
        }, transaction);
        var created = (await PersonData.FindAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "person", id, null, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetPerson>(new { personId = id }, created, cancellation: ct);
    }
}
