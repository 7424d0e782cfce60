using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.People;

public sealed class DeletePerson(Database database, Clock clock) : Endpoint<PersonIdRequest>
{
    private const string WorkSql = """
        SELECT count(recommendation_id) FILTER (WHERE role = 'lead')  AS LeadsRecommendations,
               count(recommendation_id) FILTER (WHERE role = 'owner') AS OwnsRecommendations,
               count(action_id) FILTER (WHERE role = 'lead')          AS LeadsActions,
               count(action_id) FILTER (WHERE role = 'owner')         AS OwnsActions,
               count(measure_id) FILTER (WHERE role = 'lead')         AS LeadsMeasures,
               count(measure_id) FILTER (WHERE role = 'owner')        AS OwnsMeasures
        FROM item_people WHERE person_id = @personId
        """;

    public override void Configure()
    {
        Delete("/people/{personId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove a person who no longer leads or owns anything (the audit log keeps their history)");
    }

    public override async Task HandleAsync(PersonIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await PersonData.FindAsync(connection, request.PersonId, transaction);
        if (before is null) this.NotFound("personId", $"No person has id {request.PersonId}.");
        Etags.Require(this, HttpContext, before.Version);
        // Removing a lead or owner would leave recommendations and actions with nobody accountable for them.
        var work = await connection.QuerySingleAsync<Work>(WorkSql, new { personId = request.PersonId }, transaction);
        if (work.Describe() is { } stillHas)
            this.Conflict("personId", $"{before.DisplayName} still {stillHas}; reassign them first.");

        await connection.ExecuteAsync("DELETE FROM people WHERE id = @PersonId", new { request.PersonId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "person", before.Id, null, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }

    private sealed record Work
    {
        public long LeadsRecommendations { get; init; }
        public long OwnsRecommendations { get; init; }
        public long LeadsActions { get; init; }
        public long OwnsActions { get; init; }
        public long LeadsMeasures { get; init; }
        public long OwnsMeasures { get; init; }

        /// <summary>"leads 2 recommendations and owns 3 actions", or null when the person has nothing left.</summary>
        public string? Describe()
        {
            var parts = new[]
            {
                Phrase("leads", LeadsRecommendations, "recommendation"),
                Phrase("owns", OwnsRecommendations, "recommendation"),
                Phrase("leads", LeadsActions, "action"),
                Phrase("owns", OwnsActions, "action"),
                Phrase("leads", LeadsMeasures, "success measure"),
                Phrase("owns", OwnsMeasures, "success measure"),
            }.OfType<string>().ToList();
            return parts.Count switch
            {
                0 => null,
                1 => parts[0],
                _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
            };
        }

        private static string? Phrase(string verb, long count, string noun) =>
            count == 0 ? null : $"{verb} {count} {noun}{(count == 1 ? "" : "s")}";
    }
}
