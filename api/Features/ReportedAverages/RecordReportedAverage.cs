using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.ReportedAverages;

public record ReportedAverageRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long ReviewId { get; init; }
    /// <summary>The priority the printed figure is for; leave out for the plan's overall figure.</summary>
    public long? PriorityId { get; init; }
    /// <summary>The figure exactly as printed.</summary>
    public double? Value { get; init; }
    /// <summary>Where it was printed, e.g. "Board report, March 2018".</summary>
    public string? Source { get; init; }
}

public sealed class ReportedAverageRules : AbstractValidator<ReportedAverageRequest>
{
    public ReportedAverageRules()
    {
        RuleFor(r => r.Value).NotNull().WithMessage("Enter the figure as it was printed, for example 2.8.")
            .InclusiveBetween(0, 1000).WithMessage("Enter a figure between 0 and 1000.");
        RuleFor(r => r.PriorityId).GreaterThan(0).When(r => r.PriorityId is not null).WithMessage("Choose one of the plan's priorities, or leave it out for the overall figure.");
        RuleFor(r => r.Source).MaximumLength(200);
    }
}

/// <summary>The checks shared by recording and changing a printed figure.</summary>
public static class ReportedAverageChecks
{
    public static async Task<ReviewResponse> CheckAsync(IValidationErrors endpoint, System.Data.IDbConnection connection,
        System.Data.IDbTransaction transaction, ReportedAverageRequest request, long exceptId)
    {
        var review = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction);
        if (review is null) endpoint.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, request.ReviewId));
        if (request.PriorityId is { } priorityId && !await ReportedAverageData.PriorityInPlanAsync(connection, request.PlanId, priorityId, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        if (await ReportedAverageData.ScopeTakenAsync(connection, request.ReviewId, request.PriorityId, exceptId, transaction))
            endpoint.Conflict("priorityId", $"{review.Label} already has a printed figure for {(request.PriorityId is null ? "the whole plan" : "this priority")}; change that one instead.");
        return review;
    }
}

public sealed class RecordReportedAverage(Database database, Clock clock) : Endpoint<ReportedAverageRequest, ReportedAverageResponse>
{
    public sealed class Validator : Validator<ReportedAverageRequest>
    {
        public Validator() => Include(new ReportedAverageRules());
    }

    private const string InsertSql = """
        INSERT INTO reported_averages (review_id, priority_id, value, source, recorded_by, recorded_at)
        VALUES (@ReviewId, @PriorityId, @Value, @Source, @Actor, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/reviews/{reviewId}/reported-averages");
        Roles(Allowed.Board);
        Description(b => b.Produces<ReportedAverageResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s =>
        {
            s.Summary = "Record an average as it was printed in the plan or a board report";
            s.Description = "The summary then compares it with the averages worked out from the scores and says where they disagree.";
        });
    }

    public override async Task HandleAsync(ReportedAverageRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await ReportedAverageChecks.CheckAsync(this, connection, transaction, request, exceptId: 0);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.ReviewId, request.PriorityId, request.Value, Source = request.Source?.Trim() is { Length: > 0 } s ? s : null, write.Actor, write.Now,
        }, transaction);
        var created = (await ReportedAverageData.FindAsync(connection, request.ReviewId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "reportedAverage", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetReportedAverage>(new { planId = request.PlanId, reviewId = request.ReviewId, reportedAverageId = id }, created, cancellation: ct);
    }
}
