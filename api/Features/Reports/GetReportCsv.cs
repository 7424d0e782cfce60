using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportCsv : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/csv");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), CsvReport.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The action plan as CSV: the Excel sheet's rows and columns";
            s.Description = "UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, dates as yyyy-MM-dd. One table of the scored rows: the rows above, addressees, leads and owners under the plan's own headings (inherited ones say where from), the deadline as written and where it comes from, the date deadline status was judged on and why, every review's score, direction of travel beside the direction printed in the source and whether it contradicts the scores. Cells that start with = + - @ are prefixed with an apostrophe so a spreadsheet never runs them. The printed-average checks are in the Word, Excel and JSON forms. reviewId defaults to the current review; asOf (yyyy-MM-dd) reports the plan as it stood on that date: later reviews are left out and overdue is judged on it (a reviewId held after it is a 400); a past review is otherwise judged as at its own date. The file is named after the plan, the review and any asOf date.";
        });
    }

    public override async Task HandleAsync(ReportRequest request, CancellationToken ct)
    {
        var report = await this.BuildAsync(request, ct);
        var file = CsvReport.Write(report);
        HttpContext.Response.Headers.ContentDisposition = ReportFile.ContentDisposition(report, "csv");
        await Send.BytesAsync(file, contentType: CsvReport.ContentType, cancellation: ct);
    }
}
