using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reports;

public sealed class GetReportScorecardCsv : Endpoint<ReportRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/report/scorecard/csv");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), CsvReport.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The report's performance scorecard as CSV: one row per indicator";
            s.Description = "The scrutiny report's scorecard section as its own table, beside the plan's CSV (one file of two differently shaped tables would break the programs that load it). UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends. One row per indicator as at the period the report runs to (the latest period ended on or before the report's date; the \"Figures to\" column): reference, name, unit, decimal places, polarity, owners, the period (YYYY-MM) and its label, the value as a plain number or the state saying why there is none, target, RAG, direction of travel since the previous period and year on year, year to date, baseline, the statistical neighbours' average and the gap to it, and the sentence explaining the RAG. A plan without indicators gets the header row alone. reviewId and asOf as for the other formats. The file is named after the plan, the review and any asOf date, ending -scorecard.";
        });
    }

    public override async Task HandleAsync(ReportRequest request, CancellationToken ct)
    {
        var report = await this.BuildAsync(request, ct);
        var file = CsvReport.WriteScorecard(report.Scorecard);
        HttpContext.Response.Headers.ContentDisposition = ReportFile.ContentDisposition(report, "csv", "-scorecard");
        await Send.BytesAsync(file, contentType: CsvReport.ContentType, cancellation: ct);
    }
}
