using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportDocx : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/docx");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), DocxReport.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The scrutiny report as a Word document, ready to paste into a committee report";
            s.Description = "Heading 1–3 styles, the summary sentences, the level and direction counts, the averages per priority, a table per exception, the reconciliation (printed averages beside both means, printed directions of travel that contradict the scores, the scale's direction) and, in a landscape A4 section, the whole plan with the latest four reviews' scores (header rows repeat on each page). Every score cell is shaded with its level's colour and says the level's number and label. The header and the footer say which date overdue was judged on and why. reviewId defaults to the current review; asOf (yyyy-MM-dd) reports the plan as it stood on that date: later reviews are left out and overdue is judged on it (a reviewId held after it is a 400); a past review is otherwise judged as at its own date. The file is named after the plan, the review and any asOf date.";
        });
    }

    public override async Task HandleAsync(ReportRequest request, CancellationToken ct)
    {
        var report = await this.BuildAsync(request, ct);
        var file = DocxReport.Write(report);
        HttpContext.Response.Headers.ContentDisposition = ReportFile.ContentDisposition(report, "docx");
        await Send.BytesAsync(file, contentType: DocxReport.ContentType, cancellation: ct);
    }
}
