using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Recommendations;

public sealed record UpdateRecommendationRequest : RecommendationRequest
{
    [RouteParam] public long RecommendationId { get; init; }
}

public sealed class UpdateRecommendation(Database database, Clock clock) : Endpoint<UpdateRecommendationRequest, RecommendationResponse>
{
    public sealed class Validator : Validator<UpdateRecommendationRequest>
    {
        public Validator() => Include(new RecommendationRules());
    }

    private const string UpdateSql = """
        UPDATE recommendations
        SET priority_id = @PriorityId, number = @Number, text = @Text, judgement_area = @JudgementArea,
            source_paragraphs = @SourceParagraphs, deadline_text = @DeadlineText, sort_order = COALESCE(@SortOrder, sort_order),
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @RecommendationId AND plan_id = @PlanId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/recommendations/{recommendationId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<RecommendationResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a recommendation, its priority, deadline, people or addressees (each list is replaced)");
    }

    public override async Task HandleAsync(UpdateRecommendationRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = Written.OrNull(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await RecommendationData.FindAsync(connection, request.PlanId, request.RecommendationId, transaction);
        if (before is null)
            this.NotFound("recommendationId", $"Plan {request.PlanId} has no recommendation with id {request.RecommendationId}.");
        Etags.Require(this, HttpContext, before.Version);
        await RecommendationData.CheckAgainstPlanAsync(this, connection, transaction, request, number, before.Id);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, request.RecommendationId, before.Version, request.PriorityId, Number = number, request.Text,
            request.JudgementArea, request.SourceParagraphs, request.DeadlineText, request.SortOrder, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Recommendation, before.Id, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        await RecommendationData.SaveAddresseesAsync(connection, before.Id, RecommendationData.Addressees(request), transaction);
        var after = (await RecommendationData.FindAsync(connection, request.PlanId, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "recommendation", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
