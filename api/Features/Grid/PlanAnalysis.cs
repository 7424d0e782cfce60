using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Reviews;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// Reads a <see cref="PlanSnapshot"/> as of one review (and, when asked, as of a date): builds the grid's hierarchy and
/// the facts about every scored item (direction of travel, staleness, deadline status) by calling the domain rules. No I/O.
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
    private readonly ILookup<long, string> addresseesByRecommendation;
    private readonly ILookup<(string Kind, long Id), AnsweredReportRecommendation> answersByItem;
    private readonly ILookup<(string Kind, long Id), PlanSnapshot.UpdateRow> updatesByItem;
    private readonly Dictionary<long, PlanSnapshot.UpdateRow> updatesById;
    private readonly Dictionary<string, DeadlineUnderstanding> deadlines = new(StringComparer.Ordinal);

    /// <param name="today">The UK date now.</param>
    /// <param name="reviewId">The review to judge at; the current one when null.</param>
    /// <param name="asOf">
    /// Figures as they stood on this date: reviews held after it (from the first review dated after it) are left out, and
    /// overdue and due soon are judged on it. Null: as things stand today.
    /// </param>
    public PlanAnalysis(PlanSnapshot snapshot, DateOnly today, long? reviewId = null, DateOnly? asOf = null)
    {
        this.snapshot = snapshot;
        AsOf = asOf;
        Reviews = asOf is { } date ? ReviewsHeldBy(snapshot.Reviews, date) : snapshot.Reviews;
        reviewIndex = Reviews.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        levels = snapshot.Levels.ToDictionary(l => l.Id);

        // As of a past date nobody can tell which reviews were still open then, so the latest held review is current.
        CurrentReview = asOf is null ? Reviews.LastOrDefault(r => r.Status == "open") ?? Reviews.LastOrDefault() : Reviews.LastOrDefault();
        Review = reviewId is { } id ? Reviews.FirstOrDefault(r => r.Id == id) : CurrentReview;
        ReviewIndex = Review is null ? -1 : reviewIndex[Review.Id];
        PreviousReview = ReviewIndex > 0 ? Reviews[ReviewIndex - 1] : null;
        (Today, JudgedOn) = Judged(today, asOf, reviewId);
        // An earlier review is read as the board saw it on its date: notes written since (between reviews, for the next one)
        // are not yet there. The latest review is read as of the date judged, so a note dated ahead (a slip) waits for its day.
        var readOn = asOf ?? today;
        UpdatesAsOf = Review is { ReviewDate: { } held } && ReviewIndex < Reviews.Count - 1 && held < readOn ? held : readOn;

        foreach (var score in snapshot.Scores)
        {
            if (!reviewIndex.TryGetValue(score.ReviewId, out var index)) continue;
            var key = ItemKey(score.RecommendationId, score.ActionId, score.MeasureId);
            if (!scoresByItem.TryGetValue(key, out var row)) scoresByItem[key] = row = new PlanSnapshot.ScoreRow?[Reviews.Count];
            row[index] = score;
        }
        var currentIndex = CurrentReview is null ? -1 : reviewIndex[CurrentReview.Id];
        OpenOnReview = Enumerable.Range(0, currentIndex + 1).Reverse()
            .Select(i => (int?)i).FirstOrDefault(i => scoresByItem.Values.Any(rows => rows[i!.Value]?.LevelId is not null)) is { } scored
            ? Reviews[scored] : CurrentReview;

        recommendationsByPriority = snapshot.Recommendations.ToLookup(r => r.PriorityId);
        actionsByRecommendation = snapshot.Actions.ToLookup(a => a.RecommendationId);
        actionsByPriority = snapshot.Actions.ToLookup(a => a.PriorityId);
        measuresByAction = snapshot.Measures.ToLookup(m => m.ActionId);
        addresseesByRecommendation = snapshot.Addressees.ToLookup(a => a.RecommendationId, a => a.Addressee);
        answersByItem = snapshot.ReportLinks.ToLookup(
            l => l.RecommendationId is { } r ? ("recommendation", r) : l.ActionId is { } a ? ("action", a) : ("priority", l.PriorityId!.Value),
            l => new AnsweredReportRecommendation(l.ReportRecommendationId, l.ReportNumber));
        // Log entries of reviews held after the date judged are not part of the plan as it stood then.
        var updates = snapshot.Updates.Where(u => u.ReviewId is not { } r || reviewIndex.ContainsKey(r)).ToList();
        updatesByItem = updates.ToLookup(u =>
            ItemKey(u.RecommendationId, u.ActionId, u.MeasureId));
        updatesById = updates.ToDictionary(u => u.Id);
        Items = BuildTree();
    }

    /// <summary>The date overdue and due soon are judged on: today, the asOf date, or a past review's date.</summary>
    public DateOnly Today { get; }
    /// <summary>Why <see cref="Today"/> is that date: today, asOf (asked for) or reviewDate (a past review is judged as at its meeting).</summary>
    public string JudgedOn { get; }
    public DateOnly? AsOf { get; }
    /// <summary>The reviews held by the date judged (all of them without asOf), in column order.</summary>
    public IReadOnlyList<ReviewResponse> Reviews { get; }
    /// <summary>The latest open review, or the latest review when all are closed (as of a date: the latest held).</summary>
    public ReviewResponse? CurrentReview { get; }
    /// <summary>The latest review up to the current one that holds a score: where the grid opens, rather than on an empty column.</summary>
    public ReviewResponse? OpenOnReview { get; }
    /// <summary>The review this analysis is judged at (the current one unless another was asked for).</summary>
    public ReviewResponse? Review { get; }
    public ReviewResponse? PreviousReview { get; }
    public int ReviewIndex { get; }
    /// <summary>The date the latest updates are read as of: the date judged at the latest review, an earlier review's own date otherwise.</summary>
    public DateOnly UpdatesAsOf { get; }
    /// <summary>Null when the scale's direction is not stated.</summary>
    public bool? HigherIsBetter => snapshot.HigherIsBetter;
    public PlanSnapshot Snapshot => snapshot;
    public IReadOnlyList<GridItem> Items { get; }
    /// <summary>Every scored item in plan order, with what the domain rules say about it at <see cref="Review"/>.</summary>
    public IReadOnlyList<ScoredItemFacts> ScoredItems => facts;

    public GridScale Scale => new(snapshot.Plan.ScaleId, snapshot.Plan.ScaleName, snapshot.HigherIsBetter,
        snapshot.Levels.Select(l => new GridLevel((int)l.Value, l.Label, l.Meaning, l.Colour, l.MeansComplete == 1)).ToList());

    /// <summary>The reviews held by a date: those before the first review dated after it (an undated review is not known to be later).</summary>
    public static IReadOnlyList<ReviewResponse> ReviewsHeldBy(IReadOnlyList<ReviewResponse> reviews, DateOnly date)
    {
        var cut = reviews.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.ReviewDate > date, (null!, reviews.Count)).Item2;
        return reviews.Take(cut).ToList();
    }

    private (DateOnly Today, string JudgedOn) Judged(DateOnly today, DateOnly? asOf, long? reviewId)
    {
        if (asOf is { } date) return (date, "asOf");
        // What was overdue at that board meeting: a past review asked for by id is judged on its own date.
        if (reviewId is not null && Review is { ReviewDate: { } held } && Review.Id != CurrentReview?.Id && held < today) return (held, "reviewDate");
        return (today, "today");
    }

    /// <summary>The level value an item had at a review index, null for no score or no row.</summary>
    public int? LevelAt(ScoredItemFacts item, int index) =>
        index < 0 ? null : LevelOf(scoresByItem.GetValueOrDefault((item.Item.Kind, item.Item.Id))?[index]);

    /// <summary>
    /// Every printed direction of travel up to the judged review, beside the scores it speaks of: the evidence for which
    /// end of a scale is good when the source never said.
    /// </summary>
    public IEnumerable<PrintedDirectionEvidence> PrintedDirections()
    {
        foreach (var item in facts)
        {
            var rows = scoresByItem.GetValueOrDefault((item.Item.Kind, item.Item.Id));
            if (rows is null) continue;
            var history = rows.Select(LevelOf).ToList();
            for (var i = 0; i <= ReviewIndex && i < rows.Length; i++)
                if (rows[i]?.PrintedDirection is { } printed)
                {
                    var compared = DirectionOfTravel.Compute(history, i + 1, true).ComparedWithIndex;
                    yield return new PrintedDirectionEvidence(compared is { } c ? history[c] : null, history[i],
                        Enum.Parse<Direction>(printed, ignoreCase: true));
                }
        }
    }

    private int? LevelOf(PlanSnapshot.ScoreRow? score) =>
        score?.LevelId is { } id && levels.TryGetValue(id, out var level) ? (int)level.Value : null;

    private List<GridItem> BuildTree()
    {
        var grouped = snapshot.Priorities.Count > 0;
        var items = new List<GridItem>();
        foreach (var priority in snapshot.Priorities)
        {
            var reference = priority.Number ?? "";
            var context = new Context(priority.Id, priority.Number, reference, null, null, null);
            var children = new List<GridItem>();
            foreach (var r in recommendationsByPriority[priority.Id]) children.Add(Recommendation(r, context, children.Count + 1));
            foreach (var a in actionsByPriority[priority.Id]) children.Add(Action(a, context, children.Count + 1));
            items.Add(new GridItem
            {
                Kind = "priority", Id = priority.Id, Number = priority.Number, Position = items.Count + 1, Reference = reference,
                Text = priority.Title, OutcomeStatement = priority.OutcomeStatement, Version = priority.Version, Children = children,
                AnswersReportRecommendations = answersByItem[("priority", priority.Id)].ToList(),
                DeadlineStatus = Rollup(children),
            });
        }
        var ungrouped = new Context(null, grouped ? "Not in a priority" : null, "", null, null, null);
        foreach (var r in recommendationsByPriority[null]) items.Add(Recommendation(r, ungrouped, items.Count + 1));
        return items;
    }

    // What an item inherits from the rows above it: a measure is due when its action is, and answered for by its action's
    // lead, unless it names its own. Each inherited part says which row it came from.
    private sealed record Context(long? PriorityId, string? PriorityNumber, string Reference, InheritedText? Deadline,
        InheritedPeople? Leads, InheritedPeople? Owners);

    private sealed record InheritedText(string From, string? FromReference, string Text);

    private GridItem Recommendation(PlanSnapshot.RecommendationRow r, Context parent, int position)
    {
        var (leads, owners) = snapshot.People.For(PeopleItemKind.Recommendation, r.Id);
        var reference = Join(parent.Reference, r.Number);
        var context = Descend(parent, "recommendation", reference, r.DeadlineText, leads, owners);
        var children = new List<GridItem>();
        foreach (var a in actionsByRecommendation[r.Id]) children.Add(Action(a, context, children.Count + 1));
        var item = new GridItem
        {
            Kind = "recommendation", Id = r.Id, Number = r.Number, Position = position, Reference = reference, Text = r.Text,
            JudgementArea = r.JudgementArea, SourceParagraphs = r.SourceParagraphs, Addressees = addresseesByRecommendation[r.Id].ToList(),
            AnswersReportRecommendations = answersByItem[("recommendation", r.Id)].ToList(),
            Version = r.Version, Children = children,
        };
        return Score(WithPeopleAndDeadline(item, parent, leads, owners, r.DeadlineText), context, children);
    }

    private GridItem Action(PlanSnapshot.ActionRow a, Context parent, int position)
    {
        var (leads, owners) = snapshot.People.For(PeopleItemKind.Action, a.Id);
        var reference = Join(parent.Reference, a.Code);
        var context = Descend(parent, "action", reference, a.DeadlineText, leads, owners);
        var children = new List<GridItem>();
        foreach (var m in measuresByAction[a.Id]) children.Add(Measure(m, context, children.Count + 1));
        var item = new GridItem
        {
            Kind = "action", Id = a.Id, Number = a.Code, Position = position, Reference = reference, Text = a.Description,
            SourceReference = a.SourceReference, Version = a.Version, Children = children,
            AnswersReportRecommendations = answersByItem[("action", a.Id)].ToList(),
        };
        return Score(WithPeopleAndDeadline(item, parent, leads, owners, a.DeadlineText), context, children);
    }

    private GridItem Measure(PlanSnapshot.MeasureRow m, Context parent, int position)
    {
        var (leads, owners) = snapshot.People.For(PeopleItemKind.Measure, m.Id);
        var reference = Join(parent.Reference, m.Number);
        var context = Descend(parent, "measure", reference, m.DeadlineText, leads, owners);
        var item = new GridItem
        {
            Kind = "measure", Id = m.Id, Number = m.Number, Position = position, Reference = reference, Text = m.Text, Version = m.Version,
        };
        return Score(WithPeopleAndDeadline(item, parent, leads, owners, m.DeadlineText), context, []);
    }

    private static Context Descend(Context parent, string kind, string reference, string? deadlineText,
        IReadOnlyList<PersonRef> leads, IReadOnlyList<PersonRef> owners) => parent with
    {
        Reference = reference,
        Deadline = string.IsNullOrWhiteSpace(deadlineText) ? parent.Deadline : new InheritedText(kind, NonEmpty(reference), deadlineText),
        Leads = leads.Count > 0 ? new InheritedPeople(kind, NonEmpty(reference), leads) : parent.Leads,
        Owners = owners.Count > 0 ? new InheritedPeople(kind, NonEmpty(reference), owners) : parent.Owners,
    };

    // An item's own people and deadline, and where it names none, what it takes from above (and from which row).
    private GridItem WithPeopleAndDeadline(GridItem item, Context parent, IReadOnlyList<PersonRef> leads, IReadOnlyList<PersonRef> owners,
        string? deadlineText) => item with
    {
        Leads = leads,
        Owners = owners,
        InheritedLeads = leads.Count == 0 ? parent.Leads : null,
        InheritedOwners = owners.Count == 0 ? parent.Owners : null,
        Deadline = Understood(deadlineText),
        InheritedDeadline = string.IsNullOrWhiteSpace(deadlineText) && parent.Deadline is { } inherited
            ? new InheritedDeadline(inherited.From, inherited.FromReference, Understood(inherited.Text)!)
            : null,
    };

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
            var level = row.LevelId is { } lid ? levels[lid] : null;
            scores.Add(new GridScore
            {
                ReviewId = row.ReviewId, Column = i, Level = history[i], Label = level?.Label,
                RecordedAs = row.RecordedAs, Narrative = row.Narrative, NarrativeDate = ParseDate(row.NarrativeDate),
                Direction = DirectionOfTravel.Compute(history, i + 1, HigherIsBetter).Direction,
                DirectionOverride = row.DirectionOverride, Evidence = row.Evidence, SignOffStatus = row.SignOffStatus,
                SignOffBy = row.SignOffBy, SignOffAt = row.SignOffAt, SourceDocument = row.SourceDocument,
                CompleteAsPrinted = level?.MeansComplete == 1 && row.SourceDocument is not null && row.SignOffStatus is null,
                PrintedDirection = row.PrintedDirection, PrintedDirectionText = row.PrintedDirectionText,
                UpdatedBy = row.UpdatedBy, UpdatedAt = row.UpdatedAt, Version = row.Version,
            });
        }

        GridDirection? direction = null;
        IReadOnlyList<StaleReason> stale = [];
        if (ReviewIndex >= 0)
        {
            var judged = history.GetRange(0, ReviewIndex + 1);
            var computed = DirectionOfTravel.Compute(judged, HigherIsBetter);
            var at = rows[ReviewIndex];
            var overrideDirection = ParseDirection(at?.DirectionOverride);
            var printedDirection = ParseDirection(at?.PrintedDirection);
            direction = new GridDirection
            {
                Computed = computed.Direction,
                ComparedWithReviewId = computed.ComparedWithIndex is { } ci ? Reviews[ci].Id : null,
                SkippedGap = computed.SkippedGap,
                Override = at?.DirectionOverride, OverrideReason = at?.DirectionOverrideReason,
                OverrideBy = at?.DirectionOverrideBy, OverrideAt = at?.DirectionOverrideAt,
                OverrideContradicts = overrideDirection is { } od && DirectionOfTravel.Contradicts(computed.Direction, od),
                Printed = at?.PrintedDirection, PrintedText = at?.PrintedDirectionText,
                PrintedContradicts = printedDirection is { } pd && DirectionOfTravel.Contradicts(computed.Direction, pd),
                IfHigherIsBetter = HigherIsBetter is null ? DirectionOfTravel.Compute(judged, true).Direction : null,
                IfLowerIsBetter = HigherIsBetter is null ? DirectionOfTravel.Compute(judged, false).Direction : null,
            };
            stale = Staleness.For(history[ReviewIndex], ReviewUpdate(item, rows, ReviewIndex), ReviewIndex > 0 ? ReviewUpdate(item, rows, ReviewIndex - 1) : null);
        }

        // Complete means the latest score is a complete level that the board has signed off, or that was printed as
        // complete in the source before the tracker existed (no sign-off applies to it).
        var latestIndex = Enumerable.Range(0, Math.Max(ReviewIndex + 1, 0)).LastOrDefault(i => history[i] is not null, -1);
        var complete = latestIndex >= 0
            && snapshot.Levels.Any(l => l.Value == history[latestIndex] && l.MeansComplete == 1)
            && rows[latestIndex]!.SignOffStatus is null or "signedOff";
        var deadlineText = context.Deadline?.Text;
        var deadlineStatus = deadlineText is null
            ? (complete ? Domain.DeadlineStatus.Completed : Domain.DeadlineStatus.NoDate)
            : DeadlineStatusRule.For(Understand(deadlineText), Today, complete);
        var scored = WithUpdates(item with
        {
            IsScored = true, Scores = scores, Direction = direction, Stale = stale, DeadlineStatus = deadlineStatus,
        });
        var answering = scored.Leads.Count > 0 ? scored.Leads : context.Leads?.People ?? [];
        facts.Add(new ScoredItemFacts(scored, context.PriorityId, context.PriorityNumber,
            ReviewIndex >= 0 ? history[ReviewIndex] : null, complete, answering,
            ReviewIndex >= 0 ? rows[ReviewIndex]?.SignOffStatus : null,
            latestIndex >= 0 && complete && rows[latestIndex]!.SourceDocument is not null && rows[latestIndex]!.SignOffStatus is null));
        return scored;
    }

    /// <summary>
    /// A review's update for staleness: the score's narrative, or, when it has none, the last entry of the item's update log
    /// written for that review (or, written for no review, dated after the review before it and on or before its own date).
    /// A plan that keeps its progress as a running log is then not "stale: no update" for every row.
    /// </summary>
    private string? ReviewUpdate(GridItem item, PlanSnapshot.ScoreRow?[] rows, int index)
    {
        if (!string.IsNullOrWhiteSpace(rows[index]?.Narrative)) return rows[index]!.Narrative;
        var review = Reviews[index];
        var after = index > 0 ? Reviews[index - 1].ReviewDate : null;
        return updatesByItem[(item.Kind, item.Id)]
            .Where(u => u.ReviewId == review.Id
                        || u.ReviewId is null && ParseDate(u.WrittenOn) is { } written && review.ReviewDate is { } held
                           && written <= held && (after is null || written > after))
            .OrderBy(u => u.Position).ThenBy(u => u.Id)
            .LastOrDefault()?.Text;
    }

    // Scores and update-log entries belong to exactly one of a recommendation, an action or a measure (a CHECK in the table).
    private static (string Kind, long Id) ItemKey(long? recommendationId, long? actionId, long? measureId) =>
        recommendationId is { } r ? ("recommendation", r) : actionId is { } a ? ("action", a) : ("measure", measureId!.Value);

    private static Direction? ParseDirection(string? word) => word is null ? null : Enum.Parse<Direction>(word, ignoreCase: true);

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

    // Unnumbered levels are left out of a reference: the tracker never invents a number the source did not print.
    private static string Join(string reference, string? number) =>
        string.IsNullOrWhiteSpace(number) ? reference : reference.Length == 0 ? number : $"{reference} / {number}";

    private static string? NonEmpty(string reference) => reference.Length == 0 ? null : reference;

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// One scored row at the analysed review. AnsweringLeads are the item's own leads, or the nearest above it: who must
/// explain this row to the board. CompleteAsPrinted: its completion was printed in a source, not signed off in the tracker.
/// </summary>
public sealed record ScoredItemFacts(GridItem Item, long? PriorityId, string? PriorityNumber, int? Level, bool IsComplete,
    IReadOnlyList<PersonRef> AnsweringLeads, string? SignOffStatus, bool CompleteAsPrinted);
