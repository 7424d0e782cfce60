using ActionPlanTracker.Domain.Import.Returns;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>Turns judged rows into the answer: counts, the rows that do something, every finding.</summary>
public static class ReturnDryRun
{
    public static ReturnCounts Counts(IReadOnlyList<ReturnRowJudgement> rows) => new(
        rows.Count,
        rows.Count(r => r.Outcome == ReturnOutcome.Change),
        rows.Count(r => r.Outcome == ReturnOutcome.Unchanged),
        rows.Count(r => r.Outcome == ReturnOutcome.Invalid),
        rows.Count(r => r.Outcome == ReturnOutcome.Conflict),
        rows.Count(r => r.Outcome == ReturnOutcome.Skipped));

    public static IReadOnlyList<ReturnRowView> Rows(ReturnFile file, ReturnScale scale, IReadOnlyList<ReturnRowJudgement> rows) =>
        rows.Where(r => r.Outcome != ReturnOutcome.Unchanged).Select(r => new ReturnRowView(
            r.Row, file.Where(r.Row), r.Outcome, r.Item?.ItemType, r.Item?.ItemId, r.Item?.Reference, r.Item?.Text,
            Values(scale, r.Yours), Values(scale, r.Theirs),
            r.Outcome == ReturnOutcome.Change && r.Yours is { } yours && r.Theirs is { } theirs ? Change(scale, theirs, yours) : null)).ToList();

    private static ReturnValues? Values(ReturnScale scale, ReturnEntry? entry) =>
        entry is null ? null : new ReturnValues(entry.Level, scale.Words(entry.Level), entry.Update, entry.UpdateDate, entry.Evidence);

    public static ReturnChange Change(ReturnScale scale, ReturnEntry from, ReturnEntry to)
    {
        var update = Field(from.Update, to.Update);
        var date = Field(from.UpdateDate, to.UpdateDate);
        var evidence = Field(from.Evidence, to.Evidence);
        var parts = new List<string>();
        if (from.Level != to.Level) parts.Add($"{scale.Words(from.Level)} → {scale.Words(to.Level)}");
        if (update != FieldChange.Unchanged) parts.Add($"update {Word(update)}");
        if (date != FieldChange.Unchanged) parts.Add($"update date {Word(date)}");
        if (evidence != FieldChange.Unchanged) parts.Add($"evidence {Word(evidence)}");
        return new ReturnChange(scale.Words(from.Level), scale.Words(to.Level), from.Level != to.Level, update, date, evidence, string.Join("; ", parts));
    }

    private static FieldChange Field<T>(T? from, T? to) =>
        Equals(from, to) ? FieldChange.Unchanged : from is null ? FieldChange.Added : to is null ? FieldChange.Removed : FieldChange.Changed;

    private static string Word(FieldChange change) => change.ToString().ToLowerInvariant();
}
