using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.People;

public sealed record UpdatePersonRequest : PersonRequest
{
    [RouteParam] public long PersonId { get; init; }
}

public sealed class UpdatePerson(Database database, Clock clock) : Endpoint<UpdatePersonRequest, PersonResponse>
{
    public sealed class Validator : Validator<UpdatePersonRequest>
    {
        public Validator() => Include(new PersonRules());
    }

    private const string UpdateSql = """
        UPDATE people
        SET name = @Name, job_title = @JobTitle, email = @Email, updated_at = @Now, row_version = row_version + 1
        WHERE id = @PersonId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/people/{personId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<PersonResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a person's name, job title or email");
    }

    public override async Task HandleAsync(UpdatePersonRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var email = Written.OrNull(request.Email);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await PersonData.FindAsync(connection, request.PersonId, transaction);
        if (before is null) this.NotFound("personId", $"No person has id {request.PersonId}.");
        Etags.Require(this, HttpContext, before.Version);
        if (await PersonData.EmailTakenAsync(connection, email, exceptId: request.PersonId, transaction))
            this.Conflict("email", $"Someone else already has the email address {email}.");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PersonId, before.Version, Name = Written.OrNull(request.Name), JobTitle = Written.OrNull(request.JobTitle),
            Email = email, write.Now,
        }, transaction);
        var after = (await PersonData.FindAsync(connection, request.PersonId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "person", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
