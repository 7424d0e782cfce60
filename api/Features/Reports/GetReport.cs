using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReport : Endpoint<ReportRequest, ReportResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ReportResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The scrutiny report of a plan at one review, for the print view";
            s.Description = "The summary in plain English and in figures, averages per priority, the exceptions (declining, at the worst level, " +
                            "overdue, stale, overrides that contradict the scores, awaiting sign-off, complete as printed, deadlines to confirm) " +
                            "with their leads and latest updates, the reconciliation of printed averages and directions of travel with the scores, " +
                            "the whole plan with its score history up to the review, and the footer. reviewId defaults to the current review. " +
                            "asOf (yyyy-MM-dd) reports the plan as it stood on that date: later reviews are left out and overdue is judged on it " +
                            "(a reviewId held after it is a 400); a past review is otherwise judged as at its own date (judgedOn says which). " +
                            "The same report downloads as Word, Excel and CSV (docs/reports.md).";
        });
    }

    public override async Task HandleAsync(ReportRequest request, CancellationToken ct) =>
        await Send.OkAsync(await this.BuildAsync(request, ct), ct);
}
