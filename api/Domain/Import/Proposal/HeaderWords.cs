namespace ActionPlanTracker.Domain.Import;

/// <summary>What a header's words say a column holds, before the layout decides its role and level.</summary>
internal enum HeaderKind
{
    Unknown, Number, Recommendation, Outcome, Priority, Action, Measure, Description, Lead, Owner, Deadline, Score, Update,
    UpdateDate, Direction, Evidence, SourceReference, Addressee, Paragraphs, JudgementArea,
}

/// <summary>
/// The header words councils print, from the plans in domain.md. Checked in order, because headers combine words:
/// "Score at this review (Update November 16)" is a score, "Action owner" an owner, "Progress on actions" an update.
/// </summary>
internal static class HeaderWords
{
    // Longer than this, a cell is a sentence of the plan, not a header.
    private const int MostWords = 16;

    private static readonly (HeaderKind Kind, Func<string, bool> Says)[] Rules =
    [
        (HeaderKind.Direction, k => Has(k, "direction of travel", "direction", "dot", "trend")),
        (HeaderKind.UpdateDate, k => Has(k, "date of update", "update date", "date updated", "date of progress update")),
        (HeaderKind.Score, k => Has(k, "rag", "score", "scores", "rating", "brag")),
        (HeaderKind.Measure, k => Has(k, "success measure", "success measures", "measure", "measures", "measures of success",
            "success criteria", "how will we know", "how we will know", "impact measures")),
        (HeaderKind.SourceReference, k => k is "source" or "source reference" or "ofsted rec" or "inspection reference" ||
            k.StartsWith("ofsted rec ", StringComparison.Ordinal) && !Has(k, "recommendation", "recommendations") ||
            Has(k, "link to recommendation", "recommendation ref", "rec ref")),
        (HeaderKind.Addressee, k => Has(k, "addressed to", "addressee", "addressees")),
        (HeaderKind.Paragraphs, k => Has(k, "paragraph", "paragraphs", "para", "paras", "report paragraph", "report paragraphs")),
        (HeaderKind.JudgementArea, k => Has(k, "judgement area", "area of judgement", "judgement")),
        (HeaderKind.Recommendation, k => Has(k, "recommendation", "recommendations", "area for improvement",
            "areas for improvement", "area for development", "areas for development")),
        (HeaderKind.Evidence, k => Has(k, "evidence")),
        (HeaderKind.Update, k => Has(k, "update", "updates", "progress", "commentary", "comments", "narrative")),
        (HeaderKind.Owner, k => Has(k, "owner", "owners", "responsible officer", "responsible officers", "responsible",
            "responsibility", "who")),
        (HeaderKind.Lead, k => Has(k, "lead", "leads", "lead officer", "assigned lead")),
        (HeaderKind.Action, k => Has(k, "action", "actions", "activity", "activities", "task", "tasks", "what we will do")),
        (HeaderKind.Outcome, k => Has(k, "outcome", "outcomes", "objective", "objectives", "what we want to achieve")),
        (HeaderKind.Priority, k => Has(k, "priority", "priorities", "theme", "workstream")),
        (HeaderKind.Deadline, k => Has(k, "by when", "time", "timescale", "timescales", "timeframe", "timeframes",
            "deadline", "deadlines", "target date", "due date", "due", "completion date", "when", "date")),
        (HeaderKind.Number, k => k is "#" or "no" or "nos" or "ref" or "refs" or "reference" or "number" or "num" or "item" or
            "id" or "rec no" or "ref no" or "rec" or "item no" or "action no"),
        (HeaderKind.Description, k => Has(k, "description", "detail", "details")),
    ];

    /// <summary>The kind a header's text names, or Unknown.</summary>
    public static HeaderKind Kind(string headerText)
    {
        var key = ProposalText.Key(headerText);
        if (key.Length == 0 || ProposalText.WordCount(key) > MostWords || headerText.Contains('\n') && key.Length > 120)
            return HeaderKind.Unknown;
        foreach (var (kind, says) in Rules)
            if (says(key))
                return kind;
        return HeaderKind.Unknown;
    }

    private static bool Has(string key, params string[] phrases) => phrases.Any(p => ProposalText.HasPhrase(key, p));
}
