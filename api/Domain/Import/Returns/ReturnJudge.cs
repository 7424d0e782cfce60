namespace ActionPlanTracker.Domain.Import.Returns;

/// <summary>What the tracker holds now for one item the plan scores, and whether the uploader may score it.</summary>
/// <param name="Current">The item's score in the review now; null when it has none.</param>
/// <param name="Version">The score's row_version now; null when it has none.</param>
/// <param name="SourceDocument">The document the current score was copied from: a complete level so recorded needs no evidence while it stands.</param>
public sealed record ReturnItemNow(
    string ItemType, long ItemId, string Reference, string Text, bool MayScore,
    ReturnEntry? Current, long? Version, string? UpdatedBy, string? UpdatedAt, string? SourceDocument);

public enum ReturnOutcome
{
    /// <summary>The row says what the tracker already holds, or what it showed at download: nothing to write.</summary>
    Unchanged,
    /// <summary>The row changes the item's score or update, and may: applying saves it.</summary>
    Change,
    /// <summary>The row changes something it cannot (a word not on the scale, a date that is no date, completion without evidence, an item the uploader may not score): left alone.</summary>
    Invalid,
    /// <summary>Someone else changed the score since the return was made, and the row changes it too: left alone, both shown.</summary>
    Conflict,
    /// <summary>The row's key is missing, changed by hand, repeated, or names an item no longer scored in the plan: left alone.</summary>
    Skipped,
}

public enum ReturnFindingKind
{
    /// <summary>A score that is not a level of the plan's scale.</summary>
    NotOnScale,
    /// <summary>An update date that is not a date.</summary>
    NotADate,
    /// <summary>A level that means complete, without evidence.</summary>
    EvidenceNeeded,
    /// <summary>A row for an item the uploader does not lead or own.</summary>
    NotYours,
    /// <summary>A row whose hidden key is blank.</summary>
    KeyMissing,
    /// <summary>A row whose key was changed, or was made for another plan or review.</summary>
    KeyChanged,
    /// <summary>A second row for the same item.</summary>
    Repeated,
    /// <summary>A row for an item that is no longer scored in the plan.</summary>
    NotInPlan,
    /// <summary>Someone else changed the score since the download, and the row changes it too.</summary>
    Conflict,
    /// <summary>Worth knowing, nothing left out: a placeholder read as no score, evidence beside a level that needs none, a change made by someone else that the row left alone.</summary>
    Note,
}

/// <param name="Where">"Sheet 'Return', row 12, column F".</param>
public sealed record ReturnFinding(ReturnFindingKind Kind, string Message, string Where, int Row);

/// <summary>One row judged. Yours is what the row asks for (as it would be stored); Theirs what the tracker holds now.</summary>
public sealed record ReturnRowJudgement(
    int Row, ReturnOutcome Outcome, ReturnItemNow? Item, ReturnEntry? Yours, ReturnEntry? Theirs, IReadOnlyList<ReturnFinding> Findings);

/// <summary>
/// Judges each row of a filled-in return against the tracker as it is now, without writing anything: what the dry run
/// shows and what applying does. Nothing is ever overwritten silently: a score someone else changed since the download
/// is a conflict whenever the row changes it too, and is shown with both values. Pure.
/// </summary>
public static class ReturnJudge
{
    /// <param name="items">Every item the plan scores, by (kind, id).</param>
    public static IReadOnlyList<ReturnRowJudgement> Judge(ReturnFile file, ReturnScale scale, IReadOnlyDictionary<(string, long), ReturnItemNow> items)
    {
        var judged = new List<ReturnRowJudgement>();
        var seen = new Dictionary<(string, long), int>();
        foreach (var row in file.Rows)
        {
            var findings = new List<ReturnFinding>();
            ReturnRowJudgement Done(ReturnOutcome outcome, ReturnItemNow? item = null, ReturnEntry? yours = null, ReturnEntry? theirs = null) =>
                new(row.Number, outcome, item, yours, theirs, findings);
            void Find(ReturnFindingKind kind, string message, int column = 0) => findings.Add(new(kind, message, file.Where(row.Number, column), row.Number));

            if (row.Key.Length == 0)
            {
                Find(ReturnFindingKind.KeyMissing, "This row has no key (the hidden last column), so the tracker cannot tell which item it is: it was left out. Enter it in the tracker, or in a freshly downloaded return.", file.Columns.Key);
                judged.Add(Done(ReturnOutcome.Skipped));
                continue;
            }
            if (ReturnKey.Read(row.Key, file.PlanId, file.ReviewId) is not { } key)
            {
                Find(ReturnFindingKind.KeyChanged, $"This row's key (\"{Shorten(row.Key)}\") is not one the tracker wrote for this plan and review: it may have been changed by hand or pasted from another return. The row was left out.", file.Columns.Key);
                judged.Add(Done(ReturnOutcome.Skipped));
                continue;
            }
            if (seen.TryGetValue((key.ItemType, key.ItemId), out var first))
            {
                Find(ReturnFindingKind.Repeated, $"This row is for the same {key.ItemType} as row {first}; only row {first} was read.", file.Columns.Key);
                judged.Add(Done(ReturnOutcome.Skipped));
                continue;
            }
            seen[(key.ItemType, key.ItemId)] = row.Number;
            if (!items.TryGetValue((key.ItemType, key.ItemId), out var item))
            {
                Find(ReturnFindingKind.NotInPlan, $"The {key.ItemType} this row is for is no longer scored in the plan (it may have been deleted since the return was made): the row was left out.");
                judged.Add(Done(ReturnOutcome.Skipped));
                continue;
            }
            judged.Add(JudgeRow(file, scale, row, key, item, findings, Find));
        }
        return judged;
    }

