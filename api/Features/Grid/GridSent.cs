using System.Text.Json.Serialization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.OpenApi;

namespace ActionPlanTracker.Features.Grid;

// The grid as sent (issue 14, under 1 MB raw for the 400 × 24 bench plan): the analysis's items (GridItem, which the
// summary and the reports read whole) written small. People are sent once in the response's `people` and named by id;
// properties that are null, false, zero or empty are left out (a client reads a missing one as null, false, 0 or []);
// older reviews' scores go in `older` as arrays aligned with the plan's reviews. The web app's completeGrid
// (web/src/domain/grid-scores.ts) reads it back whole; docs/api.md ("The grid's shape") has an example.

/// <summary>A lead or owner named by the grid's items: name null when the plan names only the role (then shown by job title).</summary>
public sealed record GridPerson
{
    public long Id { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Name { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? JobTitle { get; init; }
}

/// <summary>One row of the plan's hierarchy as the grid sends it: see <see cref="GridItem"/> for what each property means.</summary>
public sealed record GridItemSent
{
    /// <summary>priority, recommendation, action or measure.</summary>
    public required string Kind { get; init; }
    public required long Id { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Number { get; init; }
    public int Position { get; init; }
    public required string Reference { get; init; }
    public required string Text { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OutcomeStatement { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? JudgementArea { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceParagraphs { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceReference { get; init; }
    /// <summary>Left out when the item answers none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<AnsweredReportRecommendation>? AnswersReportRecommendations { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Addressees { get; init; }
    /// <summary>The item's own leads, by id in the response's people, in printed order; left out when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<long>? Leads { get; init; }
    /// <summary>The item's own owners, by id in the response's people, in printed order; left out when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<long>? Owners { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public InheritedPeopleSent? InheritedLeads { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public InheritedPeopleSent? InheritedOwners { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public GridDeadline? Deadline { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public InheritedDeadlineSent? InheritedDeadline { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DeadlineStatus? DeadlineStatus { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool IsScored { get; init; }
    /// <summary>
    /// Whole scores: every score of the latest two reviews (and of any column after the current one), and an older score
    /// that carries more than the older arrays hold (an override, a source document, a printed direction).
    /// Always sent (empty on rows that are not scored).
    /// </summary>
    public IReadOnlyList<GridScore> Scores { get; init; } = [];
    /// <summary>The other older reviews' scores as arrays; left out when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public OlderScores? Older { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public GridDirectionSent? Direction { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public GridUpdateSent? LatestUpdate { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int UpdateCount { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<StaleReason>? Stale { get; init; }
    public long Version { get; init; }
    /// <summary>Always sent (empty on a leaf).</summary>
    public IReadOnlyList<GridItemSent> Children { get; init; } = [];
}

/// <summary>
/// Older reviews' scores of one item, from the plan's first review: entry i is the score in reviews[i] (the response's
/// reviews, in column order), up to the column before the latest two. Directions[i] is null where the item has no score
/// row in that review or where its score is sent whole in scores; otherwise levels[i] is its level (null: no score) and
/// versions[i] its ETag value; signOffStatuses[i] and recordedAs[i] (each list sent only when one of its entries is not
/// null) its sign-off status (pending, signedOff, rejected) and what was recorded in place of a level. Such a score's
/// words (if any) come from the narratives request.
/// </summary>
public sealed record OlderScores(IReadOnlyList<int?> Levels, [property: NullableEntries] IReadOnlyList<Direction?> Directions, IReadOnlyList<long> Versions)
{
    [NullableEntries, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string?>? SignOffStatuses { get; init; }
    [NullableEntries, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string?>? RecordedAs { get; init; }
}

/// <summary>People taken from the row above: ids in the response's people.</summary>
public sealed record InheritedPeopleSent
{
    public required string From { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? FromReference { get; init; }
    public required IReadOnlyList<long> People { get; init; }
}

public sealed record InheritedDeadlineSent
{
    public required string From { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? FromReference { get; init; }
    public required GridDeadline Deadline { get; init; }
}

/// <summary>A deadline as the grid sends it (see DeadlineResponse): nulls and empty lists left out.</summary>
public sealed record GridDeadline
{
    public required string Text { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateOnly? DueFrom { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateOnly? DueBy { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<DateOnly>? DueDates { get; init; }
    public DeadlineState State { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Notes { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Problems { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? ToConfirm { get; init; }
}

/// <summary>Direction of travel at the current review as sent (see <see cref="GridDirection"/>): nulls and false left out.</summary>
public sealed record GridDirectionSent
{
    public Direction Computed { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public long? ComparedWithReviewId { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool SkippedGap { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Override { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OverrideReason { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OverrideBy { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? OverrideAt { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool OverrideContradicts { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Printed { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PrintedText { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool PrintedContradicts { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Direction? IfHigherIsBetter { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Direction? IfLowerIsBetter { get; init; }
}

/// <summary>
/// The latest update as sent (see <see cref="GridUpdate"/>). When it is the narrative of a score the grid sends whole
/// (source score, one of the latest two reviews), only reviewId and source are sent: narrative, narrativeDate and
/// updatedBy are that score's, and reviewLabel its review's label. Otherwise everything is sent, nulls and false left out.
/// </summary>
public sealed record GridUpdateSent
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public long? ReviewId { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ReviewLabel { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Narrative { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateOnly? NarrativeDate { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? UpdatedBy { get; init; }
    public UpdateSource Source { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public long? UpdateId { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Author { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Undated { get; init; }
}

/// <summary>Writes the analysis's items small (see the top of this file).</summary>
public sealed class GridWriter(int keptFrom)
{
    private readonly Dictionary<long, GridPerson> people = new();

    /// <summary>Every person named so far, by id.</summary>
    public IReadOnlyList<GridPerson> People => people.Values.OrderBy(p => p.Id).ToList();

    public IReadOnlyList<GridItemSent> Items(IReadOnlyList<GridItem> items)
    {
        var sent = new GridItemSent[items.Count];
        for (var i = 0; i < items.Count; i++) sent[i] = Item(items[i]);
        return sent;
    }

    private GridItemSent Item(GridItem item)
    {
        var (scores, older) = Scores(item.Scores);
        return new GridItemSent
        {
            Kind = item.Kind, Id = item.Id, Number = item.Number, Position = item.Position, Reference = item.Reference, Text = item.Text,
            OutcomeStatement = item.OutcomeStatement, JudgementArea = item.JudgementArea, SourceParagraphs = item.SourceParagraphs,
            SourceReference = item.SourceReference,
            AnswersReportRecommendations = NullIfEmpty(item.AnswersReportRecommendations), Addressees = NullIfEmpty(item.Addressees),
            Leads = Ids(item.Leads), Owners = Ids(item.Owners),
            InheritedLeads = Inherited(item.InheritedLeads), InheritedOwners = Inherited(item.InheritedOwners),
            Deadline = Deadline(item.Deadline),
            InheritedDeadline = item.InheritedDeadline is { } d
                ? new InheritedDeadlineSent { From = d.From, FromReference = d.FromReference, Deadline = Deadline(d.Deadline)! } : null,
            DeadlineStatus = item.DeadlineStatus, IsScored = item.IsScored, Scores = scores, Older = older,
            Direction = Direction(item.Direction), LatestUpdate = Update(item.LatestUpdate, item.Scores),
            UpdateCount = item.UpdateCount, Stale = NullIfEmpty(item.Stale), Version = item.Version,
            Children = item.Children.Count == 0 ? [] : Items(item.Children),
        };
    }

    private (IReadOnlyList<GridScore> Whole, OlderScores? Older) Scores(IReadOnlyList<GridScore> all)
    {
        if (all.Count == 0) return (all, null);
        List<GridScore>? whole = null;
        int?[]? levels = null;
        Direction?[]? directions = null;
        long[]? versions = null;
        string?[]? signOffs = null;
        string?[]? recorded = null;
        foreach (var s in all)
        {
            if (s.Column >= keptFrom || CarriesMore(s))
            {
                (whole ??= []).Add(s.Column >= keptFrom ? s : s with
                {
                    Label = null, Narrative = null, NarrativeDate = null, Evidence = null, SignOffBy = null, SignOffAt = null,
                    UpdatedBy = null, UpdatedAt = null, TextOmitted = true,
                });
                continue;
            }
            levels ??= new int?[keptFrom];
            directions ??= new Direction?[keptFrom];
            versions ??= new long[keptFrom];
            levels[s.Column] = s.Level;
            directions[s.Column] = s.Direction;
            versions[s.Column] = s.Version;
            if (s.SignOffStatus is not null) (signOffs ??= new string?[keptFrom])[s.Column] = s.SignOffStatus;
            if (s.RecordedAs is not null) (recorded ??= new string?[keptFrom])[s.Column] = s.RecordedAs;
        }
        return (whole ?? (IReadOnlyList<GridScore>)[], levels is null ? null
            : new OlderScores(levels, directions!, versions!) { SignOffStatuses = signOffs, RecordedAs = recorded });
    }

    /// <summary>An older score that carries more than a level, direction, sign-off status and recorded-as: sent whole (without its words).</summary>
    private static bool CarriesMore(GridScore s) =>
        s.DirectionOverride is not null || s.SourceDocument is not null
        || s.PrintedDirection is not null || s.PrintedDirectionText is not null || s.CompleteAsPrinted;

    private GridUpdateSent? Update(GridUpdate? update, IReadOnlyList<GridScore> scores)
    {
        if (update is null) return null;
        if (update.Source == UpdateSource.Score && update.ReviewId is { } reviewId
            && scores.FirstOrDefault(s => s.ReviewId == reviewId) is { } score && score.Column >= keptFrom
            && score.Narrative == update.Narrative && score.NarrativeDate == update.NarrativeDate && score.UpdatedBy == update.UpdatedBy
            && update.Undated == (update.NarrativeDate is null))
            return new GridUpdateSent { ReviewId = reviewId, Source = UpdateSource.Score };
        return new GridUpdateSent
        {
            ReviewId = update.ReviewId, ReviewLabel = update.ReviewLabel, Narrative = update.Narrative, NarrativeDate = update.NarrativeDate,
            UpdatedBy = update.UpdatedBy, Source = update.Source, UpdateId = update.UpdateId, Author = update.Author, Undated = update.Undated,
        };
    }

    private static GridDirectionSent? Direction(GridDirection? d) => d is null ? null : new GridDirectionSent
    {
        Computed = d.Computed, ComparedWithReviewId = d.ComparedWithReviewId, SkippedGap = d.SkippedGap, Override = d.Override,
        OverrideReason = d.OverrideReason, OverrideBy = d.OverrideBy, OverrideAt = d.OverrideAt, OverrideContradicts = d.OverrideContradicts,
        Printed = d.Printed, PrintedText = d.PrintedText, PrintedContradicts = d.PrintedContradicts,
        IfHigherIsBetter = d.IfHigherIsBetter, IfLowerIsBetter = d.IfLowerIsBetter,
    };

    private static GridDeadline? Deadline(DeadlineResponse? d) => d is null ? null : new GridDeadline
    {
        Text = d.Text, DueFrom = d.DueFrom, DueBy = d.DueBy, DueDates = NullIfEmpty(d.DueDates), State = d.State,
        Notes = NullIfEmpty(d.Notes), Problems = NullIfEmpty(d.Problems), ToConfirm = NullIfEmpty(d.ToConfirm),
    };

    private InheritedPeopleSent? Inherited(InheritedPeople? inherited) => inherited is null ? null
        : new InheritedPeopleSent { From = inherited.From, FromReference = inherited.FromReference, People = Ids(inherited.People) ?? [] };

    private IReadOnlyList<long>? Ids(IReadOnlyList<PersonRef> refs)
    {
        if (refs.Count == 0) return null;
        var ids = new long[refs.Count];
        for (var i = 0; i < refs.Count; i++)
        {
            var p = refs[i];
            if (!people.ContainsKey(p.Id)) people[p.Id] = new GridPerson { Id = p.Id, Name = p.Name, JobTitle = p.JobTitle };
            ids[i] = p.Id;
        }
        return ids;
    }

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> list) => list.Count == 0 ? null : list;
}
