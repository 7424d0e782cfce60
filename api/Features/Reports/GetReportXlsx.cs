using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportXlsx : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/xlsx");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), XlsxReport.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The action plan as an Excel workbook: one row per scored item, a column per review";
            s.Description = "Sheet \"Action plan\": reference, the rows above, the item, leads, owners, the deadline as written beside a real date, deadline status, one column per review up to the chosen one (\"3 Green\", filled with the level's colour), direction of travel, latest update and its date; header row frozen, auto-filter on. Sheet \"Summary\": the sentences and figures, the date judged on and why. Sheet \"Reconciliation\": printed averages beside both means, printed directions of travel that contradict the scores, the scale's direction. reviewId defaults to the current review; asOf (yyyy-MM-dd) reports the plan as it stood on that date: later reviews are left out and overdue is judged on it (a reviewId held after it is a 400); a past review is otherwise judged as at its own date. The file is named after the plan, the review and any asOf date.";
        });
    }

    public override async Task HandleAsync(ReportRequest request, CancellationToken ct)
    {
        var report = await this.BuildAsync(request, ct);
        var file = XlsxReport.Write(report);
        HttpContext.Response.Headers.ContentDisposition = ReportFile.ContentDisposition(report, "xlsx");
        await Send.BytesAsync(file, contentType: XlsxReport.ContentType, cancellation: ct);
    }
}
