using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Inspections;

public sealed record ReplaceLinksRequest
{
    [RouteParam] public long InspectionId { get; init; }
    [RouteParam] public long RecommendationId { get; init; }
    /// <summary>The plan items that answer the recommendation, in the order to show them; replaces the list (empty removes every link).</summary>
    public IReadOnlyList<LinkRequest>? Links { get; init; }
}

public sealed record LinkRequest
{
    /// <summary>recommendation, action or priority: which kind of plan item <see cref="ItemId"/> is.</summary>
    [OpenApi.OneOf(typeof(InspectionRecommendationData), nameof(InspectionRecommendationData.LinkKinds))]
    public string Kind { get; init; } = "";
    public long ItemId { get; init; }
    /// <summary>Why or how the item answers the recommendation (optional).</summary>
    public string? Note { get; init; }
}

public sealed class ReplaceInspectionRecommendationLinks(Database database, Clock clock)
    : Endpoint<ReplaceLinksRequest, InspectionRecommendationResponse>
{
    /// <summary>A recommendation is answered by a few items; a cap keeps a request from naming thousands.</summary>
    public const int MaxLinks = 50;

    public sealed class Validator : Validator<ReplaceLinksRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Links).NotNull().WithMessage("Send the list of links; an empty list removes them all.")
                .Must(l => l is null || l.Count <= MaxLinks).WithMessage($"Link at most {MaxLinks} plan items.")
                .Must(l => l is null || l.Where(x => x is not null).DistinctBy(x => (x.Kind, x.ItemId)).Count() == l.Count(x => x is not null))
                .WithMessage("Link each plan item once.");
            RuleForEach(r => r.Links).NotNull().WithMessage("Each link needs its kind and item id.").ChildRules(link =>
            {
                link.RuleFor(x => x.Kind).Must(k => InspectionRecommendationData.LinkKinds.Contains(k))
                    .WithMessage("Kind must be recommendation, action or priority.");
                link.RuleFor(x => x.ItemId).GreaterThan(0).WithMessage("Give the id of the plan item that answers this recommendation.");
                link.RuleFor(x => x.Note).MaximumLength(1000);
            });
        }
    }

    private const string TouchSql = """
        UPDATE inspection_recommendations
        SET updated_at = @Now, row_version = row_version + 1
        WHERE id = @RecommendationId AND inspection_id = @InspectionId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/inspections/{inspectionId}/recommendations/{recommendationId}/links");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<InspectionRecommendationResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Say which plan items answer one of the report's recommendations (the link list is replaced)";
            s.Description = "Each item is a plan recommendation, action or priority of a plan that answers this inspection. "
                + "The plan may have renumbered it: report recommendation 14 answered by plan recommendation \"7 (14)\".";
        });
    }

    public override async Task HandleAsync(ReplaceLinksRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var links = request.Links ?? [];
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await InspectionData.RequireAsync(this, connection, request.InspectionId, transaction);
        var before = await InspectionRecommendationData.FindAsync(connection, request.InspectionId, request.RecommendationId, transaction);
        if (before is null)
            this.NotFound("recommendationId", InspectionRecommendationData.NoSuchRecommendation(request.InspectionId, request.RecommendationId));
        Etags.Require(this, HttpContext, before.Version);
        for (var i = 0; i < links.Count; i++)
        {
            var (kind, itemId) = (links[i].Kind, links[i].ItemId);
            var item = await InspectionRecommendationData.FindItemPlanAsync(connection, kind, itemId, transaction);
            if (item is null)
                this.Invalid($"links[{i}].itemId", $"No plan {kind} has id {itemId}.");
            if (item.InspectionId != request.InspectionId)
                this.Invalid($"links[{i}].itemId", $"The {kind} with id {itemId} is in the plan \"{item.PlanTitle}\", which "
                    + (item.InspectionId is null ? "answers no inspection" : "answers another inspection")
                    + $". Only items of plans that answer inspection {request.InspectionId} can answer its recommendations; change the plan's inspection first.");
        }

        await InspectionRecommendationData.SaveLinksAsync(connection, before.Id, links, transaction);
        await connection.ExecuteAsync(TouchSql, new { request.InspectionId, request.RecommendationId, before.Version, write.Now }, transaction);
        var after = (await InspectionRecommendationData.FindAsync(connection, request.InspectionId, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "inspectionRecommendation", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
