using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Updates;

public sealed record ChangeItemUpdateRequest : ItemUpdateRequest
{
    [RouteParam] public long UpdateId { get; init; }
}

public sealed class ChangeItemUpdate(Database database, Clock clock) : Endpoint<ChangeItemUpdateRequest, ItemUpdateResponse>
{
    public sealed class Validator : Validator<ChangeItemUpdateRequest>
    {
        public Validator() => Include(new ItemUpdateRules());
    }

    // The position stays: a correction does not move an entry in the printed log.
    private const string UpdateSql = """
        UPDATE item_updates
        SET review_id = @ReviewId, written_on = @WrittenOn, text = @Text, author = @Author, source_document = @SourceDocument,
            entered_by = @Actor, entered_at = @Now, row_version = row_version + 1
        WHERE id = @UpdateId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<ItemUpdateResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Correct an entry of an item's update log";
            s.Description = "Replaces its review, date, text, author and source; its place in the log stays. Neither the review it was "
                + "written for nor the one it moves to may be closed (409).";
        });
    }

    public override async Task HandleAsync(ChangeItemUpdateRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ItemUpdateData.FindAsync(connection, item, request.UpdateId, transaction);
        if (before is null) this.NotFound("updateId", ItemUpdateData.NoSuchUpdate(item, request.UpdateId));
        Etags.Require(this, HttpContext, before.Version);
        await ItemUpdateTarget.RequireOpenReviewAsync(this, connection, transaction, request.PlanId, before.ReviewId);
        await ItemUpdateTarget.RequireOpenReviewAsync(this, connection, transaction, request.PlanId, request.ReviewId);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.UpdateId, before.Version, request.ReviewId, request.WrittenOn, Text = request.Text.Trim(),
            Author = ItemUpdateRules.Clean(request.Author), SourceDocument = ItemUpdateRules.Clean(request.SourceDocument), write.Actor, write.Now,
        }, transaction);
        var after = (await ItemUpdateData.FindAsync(connection, item, request.UpdateId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "update", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
