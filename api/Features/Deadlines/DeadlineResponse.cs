using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Features.Deadlines;

/// <summary>
/// What the tracker understood from a deadline as someone wrote it ("Sept 16 / ongoing").
/// It is worked out on every read from the stored text and never stored, so an improvement to
/// <see cref="DeadlineParser"/> applies to rows written years ago.
/// </summary>
public sealed record DeadlineResponse
{
    /// <summary>The deadline exactly as written.</summary>
    public string Text { get; init; } = "";
    /// <summary>The start of a range ("June - Dec 16" starts on 1 June 2016), otherwise null.</summary>
    public DateOnly? DueFrom { get; init; }
    /// <summary>The final due date (a month stands for its last day), or null when there is none.</summary>
    public DateOnly? DueBy { get; init; }
    /// <summary>Every due date found, in the order written ("August 16 &amp; March 2017" has two).</summary>
    public IReadOnlyList<DateOnly> DueDates { get; init; } = [];
    /// <summary>What the words say about the work: none, ongoing, completed, reviewBy or recurring.</summary>
    public DeadlineState State { get; init; }
    /// <summary>Choices made in reading the text, e.g. reading 01/02/2018 day first.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>What could not be understood; no date was guessed for those parts.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    /// <summary>
    /// Why a person should confirm the date taken, in plain English, e.g. that 01/02/2018 could be 1 February or
    /// 2 January 2018 and was read day first; empty when nothing needs confirming.
    /// </summary>
    public IReadOnlyList<string> ToConfirm { get; init; } = [];

    public static DeadlineResponse From(DeadlineUnderstanding understanding) => new()
    {
        Text = understanding.Text,
        DueFrom = understanding.DueFrom,
        DueBy = understanding.DueBy,
        DueDates = understanding.DueDates,
        State = understanding.State,
        Notes = understanding.Notes,
        Problems = understanding.Problems,
        ToConfirm = understanding.ToConfirm,
    };

    /// <summary>The understanding of a stored deadline_text; null when nothing was written.</summary>
    public static DeadlineResponse? For(string? deadlineText) =>
        string.IsNullOrWhiteSpace(deadlineText) ? null : From(DeadlineParser.Parse(deadlineText));
}
