using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

/// <summary>Every report format takes the plan and, optionally, the review to report on.</summary>
public sealed record ReportRequest
{
    public long PlanId { get; init; }
    /// <summary>The review to report on; the plan's current review (the latest open one, or the latest) when absent.</summary>
    [QueryParam] public long? ReviewId { get; init; }
}

/// <summary>Reads the plan and builds its report: the guard clauses and the one read every format shares.</summary>
public static class ReportSource
{
    /// <summary>The report, or a 404 problem naming planId or reviewId (a review of another plan is no review of this one).</summary>
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

        var analysis = new PlanAnalysis(snapshot, clock.Today, request.ReviewId);
        return ReportBuilder.Build(analysis, TimeZoneInfo.ConvertTime(clock.UtcNow, zone));
    }
}
