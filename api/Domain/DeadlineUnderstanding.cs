namespace ActionPlanTracker.Domain;

/// <summary>What a deadline cell says about the state of the work, apart from any date.</summary>
public enum DeadlineState
{
    /// <summary>No status words: just a date, or nothing.</summary>
    None,

    /// <summary>"Ongoing", "in progress": the work carries on, with or without an end date.</summary>
    Ongoing,

    /// <summary>"Completed", "Actions completed but needs to be monitored".</summary>
    Completed,

    /// <summary>"Review in Sept 2022": a prompt to look again by a date rather than a date to finish by.</summary>
    ReviewBy,

    /// <summary>"Reviewed monthly", "quarterly": recurring work with no end date.</summary>
    Recurring,
}

/// <summary>
/// A deadline as a person wrote it, together with what the tracker understood from it.
/// </summary>
/// <remarks>
/// Why both: the plans are published committee papers, so the words written are kept exactly, while
/// the understanding is what lets the tracker say what is overdue or due soon. Every choice made in
/// reading the text is listed in <see cref="Notes"/> and everything not understood in
/// <see cref="Problems"/>, so nothing is ever guessed silently.
/// </remarks>
/// <param name="Text">The text exactly as written; null becomes "".</param>
/// <param name="DueFrom">The start of a range ("June - Dec 16" starts on 1 June 2016), otherwise null.</param>
/// <param name="DueBy">The final due date (the latest one found), or null when there is none.</param>
/// <param name="DueDates">Every due date found, in the order written; a range contributes its end.</param>
/// <param name="State">The status the words give: ongoing, completed, review by, recurring, or none.</param>
/// <param name="Notes">Plain-English choices the parser made, e.g. reading 01/02/2018 day first.</param>
/// <param name="Problems">What it could not understand; for those parts nothing was guessed.</param>
/// <param name="ToConfirm">
/// Why a person should confirm the date taken, in plain English: it was read one way but could have been meant
/// another (01/02/2018 day first, the UK default, or 01/16/2018 month first because it reads no other way).
/// Each reason also has its note; this list is what the summary asks someone to check.
/// </param>
public sealed record DeadlineUnderstanding(
    string Text,
    DateOnly? DueFrom,
    DateOnly? DueBy,
    IReadOnlyList<DateOnly> DueDates,
    DeadlineState State,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> ToConfirm)
{
    /// <summary>True when every part of the text was understood.</summary>
    public bool IsUnderstood => Problems.Count == 0;

    /// <summary>True when a date was taken that a person should confirm was meant that way.</summary>
    public bool NeedsConfirming => ToConfirm.Count > 0;

    /// <summary>True when nothing was written.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
