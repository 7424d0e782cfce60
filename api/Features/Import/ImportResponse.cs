using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import;

/// <summary>
/// An uploaded plan file and what the tracker makes of it: the tables it found (with their first rows, for the mapping
/// screen), the mapping in force (proposed, or as a person adjusted it), and the dry run: what a commit would create and
/// everything a person should look at first. Nothing is in the plan until the import is committed.
/// </summary>
public sealed record ImportResponse
{
    public required long Id { get; init; }
    /// <summary>plan (a new plan from a file) or return (a monthly update return for an existing plan).</summary>
    public required string Kind { get; init; }
    /// <summary>pending, committed or discarded.</summary>
    public required string Status { get; init; }
    public required string FileName { get; init; }
    /// <summary>xlsx, xlsm, xls, docx, csv or tsv (pasted cells).</summary>
    public required string Format { get; init; }
    /// <summary>The SHA-256 of the file as uploaded, lower-case hex.</summary>
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    /// <summary>For a plan import, the plan it created (once committed); for a return, the plan it updates.</summary>
    public required long? PlanId { get; init; }
    public required string CreatedBy { get; init; }
    public required string CreatedAt { get; init; }
    public required string? CommittedAt { get; init; }
    /// <summary>The row version, also the ETag: send it in If-Match to change the mapping or commit.</summary>
    public required int Version { get; init; }
    /// <summary>What the reader noticed about the file as a whole (macros not run, formulas without values...).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    public required IReadOnlyList<SourceTableSummary> Tables { get; init; }
    public required ImportMapping Mapping { get; init; }
    public required DryRun DryRun { get; init; }
    /// <summary>Set when the same file (by SHA-256) was already committed: committing again changes nothing.</summary>
    public required AlreadyImported? AlreadyImported { get; init; }
    /// <summary>Set when the file is a newer version of a plan (the upload's planId): what it would change there, and the decisions to make.</summary>
    public Versions.VersionOf? VersionOf { get; init; }
}

/// <param name="Index">The table's index, as TableChoice.Table names it.</param>
/// <param name="SampleRows">The first rows (up to 40) as cell texts, for the mapping screen.</param>
public sealed record SourceTableSummary(int Index, string Name, string? Heading, int RowCount, int ColumnCount, IReadOnlyList<SampleRow> SampleRows);

/// <param name="Fills">Each cell's fill ("#92d050") or null, same length as Cells.</param>
public sealed record SampleRow(int Number, IReadOnlyList<string> Cells, IReadOnlyList<string?> Fills);

/// <summary>What a commit would do; nothing is written until the person confirms.</summary>
/// <param name="Preview">The first rows (up to 50) as they will be stored.</param>
public sealed record DryRun(DryRunCounts Counts, IReadOnlyList<ImportFinding> Findings, IReadOnlyList<PreviewRow> Preview, bool CanCommit);

public sealed record DryRunCounts(
    int Priorities, int Recommendations, int Actions, int Measures, int Reviews, int Scores, int NoScores, int Updates,
    int PeopleCreated, int PeopleMatched, int ReportedAverages, int PrintedFigures, int RowsSkipped);

public sealed record AlreadyImported(long PlanId, string PlanTitle, string CommittedAt);
