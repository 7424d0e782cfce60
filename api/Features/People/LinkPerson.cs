using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Measures;
using ActionPlanTracker.Features.Recommendations;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.People;

public sealed record LinkPersonRequest
{
    /// <summary>The person named by role only (or a duplicate) whose places move to the named person.</summary>
    [RouteParam] public long PersonId { get; init; }
    /// <summary>The named person who takes over every lead and owner place, and any account linked to the first.</summary>
    public long NamedPersonId { get; init; }
}

public sealed record LinkPersonResponse(PersonResponse Person, int ItemsMoved, int AccountsMoved);

/// <summary>
/// A plan may name someone by role only ("Head of Service"); once the board knows who that is, their places move to the
/// named person and the role-only entry goes, so history reads "Jo Bloggs" from then on while the audit log keeps both.
/// </summary>
public sealed class LinkPerson(Database database, Clock clock) : Endpoint<LinkPersonRequest, LinkPersonResponse>
{
    public sealed class Validator : Validator<LinkPersonRequest>
    {
        public Validator()
        {
            RuleFor(r => r.NamedPersonId).GreaterThan(0).WithMessage("Choose the named person to link to.");
            RuleFor(r => r.NamedPersonId).NotEqual(r => r.PersonId).WithMessage("Choose someone else: a person cannot be linked to themselves.");
        }
    }

    private sealed record Place(string Kind, long ItemId, long PlanId);

    private const string PlacesSql = """
        SELECT DISTINCT
               CASE WHEN ip.recommendation_id IS NOT NULL THEN 'recommendation' WHEN ip.action_id IS NOT NULL THEN 'action' ELSE 'measure' END AS Kind,
               coalesce(ip.recommendation_id, ip.action_id, ip.measure_id) AS ItemId,
               coalesce(r.plan_id, a.plan_id, m.plan_id) AS PlanId
        FROM item_people ip
        LEFT JOIN recommendations r ON r.id = ip.recommendation_id
        LEFT JOIN actions a ON a.id = ip.action_id
        LEFT JOIN success_measures m ON m.id = ip.measure_id
        WHERE ip.person_id = @PersonId
        """;

    // Where the named person already holds the same place on the same item, the role-only entry is simply dropped.
    private const string MoveSql = """
        DELETE FROM item_people
        WHERE person_id = @PersonId
          AND EXISTS (SELECT 1 FROM item_people other
                      WHERE other.person_id = @NamedPersonId AND other.role = item_people.role
                        AND other.recommendation_id IS NOT DISTINCT FROM item_people.recommendation_id
                        AND other.action_id IS NOT DISTINCT FROM item_people.action_id
                        AND other.measure_id IS NOT DISTINCT FROM item_people.measure_id);
        UPDATE item_people SET person_id = @NamedPersonId WHERE person_id = @PersonId;
        UPDATE recommendations SET row_version = row_version + 1, updated_at = @Now WHERE id IN @RecommendationIds;
        UPDATE actions SET row_version = row_version + 1, updated_at = @Now WHERE id IN @ActionIds;
        UPDATE success_measures SET row_version = row_version + 1, updated_at = @Now WHERE id IN @MeasureIds;
        """;

    // Moving an account's person changes what it may score, so its sessions are renewed like any change to the account.
    private const string MoveAccountsSql = """
        UPDATE users SET person_id = @NamedPersonId, row_version = row_version + 1, updated_at = @Now WHERE person_id = @PersonId
        """;

    public override void Configure()
    {
        Post("/people/{personId}/link");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<LinkPersonResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Link a person named by role only to a named person: every item they lead or own moves to the named person";
            s.Description = "The role-only person is then removed (the audit log keeps them). Send the role-only person's ETag in If-Match.";
        });
    }

    public override async Task HandleAsync(LinkPersonRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await PersonData.FindAsync(connection, request.PersonId, transaction);
        if (before is null) this.NotFound("personId", $"No person has id {request.PersonId}.");
        var named = await PersonData.FindAsync(connection, request.NamedPersonId, transaction);
        if (named is null) this.Invalid("namedPersonId", $"No person has id {request.NamedPersonId}.");
        if (named.RoleOnly)
            this.Invalid("namedPersonId", $"{named.DisplayName} is named by role only too. Give them a name first, or choose a named person.");
        Etags.Require(this, HttpContext, before.Version);

        var places = (await connection.QueryAsync<Place>(PlacesSql, new { request.PersonId }, transaction)).AsList();
        var items = await SnapshotAsync(connection, places, transaction);
        await connection.ExecuteAsync(connection.WithLists(MoveSql), new
        {
            request.PersonId, request.NamedPersonId, write.Now,
            RecommendationIds = Ids(places, "recommendation"), ActionIds = Ids(places, "action"), MeasureIds = Ids(places, "measure"),
        }, transaction);
        var accounts = await connection.ExecuteAsync(MoveAccountsSql, new { request.PersonId, request.NamedPersonId, write.Now }, transaction);
        await connection.ExecuteAsync("DELETE FROM people WHERE id = @PersonId", new { request.PersonId }, transaction);

        var after = await SnapshotAsync(connection, places, transaction);
        foreach (var ((kind, id, planId), itemBefore) in items)
        {
            var itemAfter = after[(kind, id, planId)];
            await (kind switch
            {
                "recommendation" => AuditLog.RecordAsync(connection, transaction, write, "recommendation", id, planId, itemBefore, itemAfter),
                "action" => AuditLog.RecordAsync(connection, transaction, write, "action", id, planId, itemBefore, itemAfter),
                _ => AuditLog.RecordAsync(connection, transaction, write, "measure", id, planId, itemBefore, itemAfter),
            });
        }
        await AuditLog.RecordAsync(connection, transaction, write, "person", before.Id, null, before, null);
        await transaction.CommitAsync(ct);

        await Send.OkAsync(new LinkPersonResponse(named, places.Count, accounts), ct);
    }

    private static IReadOnlyList<long> Ids(IEnumerable<Place> places, string kind) => places.Where(p => p.Kind == kind).Select(p => p.ItemId).ToList();

    // Each item as the API returns it, so the audit log's before and after show the lead or owner changing hands.
    private static async Task<Dictionary<(string, long, long), object>> SnapshotAsync(
        System.Data.IDbConnection connection, IReadOnlyList<Place> places, System.Data.IDbTransaction transaction)
    {
        var items = new Dictionary<(string, long, long), object>();
        foreach (var plan in places.GroupBy(p => p.PlanId))
        {
            var wanted = plan.Select(p => (p.Kind, p.ItemId)).ToHashSet();
            foreach (var r in await RecommendationData.ListAsync(connection, plan.Key, transaction: transaction))
                if (wanted.Contains(("recommendation", r.Id))) items[("recommendation", r.Id, plan.Key)] = r;
            foreach (var a in await ActionData.ListAsync(connection, plan.Key, transaction: transaction))
                if (wanted.Contains(("action", a.Id))) items[("action", a.Id, plan.Key)] = a;
            foreach (var m in await MeasureData.ListAsync(connection, plan.Key, transaction: transaction))
                if (wanted.Contains(("measure", m.Id))) items[("measure", m.Id, plan.Key)] = m;
        }
        return items;
    }
}
