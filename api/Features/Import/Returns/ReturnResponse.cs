using ActionPlanTracker.Domain.Import.Returns;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>
/// An uploaded return and its dry run: per row, what applying would change, what is invalid, what someone else changed
/// since the download (with both values), and what was left out, with where each row is in the workbook. Once applied,
/// the answer is what the apply did, as it did it.
/// </summary>
public sealed record ReturnResponse
{
    /// <summary>The import's id: read it again at /api/plans/{planId}/returns/uploads/{id} and apply it at .../apply.</summary>
    public required long Id { get; init; }
    public required long PlanId { get; init; }
    public required long ReviewId { get; init; }
    public required string ReviewLabel { get; init; }
    /// <summary>pending (not applied yet) or committed (applied).</summary>
    public required string Status { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public required long SizeBytes { get; init; }
    /// <summary>Who uploaded it: their rights decide what it may change, and applying records them as the author of each score.</summary>
    public required string CreatedBy { get; init; }
    public required string CreatedAt { get; init; }
    public required string? CommittedAt { get; init; }
    /// <summary>Who the return was made for and when (UTC), as its hidden sheet says.</summary>
    public required string? MadeFor { get; init; }
    public required string? MadeAt { get; init; }
    /// <summary>The row version, also the ETag: send it in If-Match to apply.</summary>
    public required int Version { get; init; }
    public required ReturnCounts Counts { get; init; }
    /// <summary>Every row that is not unchanged, in workbook order.</summary>
    public required IReadOnlyList<ReturnRowView> Rows { get; init; }
    /// <summary>Every row's findings, in workbook order: why a row is invalid, a conflict or left out, and notes.</summary>
    public required IReadOnlyList<ReturnFinding> Findings { get; init; }
    /// <summary>What is true of the return as a whole (a closed review, the reader's notes on the file).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>True while it is pending and its review is open: applying saves the changed rows and leaves the rest.</summary>
    public required bool CanApply { get; init; }
}

/// <param name="Rows">Rows read below the header (blank rows are not counted).</param>
/// <param name="Changes">Rows that change a score (once applied: rows saved).</param>
public sealed record ReturnCounts(int Rows, int Changes, int Unchanged, int Invalid, int Conflicts, int Skipped);

/// <summary>One row that does something, or cannot.</summary>
/// <param name="Where">"Sheet 'Return', row 12".</param>
/// <param name="ItemType">recommendation, action or measure; null when the row's key could not be read.</param>
/// <param name="Yours">What the row asks for (as it would be stored).</param>
/// <param name="Theirs">What the tracker holds now (once applied: held before the apply).</param>
/// <param name="Change">What applying changes, field by field: "2 Amber → 3 Green; update changed; evidence added".</param>
public sealed record ReturnRowView(
    int Row, string Where, ReturnOutcome Outcome, string? ItemType, long? ItemId, string? Reference, string? Text,
    ReturnValues? Yours, ReturnValues? Theirs, ReturnChange? Change);

/// <param name="LevelText">"3 Green" or "No score".</param>
public sealed record ReturnValues(int? Level, string LevelText, string? Update, DateOnly? UpdateDate, string? Evidence);

/// <summary>How each field moves: unchanged, added, changed or removed; Summary says it in one line.</summary>
public sealed record ReturnChange(string LevelFrom, string LevelTo, bool LevelChanged, FieldChange Update, FieldChange UpdateDate,
    FieldChange Evidence, string Summary);

public enum FieldChange { Unchanged, Added, Changed, Removed }
