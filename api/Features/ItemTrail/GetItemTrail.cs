using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Audit;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.ItemTrail;

public sealed record ItemTrailRequest : AuditQuery
{
    public long PlanId { get; init; }
    /// <summary>priority, recommendation, action or measure (as in the web app's item addresses).</summary>
    [OpenApi.OneOf(typeof(GetItemTrail), nameof(GetItemTrail.Kinds))]
    public string Kind { get; init; } = "";
    public long ItemId { get; init; }
}

/// <summary>
/// One item's story for its detail page: the changes to the item itself and to its scores in every review, newest first,
/// in one paged list, and the entries of its update log. A score is its own entity in the log (entity_type "score", its
/// own id), as is an update-log entry ("update"), so the item's trail alone would leave out "score changed from 2 to 1",
/// which is what the board asks about most.
/// </summary>
public sealed class GetItemTrail(Database database) : Endpoint<ItemTrailRequest, AuditPage>
{
    public static readonly string[] Kinds = ["priority", "recommendation", "action", "measure"];

    public sealed class Validator : Validator<ItemTrailRequest>
    {
        public Validator()
        {
            Include(new AuditQueryRules());
            RuleFor(r => r.Kind).Must(k => Kinds.Contains(k)).WithMessage("Kind must be priority, recommendation, action or measure.");
        }
    }

    // A score's (and an update-log entry's) entries are found by the item they belong to (itemType and itemId in the JSON the log keeps of it), not by
    // the scores table, so the entries of a score since removed still appear. plan_id narrows the search to the plan's
    // entries through ix_audit_log_plan before any JSON is read.
    private const string Entry = "coalesce(after_json, before_json)";

    private static string WhereSql(SqlDialect sql) => $"""
        WHERE plan_id = @planId
          AND ((entity_type = @kind AND entity_id = @itemId)
               OR (entity_type IN ('score', 'update')
                   AND {sql.JsonText(Entry, "itemType")} = @kind
                   AND {sql.JsonInteger(Entry, "itemId")} = @itemId))
        {AuditData.FiltersSql}
        """;

    private static string PageSql(SqlDialect sql) => $"""
        SELECT COUNT(*) FROM audit_log
        {WhereSql(sql)};
        {AuditData.SelectSql}
        {WhereSql(sql)}
        {AuditData.NewestFirstPageSql};
        """;

    // An item seeded or imported without an entry of its own (the demo plans are) still has a history to show once its
    // scores change, so the item as it stands counts as known too, and so do its scores' and updates' entries.
    private static string KnownSql(SqlDialect sql) => $"""
        SELECT EXISTS (SELECT 1 FROM priorities WHERE @kind = 'priority' AND id = @itemId AND plan_id = @planId)
            OR EXISTS (SELECT 1 FROM recommendations WHERE @kind = 'recommendation' AND id = @itemId AND plan_id = @planId)
            OR EXISTS (SELECT 1 FROM actions WHERE @kind = 'action' AND id = @itemId AND plan_id = @planId)
            OR EXISTS (SELECT 1 FROM success_measures m JOIN actions a ON a.id = m.action_id
                       WHERE @kind = 'measure' AND m.id = @itemId AND a.plan_id = @planId)
            OR EXISTS (SELECT 1 FROM audit_log
                       WHERE plan_id = @planId
                         AND ((entity_type = @kind AND entity_id = @itemId)
                              OR (entity_type IN ('score', 'update')
                                  AND {sql.JsonText(Entry, "itemType")} = @kind
                                  AND {sql.JsonInteger(Entry, "itemId")} = @itemId)))
        """;

    public override void Configure()
    {
        Get("/plans/{planId}/items/{kind}/{itemId}/audit");
        Roles(Allowed.Readers);
        Description(b => b.Produces<AuditPage>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "One item's audit trail together with its scores' trails in every review and its update-log entries, newest first";
            s.Description = "The changes to a priority, recommendation, action or success measure and to every score recorded for it, "
                + "in one list with the values before and after. Takes the same filters and paging as the other audit trails. "
                + "Works for deleted items, and for items seeded or imported without entries of their own (an empty list); 404 only when the item is neither in the plan nor in its log.";
        });
    }

    public override async Task HandleAsync(ItemTrailRequest request, CancellationToken ct)
    {
        var scope = new { planId = request.PlanId, kind = request.Kind, itemId = request.ItemId };
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        if (!await connection.ExecuteScalarAsync<bool>(KnownSql(database.Dialect), scope, transaction))
            this.NotFound("itemId", $"The audit log holds nothing about {request.Kind} {request.ItemId} in plan {request.PlanId}.");

        var page = await AuditData.ReadPageAsync(connection, transaction, PageSql(database.Dialect), request, scope);
        await Send.OkAsync(page, ct);
    }
}
