using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed record UpdateInspectionRecommendationRequest : InspectionRecommendationRequest
{
    [RouteParam] public long RecommendationId { get; init; }
}

public sealed class UpdateInspectionRecommendation(Database database, Clock clock)
    : Endpoint<UpdateInspectionRecommendationRequest, InspectionRecommendationResponse>
{
    public sealed class Validator : Validator<UpdateInspectionRecommendationRequest>
    {
        public Validator() => Include(new InspectionRecommendationRules());
    }

    private const string UpdateSql = """
        UPDATE inspection_recommendations
        SET number = @Number, text = @Text, addressee = @Addressee, paragraphs = @Paragraphs,
            sort_order = COALESCE(@SortOrder, sort_order), updated_at = @Now, row_version = row_version + 1
        WHERE id = @RecommendationId AND inspection_id = @InspectionId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/inspections/{inspectionId}/recommendations/{recommendationId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<InspectionRecommendationResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Correct one of the report's recommendations (its links stay as they are)");
    }

    public override async Task HandleAsync(UpdateInspectionRecommendationRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = InspectionData.Clean(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await InspectionData.RequireAsync(this, connection, request.InspectionId, transaction);
        var before = await InspectionRecommendationData.FindAsync(connection, request.InspectionId, request.RecommendationId, transaction);
        if (before is null)
            this.NotFound("recommendationId", InspectionRecommendationData.NoSuchRecommendation(request.InspectionId, request.RecommendationId));
        Etags.Require(this, HttpContext, before.Version);
        if (number is not null && await InspectionRecommendationData.NumberTakenAsync(connection, request.InspectionId, number, before.Id, transaction))
            this.Conflict("number", $"This inspection already has a recommendation numbered \"{number}\".");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.InspectionId, request.RecommendationId, before.Version, Number = number, request.Text,
            Addressee = InspectionData.Clean(request.Addressee), Paragraphs = InspectionData.Clean(request.Paragraphs),
            request.SortOrder, write.Now,
        }, transaction);
        var after = (await InspectionRecommendationData.FindAsync(connection, request.InspectionId, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "inspectionRecommendation", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
