using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scales;

public sealed class DeleteScale(Database database, Clock clock) : Endpoint<ScaleIdRequest>
{
    private const string PlansUsingSql = "SELECT title FROM plans WHERE scale_id = @ScaleId ORDER BY lower(title), id";

    public override void Configure()
    {
        Delete("/scales/{scaleId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete a rating scale that no plan uses (the audit log keeps its history)");
    }

    public override async Task HandleAsync(ScaleIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await ScaleData.FindAsync(connection, request.ScaleId, transaction);
        if (before is null) this.NotFound("scaleId", $"No rating scale has id {request.ScaleId}.");
        if (before.IsBuiltIn)
            this.Conflict("scaleId", $"\"{before.Name}\" is built in, so it cannot be deleted. To use a different version, create a copy with a new name.");
        Etags.Require(this, HttpContext, before.Version);
        var plans = (await connection.QueryAsync<string>(PlansUsingSql, new { request.ScaleId }, transaction)).AsList();
        if (plans.Count > 0)
            this.Conflict("scaleId", $"{plans.Count} plan{(plans.Count == 1 ? " uses" : "s use")} this scale ("
                + string.Join(", ", plans.Take(3).Select(t => $"\"{t}\"")) + (plans.Count > 3 ? ", …" : "")
                + "), so it cannot be deleted.");

        await connection.ExecuteAsync("DELETE FROM rating_scales WHERE id = @ScaleId AND is_built_in = 0", new { request.ScaleId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "scale", before.Id, null, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
