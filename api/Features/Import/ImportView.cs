using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import;

/// <summary>An import as the API answers it: the stored row, the tables' first rows, the mapping and the dry run.</summary>
public static class ImportView
{
    public const int SampleRows = 40;
    public const int PreviewRows = 50;

    public static ImportResponse Build(ImportRow row, ImportMapping mapping, ImportReading? reading, AlreadyImported? already,
        Versions.VersionOf? versionOf = null) => new()
    {
        Id = row.Id,
        Kind = row.Kind,
        Status = row.Status,
        FileName = row.FileName,
        Format = row.Format,
        Sha256 = row.Sha256,
        SizeBytes = row.SizeBytes,
        PlanId = row.PlanId,
        CreatedBy = row.CreatedBy,
        CreatedAt = row.CreatedAt,
        CommittedAt = row.CommittedAt,
        Version = row.Version,
        Notes = reading?.Document.Notes ?? ["This import was discarded, so its file is no longer kept and it cannot be read again."],
        Tables = reading?.Document.Tables.Select(Summary).ToList() ?? [],
        Mapping = mapping,
        DryRun = reading is null ? Empty : new DryRun(Counts(reading.Draft, reading.Findings), reading.Findings,
            reading.Interpretation.Preview.Take(PreviewRows).ToList(), reading.CanCommit),
        AlreadyImported = already,
        VersionOf = versionOf,
    };

    private static readonly DryRun Empty = new(new DryRunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [], [], false);

    public static DryRunCounts Counts(PlanDraft draft, IReadOnlyList<ImportFinding> findings) => new(
        Priorities: draft.Priorities.Count,
        Recommendations: draft.Recommendations.Count,
        Actions: draft.Actions.Count,
        Measures: draft.Measures.Count,
        Reviews: draft.Reviews.Count,
        Scores: draft.Scores.Count(s => s.Level is not null),
        NoScores: draft.Scores.Count(s => s.Level is null),
        Updates: draft.Updates.Count,
        PeopleCreated: draft.People.Count(p => p.ExistingId is null),
        PeopleMatched: draft.People.Count(p => p.ExistingId is not null),
        ReportedAverages: draft.ReportedAverages.Count,
        PrintedFigures: draft.PrintedFigures.Count,
        RowsSkipped: findings.Count(f => f.Kind == FindingKind.RowSkipped));

    private static SourceTableSummary Summary(SourceTable table, int index) => new(index, table.Name, table.Heading, table.Rows.Count,
        table.ColumnCount, table.Rows.Take(SampleRows).Select(r => new SampleRow(r.Number, r.Cells.Select(c => c.Text).ToList(),
            r.Cells.Select(c => c.Fill).ToList())).ToList());

    public static AlreadyImported? Already(ImportData.Committed? committed) =>
        committed is null ? null : new AlreadyImported(committed.PlanId, committed.PlanTitle, committed.CommittedAt);
}
