using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Reviews;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// Reads a <see cref="PlanSnapshot"/> as of one review: builds the grid's hierarchy and the facts about every scored item
/// (direction of travel, staleness, deadline status) by calling the domain rules. No I/O.
/// </summary>
public sealed class PlanAnalysis
{
    private readonly PlanSnapshot snapshot;
    private readonly Dictionary<long, int> reviewIndex;
    private readonly Dictionary<long, PlanSnapshot.LevelRow> levels;
    private readonly Dictionary<(string Kind, long Id), PlanSnapshot.ScoreRow?[]> scoresByItem = new();
    private readonly List<ScoredItemFacts> facts = [];
    // Children by parent id, built once: the grid of a large plan must not scan every action for every recommendation.
    private readonly ILookup<long?, PlanSnapshot.RecommendationRow> recommendationsByPriority;
    private readonly ILookup<long?, PlanSnapshot.ActionRow> actionsByRecommendation;
    private readonly ILookup<long?, PlanSnapshot.ActionRow> actionsByPriority;
    private readonly ILookup<long, PlanSnapshot.MeasureRow> measuresByAction;
    private readonly ILookup<long, PlanSnapshot.LeadRow> leadsByRecommendation;
    private readonly ILookup<long, PlanSnapshot.LeadRow> ownersByAction;
    private readonly ILookup<(string Kind, long Id), PlanSnapshot.UpdateRow> updatesByItem;
    private readonly Dictionary<long, PlanSnapshot.UpdateRow> updatesById;
    private readonly Dictionary<string, DeadlineUnderstanding> deadlines = new(StringComparer.Ordinal);

    public PlanAnalysis(PlanSnapshot snapshot, DateOnly today, long? reviewId = null)
    {
        this.snapshot = snapshot;
        Today = today;
        Reviews = snapshot.Reviews;
        reviewIndex = Reviews.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        levels = snapshot.Levels.ToDictionary(l => l.Id);

        var current = Reviews.LastOrDefault(r => r.Status == "open") ?? Reviews.LastOrDefault();
        CurrentReview = current;
        Review = reviewId is { } id ? Reviews.FirstOrDefault(r => r.Id == id) : current;
        ReviewIndex = Review is null ? -1 : reviewIndex[Review.Id];
        PreviousReview = ReviewIndex > 0 ? Reviews[ReviewIndex - 1] : null;
        // An earlier review is read as the board saw it on its date: notes written since (between reviews, for the next one)
        // are not yet there. The latest review is read as of today, so a note dated ahead (a slip) waits for its day.
        UpdatesAsOf = Review is not null && ReviewIndex < Reviews.Count - 1 && Review.ReviewDate < today ? Review.ReviewDate : today;

        foreach (var score in snapshot.Scores)
        {
            var key = score.RecommendationId is { } r ? ("recommendation", r) : score.ActionId is { } a ? ("action", a) : ("measure", score.MeasureId!.Value);
            if (!scoresByItem.TryGetValue(key, out var row)) scoresByItem[key] = row = new PlanSnapshot.ScoreRow?[Reviews.Count];
            row[reviewIndex[score.ReviewId]] = score;
        }
        recommendationsByPriority = snapshot.Recommendations.ToLookup(r => r.PriorityId);
        actionsByRecommendation = snapshot.Actions.ToLookup(a => a.RecommendationId);
        actionsByPriority = snapshot.Actions.ToLookup(a => a.PriorityId);
        measuresByAction = snapshot.Measures.ToLookup(m => m.ActionId);
        leadsByRecommendation = snapshot.RecommendationLeads.ToLookup(l => l.ItemId);
        ownersByAction = snapshot.ActionOwners.ToLookup(o => o.ItemId);
        updatesByItem = snapshot.Updates.ToLookup(u =>
            u.RecommendationId is { } r ? ("recommendation", r) : u.ActionId is { } a ? ("action", a) : ("measure", u.MeasureId!.Value));
        updatesById = snapshot.Updates.ToDictionary(u => u.Id);
        Items = BuildTree();
    }

