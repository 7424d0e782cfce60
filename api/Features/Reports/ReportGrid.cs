using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Features.Reports;

/// <summary>What a column holds, so each format can write it its own way (a real date in Excel, ISO 8601 in CSV).</summary>
public enum ReportColumnKind { Text, Date, Score }

/// <summary>One column of the one-row-per-scored-item grid that Excel and CSV share.</summary>
public sealed record ReportColumn(string Header, ReportColumnKind Kind, double Width, Func<ReportRow, object?> Value);

/// <summary>
/// The grid of the Excel and CSV downloads: one row per scored item, with the rows above it spelt out, so it can be
/// filtered and sorted without the hierarchy. Excel and CSV take their columns from here, so they never disagree.
/// </summary>
public static class ReportGrid
{
    public static IReadOnlyList<ReportRow> Rows(ReportResponse report) => report.Rows.Where(r => r.IsScored).ToList();

    /// <summary>
    /// The columns, shaped by the plan: Priority, Recommendation and Action only when scored rows sit below such rows
    /// (a development plan's actions may hang straight off a priority); addressees, owners, where a deadline comes from,
    /// dates to confirm and printed directions of travel only when some row has them; the people columns under the
    /// plan's own headings; then one column per review up to the one reported on.
    /// </summary>
    public static IReadOnlyList<ReportColumn> Columns(ReportResponse report)
    {
        var rows = Rows(report);
        var plan = report.Plan;
        var noun = plan.ItemNoun;
        var columns = new List<ReportColumn> { new("Reference", ReportColumnKind.Text, 12, r => r.Reference) };
        if (rows.Any(r => r.Priority is not null)) columns.Add(new("Priority", ReportColumnKind.Text, 30, r => r.Priority));
        if (rows.Any(r => r.Recommendation is not null)) columns.Add(new("Recommendation", ReportColumnKind.Text, 40, r => r.Recommendation));
        if (rows.Any(r => r.Action is not null)) columns.Add(new("Action", ReportColumnKind.Text, 40, r => r.Action));
        columns.Add(new(char.ToUpperInvariant(noun[0]) + noun[1..], ReportColumnKind.Text, 60, r => r.Text));
        if (rows.Any(r => r.Addressees.Count > 0)) columns.Add(new("Addressed to", ReportColumnKind.Text, 30, r => string.Join("; ", r.Addressees)));
        columns.Add(new(Heading(plan.LeadHeading, "Leads"), ReportColumnKind.Text, 24, r => r.LeadsText));
        if (plan.ScoreLevel is not "recommendation" || plan.OwnerHeading is not null || rows.Any(r => r.Owners.Length > 0))
            columns.Add(new(Heading(plan.OwnerHeading, "Owners"), ReportColumnKind.Text, 24, r => r.OwnersText));
        columns.Add(new("Deadline as written", ReportColumnKind.Text, 20, r => r.DeadlineText));
        if (rows.Any(r => r.DeadlineInheritedFrom is not null))
            columns.Add(new("Deadline taken from", ReportColumnKind.Text, 18, r => r.DeadlineInheritedFrom));
        columns.Add(new("Due by", ReportColumnKind.Date, 12, r => r.DueBy));
        if (rows.Any(r => r.DeadlineToConfirm.Count > 0))
            columns.Add(new("Date to confirm", ReportColumnKind.Text, 40, r => string.Join(" ", r.DeadlineToConfirm)));
        columns.Add(new("Deadline status", ReportColumnKind.Text, 18, r => r.DeadlineStatusText));
        // The one table has no header block or footer, so each row says which day its deadline status was judged on, and why.
        columns.Add(new("Status judged as at", ReportColumnKind.Date, 14, _ => report.Today));
        columns.Add(new("Why that date", ReportColumnKind.Text, 22, _ => ReportWords.JudgedOnReason(report.JudgedOn, report.Review?.Label)));
        for (var i = 0; i < report.Reviews.Count; i++)
        {
            var index = i;
            columns.Add(new(report.Reviews[i].Label, ReportColumnKind.Score, 16, r => index < r.Scores.Count ? r.Scores[index] : null));
        }
        columns.Add(new("Direction of travel", ReportColumnKind.Text, 22, r => r.DirectionText));
        if (rows.Any(r => r.PrintedDirection is not null))
        {
            columns.Add(new("Printed direction of travel", ReportColumnKind.Text, 22, r => ReportRow.Printed(r.PrintedDirection, r.PrintedDirectionText)));
            columns.Add(new("Printed direction contradicts the scores", ReportColumnKind.Text, 16,
                r => r.PrintedDirection is null ? "" : r.PrintedDirectionContradicts ? "Yes" : "No"));
        }
        columns.Add(new("Latest update", ReportColumnKind.Text, 80, r => r.LatestUpdate));
        columns.Add(new("Update date", ReportColumnKind.Date, 12, r => r.LatestUpdateDate));
        return columns;
    }

    /// <summary>The plan's own word for a column when it printed one ("Assigned lead"), the tracker's otherwise.</summary>
    public static string Heading(string? printed, string fallback) => string.IsNullOrWhiteSpace(printed) ? fallback : printed.Trim();
}
