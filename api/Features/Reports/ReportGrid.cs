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
    /// (a development plan's actions may hang straight off a priority), then one column per review up to the one reported on.
    /// </summary>
    public static IReadOnlyList<ReportColumn> Columns(ReportResponse report)
    {
        var rows = Rows(report);
        var noun = report.Plan.ItemNoun;
        var columns = new List<ReportColumn> { new("Reference", ReportColumnKind.Text, 12, r => r.Reference) };
        if (rows.Any(r => r.Priority is not null)) columns.Add(new("Priority", ReportColumnKind.Text, 30, r => r.Priority));
        if (rows.Any(r => r.Recommendation is not null)) columns.Add(new("Recommendation", ReportColumnKind.Text, 40, r => r.Recommendation));
        if (rows.Any(r => r.Action is not null)) columns.Add(new("Action", ReportColumnKind.Text, 40, r => r.Action));
        columns.Add(new(char.ToUpperInvariant(noun[0]) + noun[1..], ReportColumnKind.Text, 60, r => r.Text));
        columns.Add(new("Leads", ReportColumnKind.Text, 24, r => r.Leads));
        if (report.Plan.ScoreLevel is not "recommendation") columns.Add(new("Owners", ReportColumnKind.Text, 24, r => r.Owners));
        columns.Add(new("Deadline as written", ReportColumnKind.Text, 20, r => r.DeadlineText));
        columns.Add(new("Due by", ReportColumnKind.Date, 12, r => r.DueBy));
        columns.Add(new("Deadline status", ReportColumnKind.Text, 18, r => r.DeadlineStatusText));
        for (var i = 0; i < report.Reviews.Count; i++)
        {
            var index = i;
            columns.Add(new(report.Reviews[i].Label, ReportColumnKind.Score, 16, r => index < r.Scores.Count ? r.Scores[index] : null));
        }
        columns.Add(new("Direction of travel", ReportColumnKind.Text, 22, r => r.DirectionText));
        columns.Add(new("Latest update", ReportColumnKind.Text, 80, r => r.LatestUpdate));
        columns.Add(new("Update date", ReportColumnKind.Date, 12, r => r.LatestUpdateDate));
        return columns;
    }
}
