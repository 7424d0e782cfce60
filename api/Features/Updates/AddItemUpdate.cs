using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Updates;

public record ItemUpdateRequest : ItemUpdatesRoute
{
    /// <summary>The review it was written for; leave out when it was written between reviews or nobody knows.</summary>
    public long? ReviewId { get; init; }
    /// <summary>The date as printed; leave out when it was undated (it is never dated for you).</summary>
    public DateOnly? WrittenOn { get; init; }
    /// <summary>The update as written.</summary>
    public string Text { get; init; } = "";
    /// <summary>Who wrote it, as printed (often initials, "JS").</summary>
    public string? Author { get; init; }
    /// <summary>The document it was copied from, e.g. "Improvement board papers, March 2018".</summary>
    public string? SourceDocument { get; init; }
}

public sealed class ItemUpdateRules : AbstractValidator<ItemUpdateRequest>
{
    public ItemUpdateRules()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Enter the update as it was written.").MaximumLength(10_000);
        RuleFor(r => r.Author).MaximumLength(200);
        RuleFor(r => r.SourceDocument).MaximumLength(500);
        RuleFor(r => r.WrittenOn).Must(d => d is null || d.Value.Year is >= 1990 and <= 2100)
            .WithMessage("Enter a date between 1990 and 2100, or leave it out when the update was undated.");
        RuleFor(r => r.ReviewId).GreaterThan(0).When(r => r.ReviewId is not null)
            .WithMessage("Choose one of the plan's reviews, or leave it out when the update was written for none.");
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class AddItemUpdate(Database database, Clock clock) : Endpoint<ItemUpdateRequest, ItemUpdateResponse>
{
    public sealed class Validator : Validator<ItemUpdateRequest>
    {
        public Validator() => Include(new ItemUpdateRules());
    }

    // Last in the item's log: the next position after the highest, so entries keep the order they were printed in.
    private const string InsertSql = """
        INSERT INTO item_updates (plan_id, recommendation_id, action_id, measure_id, review_id, written_on, text, author,
                                  source_document, position, entered_by, entered_at)
        VALUES (@PlanId, @RecommendationId, @ActionId, @MeasureId, @ReviewId, @WrittenOn, @Text, @Author, @SourceDocument,
                (SELECT coalesce(max(position), 0) + 1 FROM item_updates
                 WHERE recommendation_id IS NOT DISTINCT FROM @RecommendationId AND action_id IS NOT DISTINCT FROM @ActionId AND measure_id IS NOT DISTINCT FROM @MeasureId),
                @Actor, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/items/{kind}/{itemId}/updates");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<ItemUpdateResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s =>
        {
            s.Summary = "Add an update to the end of an item's running log";
            s.Description = "kind is recommendation, action or measure. An update without writtenOn stays undated. A review named must be "
                + "the plan's and open (409 when closed). Managers may add updates only to the items they lead or own.";
        });
    }

    public override async Task HandleAsync(ItemUpdateRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        await ItemUpdateTarget.RequireOpenReviewAsync(this, connection, transaction, request.PlanId, request.ReviewId);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            item.PlanId, item.RecommendationId, item.ActionId, item.MeasureId, request.ReviewId, request.WrittenOn,
            Text = request.Text.Trim(), Author = ItemUpdateRules.Clean(request.Author),
            SourceDocument = ItemUpdateRules.Clean(request.SourceDocument), write.Actor, write.Now,
        }, transaction);
        var created = (await ItemUpdateData.FindAsync(connection, item, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "update", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetItemUpdate>(new { planId = request.PlanId, kind = request.Kind, itemId = request.ItemId, updateId = id },
            created, cancellation: ct);
    }
}
