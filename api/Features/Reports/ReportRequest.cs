using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Reports;

/// <summary>Every report format takes the plan and, optionally, the review to report on.</summary>
public sealed record ReportRequest
{
    public long PlanId { get; init; }
    /// <summary>The review to report on; the plan's current review (the latest open one, or the latest) when absent. A past review is judged as at its own date unless asOf says otherwise.</summary>
    [QueryParam] public long? ReviewId { get; init; }
    /// <summary>Report the plan as it stood on this date (yyyy-MM-dd): reviews held after it are left out and overdue is judged on it.</summary>
    [QueryParam] public DateOnly? AsOf { get; init; }

    /// <summary>The grid's and the summary's rule for asOf, shared by every format.</summary>
    public sealed class Validator : Validator<ReportRequest>
    {
        public Validator() => RuleFor(r => r.AsOf).Must(AsOfDates.InRange).WithMessage(AsOfDates.OutOfRange);
    }
}

/// <summary>Reads the plan and builds its report: the guard clauses and the one read every format shares.</summary>
public static class ReportSource
{
    /// <summary>
    /// The report, or a 404 problem naming planId or reviewId (a review of another plan is no review of this one), or a
    /// 400 naming reviewId when that review was held after asOf.
    /// </summary>
    public static async Task<ReportResponse> BuildAsync<TEndpoint>(this TEndpoint endpoint, ReportRequest request, CancellationToken ct)
        where TEndpoint : IEndpoint, IValidationErrors
    {
        var database = endpoint.HttpContext.RequestServices.GetRequiredService<Database>();
        var clock = endpoint.HttpContext.RequestServices.GetRequiredService<Clock>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(endpoint.HttpContext.RequestServices.GetRequiredService<TrackerSettings>().TimeZone);
        await using var connection = await database.OpenAsync(ct);
        var snapshot = await PlanSnapshot.LoadAsync(connection, request.PlanId);
        if (snapshot is null) endpoint.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        if (request.ReviewId is { } reviewId && snapshot.Reviews.All(r => r.Id != reviewId))
            endpoint.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, reviewId));

        var analysis = new PlanAnalysis(snapshot, clock.Today, request.ReviewId, request.AsOf);
        if (request.ReviewId is not null && analysis.Review is null)
            endpoint.Invalid("reviewId", $"That review was held after {request.AsOf:yyyy-MM-dd}, so it is not part of the plan as it stood then.");
        return ReportBuilder.Build(analysis, TimeZoneInfo.ConvertTime(clock.UtcNow, zone));
    }
}
