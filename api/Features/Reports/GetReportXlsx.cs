using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportXlsx : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/xlsx");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), XlsxReport.ContentType).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The action plan as an Excel workbook: one row per scored item, a column per review";
            s.Description = "Sheet \"Action plan\": reference, the rows above, the item, leads, owners, the deadline as written beside a real date, deadline status, one column per review up to the chosen one (\"3 Green\", filled with the level's colour), direction of travel, latest update and its date; header row frozen, auto-filter on. Sheet \"Summary\": the sentences and figures. reviewId defaults to the current review; the file is named after the plan and the review.";
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
