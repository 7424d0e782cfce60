using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed record UpdateInspectionRequest : InspectionRequest
{
    [RouteParam] public long InspectionId { get; init; }
}

public sealed class UpdateInspection(Database database, Clock clock) : Endpoint<UpdateInspectionRequest, InspectionResponse>
{
    public sealed class Validator : Validator<UpdateInspectionRequest>
    {
        public Validator() => Include(new InspectionRules());
    }

    private const string UpdateSql = """
        UPDATE inspections
        SET inspectorate = @Inspectorate, kind = @Kind, title = @Title, started_on = @StartedOn, ended_on = @EndedOn,
            published_on = @PublishedOn, overall_judgement = @OverallJudgement, overall_level = @OverallLevel,
            judgement_scale_id = @JudgementScaleId, report_reference = @ReportReference,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @InspectionId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/inspections/{inspectionId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<InspectionResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change an inspection's details and replace its judgements");
    }

    public override async Task HandleAsync(UpdateInspectionRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await InspectionData.FindAsync(connection, request.InspectionId, transaction);
        if (before is null) this.NotFound("inspectionId", InspectionData.NoSuchInspection(request.InspectionId));
        Etags.Require(this, HttpContext, before.Version);
        if (request.JudgementScaleId is { } scaleId && !await Scales.ScaleData.ExistsAsync(connection, scaleId, transaction))
            this.Invalid("judgementScaleId", $"No rating scale has id {scaleId}.");

        var parameters = new DynamicParameters(CreateInspection.Parameters(request, write.Now));
        parameters.AddDynamicParams(new { request.InspectionId, before.Version });
        await connection.ExecuteAsync(UpdateSql, parameters, transaction);
        await InspectionData.SaveJudgementsAsync(connection, before.Id, request.Judgements ?? [], transaction);
        var after = (await InspectionData.FindAsync(connection, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "inspection", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
