using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportCsv : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/csv");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), CsvReport.ContentType).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The action plan as CSV: the Excel sheet's rows and columns";
            s.Description = "UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, dates as yyyy-MM-dd. Cells that start with = + - @ are prefixed with an apostrophe so a spreadsheet never runs them. reviewId defaults to the current review; the file is named after the plan and the review.";
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
