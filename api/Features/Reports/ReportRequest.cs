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
    /// The report, stamped with the time now, or a 404 problem naming planId or reviewId (a review of another plan is no
    /// review of this one), or a 400 naming reviewId when that review was held after asOf. The report is kept per version
    /// of the plan (<see cref="ReportCache"/>): a request for an unchanged plan reads one row, not the plan.
    /// </summary>
    public static async Task<ReportResponse> BuildAsync<TEndpoint>(this TEndpoint endpoint, ReportRequest request, CancellationToken ct)
        where TEndpoint : IEndpoint, IValidationErrors
    {
        var services = endpoint.HttpContext.RequestServices;
        var database = services.GetRequiredService<Database>();
        var clock = services.GetRequiredService<Clock>();
        var cache = services.GetRequiredService<ReportCache>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<TrackerSettings>().TimeZone);
        var today = clock.Today;

        long? version;
        await using (var connection = await database.OpenAsync(ct)) version = await ReadCache.VersionAsync(connection, request.PlanId);
        if (version is null) endpoint.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        var key = new ReportCache.Key(request.PlanId, request.ReviewId, request.AsOf);
        var yearStartMonth = services.GetRequiredService<TrackerSettings>().Scorecard.YearStartMonth;
        var built = await cache.GetAsync(key, version.Value, today, () => BuildAsync(database, key, today, yearStartMonth));
        if (built.Refusal is { } refusal)
        {
            if (refusal.Status == StatusCodes.Status404NotFound) endpoint.NotFound(refusal.Field, refusal.Message);
            endpoint.Invalid(refusal.Field, refusal.Message);
        }
        return ReportBuilder.Stamped(built.Report!, TimeZoneInfo.ConvertTime(clock.UtcNow, zone));
    }

    /// <summary>Reads and analyses the plan once per version however many requests wait on it, so it takes no request's cancellation.</summary>
    private static async Task<ReportCache.Built> BuildAsync(Database database, ReportCache.Key key, DateOnly today, int yearStartMonth)
    {
        PlanSnapshot? snapshot;
        Scorecard.ScorecardSnapshot? scorecard;
        await using (var connection = await database.OpenAsync())
        {
            snapshot = await PlanSnapshot.LoadAsync(connection, key.PlanId);
            scorecard = snapshot is null ? null : await Scorecard.ScorecardSnapshot.LoadAsync(connection, key.PlanId);
        }
        if (snapshot is null) return ReportCache.Built.Refused(StatusCodes.Status404NotFound, "planId", PlanData.NoSuchPlan(key.PlanId));
        if (key.ReviewId is { } reviewId && snapshot.Reviews.All(r => r.Id != reviewId))
            return ReportCache.Built.Refused(StatusCodes.Status404NotFound, "reviewId", ReviewData.NoSuchReview(key.PlanId, reviewId));

        var analysis = new PlanAnalysis(snapshot, today, key.ReviewId, key.AsOf);
        if (key.ReviewId is not null && analysis.Review is null)
            return ReportCache.Built.Refused(StatusCodes.Status400BadRequest, "reviewId",
                $"That review was held after {key.AsOf:yyyy-MM-dd}, so it is not part of the plan as it stood then.");
        // The scorecard as at the date the report judges on (today, asOf or the review's date): the latest month ended by then.
        var section = scorecard is null ? null : ScorecardReportWords.Section(ScorecardReportWords.Read(scorecard, analysis.Today, today, yearStartMonth));
        // Kept under the older of the two versions read, so a save between the two reads is never hidden.
        var version = Math.Min(snapshot.DataVersion, scorecard?.PlanVersion ?? snapshot.DataVersion);
        return ReportCache.Built.Of(ReportBuilder.Build(analysis) with { Scorecard = section }, version);
    }
}