    public DateOnly Today { get; }
    public IReadOnlyList<ReviewResponse> Reviews { get; }
    /// <summary>The latest open review, or the latest review when all are closed.</summary>
    public ReviewResponse? CurrentReview { get; }
    /// <summary>The review this analysis is judged at (the current one unless another was asked for).</summary>
    public ReviewResponse? Review { get; }
    public ReviewResponse? PreviousReview { get; }
    public int ReviewIndex { get; }
    /// <summary>The date the latest updates are read as of: today at the latest review, an earlier review's own date otherwise.</summary>
    public DateOnly UpdatesAsOf { get; }
    public bool HigherIsBetter => snapshot.HigherIsBetter;
    public PlanSnapshot Snapshot => snapshot;
    public IReadOnlyList<GridItem> Items { get; }
    /// <summary>Every scored item in plan order, with what the domain rules say about it at <see cref="Review"/>.</summary>
    public IReadOnlyList<ScoredItemFacts> ScoredItems => facts;

    public GridScale Scale => new(snapshot.Plan.ScaleId, snapshot.Plan.ScaleName, snapshot.HigherIsBetter,
        snapshot.Levels.Select(l => new GridLevel((int)l.Value, l.Label, l.Meaning, l.Colour, l.MeansComplete == 1)).ToList());

    /// <summary>The level value an item had at a review index, null for no score or no row.</summary>
    public int? LevelAt(ScoredItemFacts item, int index) =>
        index < 0 ? null : LevelOf(scoresByItem.GetValueOrDefault((item.Item.Kind, item.Item.Id))?[index]);

    private int? LevelOf(PlanSnapshot.ScoreRow? score) =>
        score?.LevelId is { } id && levels.TryGetValue(id, out var level) ? (int)level.Value : null;

    private List<GridItem> BuildTree()
    {
        var grouped = snapshot.Priorities.Count > 0;
        var items = new List<GridItem>();
        foreach (var priority in snapshot.Priorities)
        {
            var children = new List<GridItem>();
            var context = new Context(priority.Id, priority.Number, priority.Number, null, []);
            children.AddRange(recommendationsByPriority[priority.Id].Select(r => Recommendation(r, context)));
            children.AddRange(actionsByPriority[priority.Id].Select(a => Action(a, context)));
            items.Add(new GridItem
            {
                Kind = "priority", Id = priority.Id, Number = priority.Number, Reference = priority.Number, Text = priority.Title,
                OutcomeStatement = priority.OutcomeStatement, Version = priority.Version, Children = children,
                DeadlineStatus = Rollup(children),
            });
        }
        var ungrouped = new Context(null, grouped ? "Not in a priority" : null, "", null, []);
        items.AddRange(recommendationsByPriority[null].Select(r => Recommendation(r, ungrouped)));
        return items;
    }

    // What an item inherits from the rows above it: a measure is due when its action is due, and answered for by its action's lead.
    private sealed record Context(long? PriorityId, string? PriorityNumber, string Reference, string? DeadlineText, IReadOnlyList<PersonRef> Leads);

    private GridItem Recommendation(PlanSnapshot.RecommendationRow r, Context parent)
    {
        var leads = leadsByRecommendation[r.Id].Select(Person).ToList();
        var context = parent with
        {
            Reference = Join(parent.Reference, r.Number), DeadlineText = r.DeadlineText ?? parent.DeadlineText,
            Leads = leads.Count > 0 ? leads : parent.Leads,
        };
        var children = actionsByRecommendation[r.Id].Select(a => Action(a, context)).ToList();
        var item = new GridItem
        {
            Kind = "recommendation", Id = r.Id, Number = r.Number, Reference = context.Reference, Text = r.Text,
            JudgementArea = r.JudgementArea, SourceParagraphs = r.SourceParagraphs, Leads = leads,
            Deadline = Understood(r.DeadlineText), Version = r.Version, Children = children,
        };
        return Score(item, context, children);
    }

    private GridItem Action(PlanSnapshot.ActionRow a, Context parent)
    {
        IReadOnlyList<PersonRef> leads = a.LeadId is { } leadId ? [new PersonRef { Id = leadId, Name = a.LeadName!, JobTitle = a.LeadJobTitle }] : [];
        var context = parent with
        {
            Reference = Join(parent.Reference, a.Code), DeadlineText = a.DeadlineText ?? parent.DeadlineText,
            Leads = leads.Count > 0 ? leads : parent.Leads,
        };
        var measures = measuresByAction[a.Id].ToList();
        var children = measures.Select((m, i) => Measure(m, i + 1, context)).ToList();
        var item = new GridItem
        {
            Kind = "action", Id = a.Id, Number = a.Code, Reference = context.Reference, Text = a.Description,
            SourceReference = a.SourceReference,
            Leads = leads,
            ResponsibleOfficer = a.ResponsibleId is { } rid ? new PersonRef { Id = rid, Name = a.ResponsibleName!, JobTitle = a.ResponsibleJobTitle } : null,
            Owners = ownersByAction[a.Id].Select(Person).ToList(),
            Deadline = Understood(a.DeadlineText), Version = a.Version, Children = children,
        };
        return Score(item, context, children);
    }