    private static ReturnRowJudgement JudgeRow(ReturnFile file, ReturnScale scale, ReturnRow row, ReturnKey key, ReturnItemNow item,
        List<ReturnFinding> findings, Action<ReturnFindingKind, string, int> find)
    {
        var columns = file.Columns;
        var theirs = item.Current ?? ReturnEntry.Empty;
        var (levelKnown, level, placeholder) = scale.Read(row.Score);
        var (dateKnown, date) = ReturnDates.Read(row.UpdateDate);
        var asked = ReturnEntry.Of(level, row.Update, date, row.Evidence);
        var yours = asked.Stored(scale);
        ReturnRowJudgement Done(ReturnOutcome outcome) => new(row.Number, outcome, item, yours, theirs, findings);

        if (!levelKnown)
        {
            find(ReturnFindingKind.NotOnScale, $"\"{Shorten(row.Score)}\" is not a level of this plan's scale: choose one of {scale.ChoiceList}. The row was left out.", columns.Score);
            return Done(ReturnOutcome.Invalid);
        }
        if (!dateKnown)
        {
            find(ReturnFindingKind.NotADate, $"\"{Shorten(row.UpdateDate)}\" is not a date the tracker can read: write it as 25/11/2026, or leave it blank for an undated update. The row was left out.", columns.UpdateDate);
            return Done(ReturnOutcome.Invalid);
        }

        // Unchanged: the row says what the tracker holds now, or what it held at download (someone else's later change stands).
        if (yours == theirs) return Done(ReturnOutcome.Unchanged);
        var shown = Shown(file, scale, row.Key);
        if (shown is not null && yours == shown)
        {
            find(ReturnFindingKind.Note, $"{Changed(item)} since the return was made; this row left it as it was, so their entry stands.", 0);
            return Done(ReturnOutcome.Unchanged);
        }

        if (placeholder) find(ReturnFindingKind.Note, $"\"{Shorten(row.Score)}\" was read as no score.", columns.Score);
        if (asked.Evidence is not null && yours.Evidence is null)
            find(ReturnFindingKind.Note, $"Evidence is kept only for a level that means complete, so the evidence on this row was not saved.", columns.Evidence);
        if (!item.MayScore)
        {
            find(ReturnFindingKind.NotYours, $"You can only update the {item.ItemType}s you lead or own, so this row ({Reference(item)}) was left out. Ask the board or the item's lead to update it.", 0);
            return Done(ReturnOutcome.Invalid);
        }
        // A completion printed in a source document before the tracker existed needs no evidence while its level stands.
        var asPrinted = item.SourceDocument is not null && yours.Level == theirs.Level;
        if (scale.MeansComplete(yours.Level) && yours.Evidence is null && !asPrinted)
        {
            find(ReturnFindingKind.EvidenceNeeded, $"{scale.Words(yours.Level)} means complete: give the evidence (a link, or a note of what it is and where to find it). The row was left out.", columns.Evidence);
            return Done(ReturnOutcome.Invalid);
        }
        if (item.Version != key.Version && (shown is null || theirs != shown))
        {
            find(ReturnFindingKind.Conflict, $"{Changed(item)} since the return was made, and this row changes it too: theirs was kept. Now: {Describe(scale, theirs)}. This row: {Describe(scale, yours)}. Agree which is right and enter it in the tracker.", 0);
            return Done(ReturnOutcome.Conflict);
        }
        return Done(ReturnOutcome.Change);
    }

    /// <summary>What the row showed at download, from the hidden copy; null when the copy is missing or no longer reads.</summary>
    private static ReturnEntry? Shown(ReturnFile file, ReturnScale scale, string key)
    {
        if (!file.Shown.TryGetValue(key, out var shown)) return null;
        var (levelKnown, level, _) = scale.Read(shown.Score);
        var (dateKnown, date) = ReturnDates.Read(shown.UpdateDate ?? "");
        return levelKnown && dateKnown ? ReturnEntry.Of(level, shown.Update, date, shown.Evidence).Stored(scale) : null;
    }

    private static string Changed(ReturnItemNow item) =>
        item.UpdatedBy is null ? $"{Capitalised(Reference(item))} was changed" : $"{item.UpdatedBy} changed {Reference(item)}";

    private static string Reference(ReturnItemNow item) =>
        item.Reference.Length == 0 ? $"this {item.ItemType}" : $"{item.ItemType} {item.Reference}";

    /// <summary>"2 Amber, update \"Audits done…\" (25/11/2026), evidence \"…\"".</summary>
    public static string Describe(ReturnScale scale, ReturnEntry entry)
    {
        var parts = new List<string> { scale.Words(entry.Level) };
        parts.Add(entry.Update is null ? "no update" : $"update \"{Shorten(entry.Update)}\"" + (entry.UpdateDate is { } d ? $" ({d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)})" : ""));
        if (entry.Evidence is not null) parts.Add($"evidence \"{Shorten(entry.Evidence)}\"");
        return string.Join(", ", parts);
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..77] + "...";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
