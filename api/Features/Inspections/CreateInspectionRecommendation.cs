using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Inspections;

public record InspectionRecommendationRequest
{
    [RouteParam] public long InspectionId { get; init; }
    /// <summary>The number as the report prints it ("14"); unique in the inspection; leave out when the report numbers none.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    /// <summary>The body the report addresses, as printed: "the local authority", "the safeguarding partnership",
    /// "the youth justice management board", "the service".</summary>
    public string? Addressee { get; init; }
    /// <summary>The report paragraphs it is drawn from, as printed: "12, 31".</summary>
    public string? Paragraphs { get; init; }
    /// <summary>Position in the printed order; leave it out to put it after the last one (an update keeps its place).</summary>
    public int? SortOrder { get; init; }
}

/// <summary>The rules shared by create and update; a number already used is checked in the handler.</summary>
public sealed class InspectionRecommendationRules : AbstractValidator<InspectionRecommendationRequest>
{
    public InspectionRecommendationRules()
    {
        RuleFor(r => r.Number).MaximumLength(20);
        RuleFor(r => r.Text).NotEmpty().WithMessage("Enter the recommendation's text as the report prints it.").MaximumLength(4000);
        RuleFor(r => r.Addressee).MaximumLength(200);
        RuleFor(r => r.Paragraphs).MaximumLength(200);
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class CreateInspectionRecommendation(Database database, Clock clock)
    : Endpoint<InspectionRecommendationRequest, InspectionRecommendationResponse>
{
    public sealed class Validator : Validator<InspectionRecommendationRequest>
    {
        public Validator() => Include(new InspectionRecommendationRules());
    }

    private const string InsertSql = """
        INSERT INTO inspection_recommendations (inspection_id, number, text, addressee, paragraphs, sort_order, created_at, updated_at)
        VALUES (@InspectionId, @Number, @Text, @Addressee, @Paragraphs,
                COALESCE(@SortOrder, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM inspection_recommendations WHERE inspection_id = @InspectionId)),
                @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/inspections/{inspectionId}/recommendations");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<InspectionRecommendationResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add one of the report's recommendations to an inspection, as printed");
    }

    public override async Task HandleAsync(InspectionRecommendationRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = InspectionData.Clean(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await InspectionData.RequireAsync(this, connection, request.InspectionId, transaction);
        if (number is not null && await InspectionRecommendationData.NumberTakenAsync(connection, request.InspectionId, number, null, transaction))
            this.Conflict("number", $"This inspection already has a recommendation numbered \"{number}\".");

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.InspectionId, Number = number, request.Text, Addressee = InspectionData.Clean(request.Addressee),
            Paragraphs = InspectionData.Clean(request.Paragraphs), request.SortOrder, write.Now,
        }, transaction);
        var created = (await InspectionRecommendationData.FindAsync(connection, request.InspectionId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "inspectionRecommendation", id, null, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetInspectionRecommendation>(
            new { inspectionId = request.InspectionId, recommendationId = id }, created, cancellation: ct);
    }
}
