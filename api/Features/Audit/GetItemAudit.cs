using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Audit;

public sealed record ItemAuditRequest : AuditQuery
{
    /// <summary>One of <see cref="AuditData.EntityTypes"/>: plan, priority, recommendation, action, measure, review, score, person, scale, ...</summary>
    [OpenApi.OneOf(typeof(AuditData), nameof(AuditData.EntityTypes))]
    public string EntityType { get; init; } = "";
    public long EntityId { get; init; }
}

public sealed class GetItemAudit(Database database) : Endpoint<ItemAuditRequest, AuditPage>
{
    public sealed class Validator : Validator<ItemAuditRequest>
    {
        public Validator()
        {
            Include(new AuditQueryRules());
            RuleFor(r => r.EntityType).Must(t => AuditData.EntityTypes.Contains(t))
                .WithMessage($"Entity type must be one of {AuditData.EntityTypeList}.");
        }
    }

    private const string WhereSql = $"""
        WHERE entity_type = @entityType AND entity_id = @entityId
        {AuditData.FiltersSql}
        """;

    private const string PageSql = $"""
        SELECT COUNT(*) FROM audit_log
        {WhereSql};
        {AuditData.SelectSql}
        {WhereSql}
        {AuditData.NewestFirstPageSql};
        """;

    private const string KnownSql = "SELECT EXISTS (SELECT 1 FROM audit_log WHERE entity_type = @entityType AND entity_id = @entityId)";

    public override void Configure()
    {
        Get("/audit/{entityType}/{entityId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<AuditPage>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "One item's audit trail, newest first, with the values before and after each change";
            s.Description = "Works for deleted items too. Filter by who made the change (actor), a date range (from, to: "
                + "yyyy-MM-dd, inclusive, UTC) and the kind of change; page with page and pageSize. "
                + "The log is append-only: no endpoint changes or removes its entries.";
        });
    }

    public override async Task HandleAsync(ItemAuditRequest request, CancellationToken ct)
    {
        // Accounts' trails record who signed in and when: that is for administrators, not for every reader of the plans.
        if (request.EntityType is "user" or "token" && !User.IsInRole(RoleNames.Administrator))
            this.Stop(403, "entityType", "Only an administrator can read the audit trail of accounts and tokens.");

        var scope = new { entityType = request.EntityType, entityId = request.EntityId };
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        // Someone's email choices, and the emails sent to them, are theirs: only they and administrators read those trails
        // (checked before whether the trail exists, so a 404 does not tell a reader who has chosen what).
        if (request.EntityType is "mailPreferences" or "email" && !User.IsInRole(RoleNames.Administrator))
        {
            var me = SignedInUser.From(User)?.PersonId;
            var owner = request.EntityType == "mailPreferences" ? request.EntityId
                : await connection.ExecuteScalarAsync<long?>("SELECT person_id FROM mail_outbox WHERE id = @entityId;", scope, transaction);
            if (me is null || owner != me)
                this.Stop(403, "entityType", request.EntityType == "mailPreferences"
                    ? "Only the person themselves and administrators can read the audit trail of someone's email choices."
                    : "Only its recipient and administrators can read the audit trail of an email.");
        }
        if (!await connection.ExecuteScalarAsync<bool>(KnownSql, scope, transaction))
            this.NotFound("entityId", $"The audit log holds nothing about {request.EntityType} {request.EntityId}.");

        var page = await AuditData.ReadPageAsync(connection, transaction, PageSql, request, scope);
        await Send.OkAsync(page, ct);
    }
}