    private GridItem Measure(PlanSnapshot.MeasureRow m, int position, Context parent)
    {
        var number = position.ToString(CultureInfo.InvariantCulture);
        var context = parent with { Reference = Join(parent.Reference, number) };
        var item = new GridItem { Kind = "measure", Id = m.Id, Number = number, Reference = context.Reference, Text = m.Text, Version = m.Version };
        return Score(item, context, []);
    }

    /// <summary>Adds scores, direction, staleness and deadline status to a scored item; rolls up deadline status otherwise.</summary>
    private GridItem Score(GridItem item, Context context, IReadOnlyList<GridItem> children)
    {
        if (snapshot.Plan.ScoreLevel != item.Kind)
        {
            var own = item.Deadline is null ? null : (DeadlineStatus?)DeadlineStatusRule.For(Understand(item.Deadline.Text), Today, AllComplete(children));
            return WithUpdates(item with { DeadlineStatus = own ?? Rollup(children) });
        }

        var rows = scoresByItem.GetValueOrDefault((item.Kind, item.Id)) ?? new PlanSnapshot.ScoreRow?[Reviews.Count];
        var history = rows.Select(LevelOf).ToList();
        var scores = new List<GridScore>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] is not { } row) continue;
            scores.Add(new GridScore
            {
                ReviewId = row.ReviewId, Level = history[i], Label = row.LevelId is { } lid ? levels[lid].Label : null,
                RecordedAs = row.RecordedAs, Narrative = row.Narrative, NarrativeDate = ParseDate(row.NarrativeDate),
                Direction = DirectionOfTravel.Compute(history.GetRange(0, i + 1), HigherIsBetter).Direction,
                DirectionOverride = row.DirectionOverride, Evidence = row.Evidence, SignOffStatus = row.SignOffStatus,
                SignOffBy = row.SignOffBy, SignOffAt = row.SignOffAt,
                UpdatedBy = row.UpdatedBy, UpdatedAt = row.UpdatedAt, Version = row.Version,
            });
        }

        GridDirection? direction = null;
        IReadOnlyList<StaleReason> stale = [];
        if (ReviewIndex >= 0)
        {
            var computed = DirectionOfTravel.Compute(history.GetRange(0, ReviewIndex + 1), HigherIsBetter);
            var at = rows[ReviewIndex];
            var overrideDirection = at?.DirectionOverride is { } o ? Enum.Parse<Direction>(o, ignoreCase: true) : (Direction?)null;
            direction = new GridDirection
            {
                Computed = computed.Direction,
                ComparedWithReviewId = computed.ComparedWithIndex is { } ci ? Reviews[ci].Id : null,
                SkippedGap = computed.SkippedGap,
                Override = at?.DirectionOverride, OverrideReason = at?.DirectionOverrideReason,
                OverrideBy = at?.DirectionOverrideBy, OverrideAt = at?.DirectionOverrideAt,
                OverrideContradicts = overrideDirection is { } od && DirectionOfTravel.Contradicts(computed.Direction, od),
            };
            stale = Staleness.For(history[ReviewIndex], at?.Narrative, ReviewIndex > 0 ? rows[ReviewIndex - 1]?.Narrative : null);
        }

        // Complete means the latest score is a complete level that the board has signed off (or that predates sign-off).
        var latestIndex = Enumerable.Range(0, Math.Max(ReviewIndex + 1, 0)).LastOrDefault(i => history[i] is not null, -1);
        var complete = latestIndex >= 0
            && snapshot.Levels.Any(l => l.Value == history[latestIndex] && l.MeansComplete == 1)
            && rows[latestIndex]!.SignOffStatus is null or "signedOff";
        var deadlineText = context.DeadlineText;
        var deadlineStatus = deadlineText is null
            ? (complete ? Domain.DeadlineStatus.Completed : Domain.DeadlineStatus.NoDate)
            : DeadlineStatusRule.For(Understand(deadlineText), Today, complete);
        var scored = WithUpdates(item with
        {
            IsScored = true, Scores = scores, Direction = direction, Stale = stale, DeadlineStatus = deadlineStatus,
        });
        facts.Add(new ScoredItemFacts(scored, context.PriorityId, context.PriorityNumber,
            ReviewIndex >= 0 ? history[ReviewIndex] : null, complete, scored.Leads.Count > 0 ? scored.Leads : context.Leads,
            ReviewIndex >= 0 ? rows[ReviewIndex]?.SignOffStatus : null));
        return scored;
    }

    /// <summary>The latest update and how many count, as of this analysis, from the score narratives and the update log (<see cref="UpdateLog"/>).</summary>
    private GridItem WithUpdates(GridItem item)
    {
        var rows = scoresByItem.GetValueOrDefault((item.Kind, item.Id)) ?? [];
        var narratives = rows.Select((row, i) => row is null ? null
            : new ScoreNarrative(row.Narrative, ParseDate(row.NarrativeDate), i, Reviews[i].ReviewDate, row.Id)).OfType<ScoreNarrative>();
        var entries = updatesByItem[(item.Kind, item.Id)].Select(u => u.ReviewId is { } reviewId
            ? new LogEntry(u.Text, ParseDate(u.WrittenOn), reviewIndex[reviewId], Reviews[reviewIndex[reviewId]].ReviewDate, u.Position, u.Id)
            : new LogEntry(u.Text, ParseDate(u.WrittenOn), null, null, u.Position, u.Id));
        var reading = UpdateLog.Read(narratives, entries, UpdatesAsOf, ReviewIndex >= 0 ? ReviewIndex : null);

        GridUpdate? latest = null;
        if (reading.Latest is { Source: UpdateSource.Score } narrative)
        {
            var row = rows[narrative.ReviewIndex!.Value]!;
            latest = new GridUpdate(row.ReviewId, Reviews[narrative.ReviewIndex.Value].Label, narrative.Text, narrative.OwnDate, row.UpdatedBy)
            {
                Source = UpdateSource.Score, Undated = narrative.Undated,
            };
        }
        else if (reading.Latest is { } logged)
        {
            var entry = updatesById[logged.Id];
            latest = new GridUpdate(entry.ReviewId, logged.ReviewIndex is { } i ? Reviews[i].Label : null, logged.Text, logged.OwnDate, entry.EnteredBy)
            {
                Source = UpdateSource.Log, UpdateId = entry.Id, Author = entry.Author, Undated = logged.Undated,
            };
        }
        return item with { LatestUpdate = latest, UpdateCount = reading.AsOf.Count };
    }

    private static DeadlineStatus? Rollup(IReadOnlyList<GridItem> children)
    {
        var statuses = children.Select(c => c.DeadlineStatus).OfType<DeadlineStatus>().ToList();
        if (statuses.Count == 0) return null;
        // The worst child decides: one overdue action makes its recommendation overdue.
        foreach (var s in new[] { Domain.DeadlineStatus.Overdue, Domain.DeadlineStatus.DueSoon, Domain.DeadlineStatus.NotDue, Domain.DeadlineStatus.Ongoing, Domain.DeadlineStatus.NoDate })
            if (statuses.Contains(s)) return s;
        return Domain.DeadlineStatus.Completed;
    }

    private static bool AllComplete(IReadOnlyList<GridItem> children) =>
        children.Count > 0 && children.All(c => c.DeadlineStatus == Domain.DeadlineStatus.Completed);

    // Many rows share a deadline text ("Ongoing", "Mar-27"); each is read once per analysis.
    private DeadlineUnderstanding Understand(string text)
    {
        if (!deadlines.TryGetValue(text, out var understanding)) deadlines[text] = understanding = DeadlineParser.Parse(text);
        return understanding;
    }

    private DeadlineResponse? Understood(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : DeadlineResponse.From(Understand(text));

    private static PersonRef Person(PlanSnapshot.LeadRow l) => new() { Id = l.PersonId, Name = l.Name, JobTitle = l.JobTitle };

    private static string Join(string reference, string number) => reference.Length == 0 ? number : $"{reference} / {number}";

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One scored row at the analysed review. AnsweringLeads are the item's own leads, or the nearest above it: who must explain this row to the board.</summary>
public sealed record ScoredItemFacts(GridItem Item, long? PriorityId, string? PriorityNumber, int? Level, bool IsComplete,
    IReadOnlyList<PersonRef> AnsweringLeads, string? SignOffStatus);
