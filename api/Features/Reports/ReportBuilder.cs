using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Summary;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// Builds the scrutiny report from what the grid and the summary already worked out (<see cref="PlanAnalysis"/>,
/// <see cref="PlanSummary"/>): it arranges and words their figures and never computes an average, a direction of
/// travel, a staleness or a deadline status of its own. Pure: no I/O, "now" comes in.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The report at the analysis' review. <paramref name="generatedAt"/> is in the council's time zone, as the footer prints it.</summary>
    public static ReportResponse Build(PlanAnalysis analysis, DateTimeOffset generatedAt)
    {
        var summary = PlanSummary.Of(analysis);
        var snapshot = analysis.Snapshot;
        var plan = snapshot.Plan;
        var noun = ItemNoun.ForScoreLevel(plan.ScoreLevel);
        var levels = snapshot.Levels.ToDictionary(l => (int)l.Value, l => new ReportLevel((int)l.Value, l.Label, l.Colour, Contrast.TextColourOn(l.Colour)));
        var worst = summary.LevelCounts.Count == 0 ? null : analysis.HigherIsBetter switch
        {
            true => summary.LevelCounts[0],
            false => summary.LevelCounts[^1],
            null => null,
        };
        var facts = analysis.ScoredItems.ToDictionary(f => (f.Item.Kind, f.Item.Id));
        var columns = analysis.ReviewIndex < 0 ? [] : analysis.Reviews.Take(analysis.ReviewIndex + 1).ToList();

        var rows = new List<ReportRow>();
        foreach (var item in analysis.Items) Walk(item, 0, new Parents(null, null, null, null, ""), rows, facts, levels, columns);

        var counts = summary.DirectionCounts;
        int Count(Direction d) => counts.TryGetValue(d, out var n) ? n : 0;
        var overall = Average(summary.Averages.OverItems);
        var overPriorities = summary.Averages.OverPriorities is { } op ? Average(op) : null;

        var figures = new ReportFigures
        {
            Noun = noun,
            ScoredItems = summary.ScoredItemCount,
            ReviewLabel = analysis.Review?.Label,
            HasPreviousReview = analysis.PreviousReview is not null,
            HigherIsBetter = analysis.HigherIsBetter,
            Levels = summary.LevelCounts.Select(l => new LevelTally(l.Value, l.Label, l.Count)).ToList(),
            NoScore = summary.NoScoreCount,
            Improving = Count(Direction.Improving),
            Maintained = Count(Direction.Maintained),
            Declining = Count(Direction.Declining),
            Changed = Count(Direction.Changed),
            New = Count(Direction.New),
            Overall = new AverageMove(overall.Previous, overall.Current, overall.Direction),
            OverPriorities = overPriorities is null ? null : new AverageMove(overPriorities.Previous, overPriorities.Current, overPriorities.Direction),
            Overdue = summary.Overdue.Count,
            WorstLevel = worst is null ? null : $"{worst.Value} {worst.Label}",
            AtWorstLevel = summary.AtWorstLevel.Count,
            Stale = summary.Stale.Count,
            ContradictingOverrides = summary.ContradictingOverrides.Count,
            AwaitingSignOff = summary.AwaitingSignOff.Count,
        };

        var review = Review(analysis.Review);
        return new ReportResponse
        {
            Plan = new ReportPlan
            {
                Id = plan.Id, Title = plan.Title, SourceType = plan.SourceType, SourceReportDate = plan.SourceReportDate,
                OverallJudgement = plan.OverallJudgement, PlanVersion = plan.PlanVersion, Status = plan.Status,
                ScaleName = plan.ScaleName, HigherIsBetter = analysis.HigherIsBetter, GroupedByPriority = plan.GroupedByPriority,
                ScoreLevel = plan.ScoreLevel, ItemNoun = noun.Singular, ItemNounPlural = noun.Plural,
            },
            Review = review,
            PreviousReview = Review(analysis.PreviousReview),
            IsCurrentReview = summary.IsCurrentReview,
            Today = analysis.Today,
            GeneratedAt = generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Summary = new ReportSummary
            {
                Sentences = ReportSentences.Summary(figures),
                ScoredItems = summary.ScoredItemCount,
                NoScoreCount = summary.NoScoreCount,
                Overall = overall,
                OverPriorities = overPriorities,
                AverageMethod = summary.Averages.Method,
                LevelCounts = summary.LevelCounts.Select(l => new ReportLevelCount(l.Value, l.Label, l.Colour, Contrast.TextColourOn(l.Colour), l.Count)).ToList(),
                DirectionCounts = new ReportDirectionCounts(Count(Direction.Improving), Count(Direction.Maintained), Count(Direction.Declining),
                    Count(Direction.New), Count(Direction.NoData), Count(Direction.Changed)),
            },
            Priorities = summary.Averages.Priorities.Select(p => new ReportPriority(p.Number, p.Title, p.Figure.PreviousRounded, p.Figure.CurrentRounded,
                p.Figure.Direction, ReportWords.Direction(p.Figure.Direction),
                ReportSentences.Priority(p.Number, p.Title, new AverageMove(p.Figure.PreviousRounded, p.Figure.CurrentRounded, p.Figure.Direction), analysis.HigherIsBetter))).ToList(),
            Exceptions = Exceptions(analysis, summary, noun, worst, facts, levels, rows.Where(r => r.IsScored).ToDictionary(r => (r.Kind, r.Id))),
            Reviews = columns.Select(r => Review(r)!).ToList(),
            Rows = rows,
            Footer = Footer(plan.PlanVersion, analysis.Review, generatedAt),
        };
    }

    public static string Footer(string? planVersion, ReviewResponse? review, DateTimeOffset generatedAt)
    {
        var parts = new List<string>
        {
            string.IsNullOrWhiteSpace(planVersion) ? "Plan version not recorded" : $"Plan version {planVersion}",
            review is null ? "No reviews yet" : $"Review: {review.Label} ({ReportWords.Date(review.ReviewDate)})",
            // Invariant: in a custom format ":" is the culture's time separator, and the server's culture is not the reader's.
            $"Generated {ReportWords.Date(DateOnly.FromDateTime(generatedAt.DateTime))} {generatedAt.ToString("HH:mm", CultureInfo.InvariantCulture)}",
        };
        return string.Join(" · ", parts);
    }

    private static ReportReview? Review(ReviewResponse? r) => r is null ? null : new ReportReview(r.Id, r.Label, r.ReviewDate, r.Status);

    private static ReportAverage Average(AverageFigure f) =>
        new(f.PreviousRounded, f.CurrentRounded, f.Direction, ReportWords.Direction(f.Direction), f.ScoredPrevious, f.ScoredCurrent);

    // What a row takes from the rows above it: the exports print a measure beside its priority, recommendation and action,
    // and a row without a deadline of its own is due when the row above is (as PlanAnalysis judges its deadline status).
    private sealed record Parents(string? Priority, string? Recommendation, string? Action, DeadlineResponse? Deadline, string Owners);

    private static void Walk(GridItem item, int depth, Parents parents, List<ReportRow> rows,
        IReadOnlyDictionary<(string, long), ScoredItemFacts> facts, IReadOnlyDictionary<int, ReportLevel> levels, IReadOnlyList<ReviewResponse> columns)
    {
        var deadline = item.Deadline ?? parents.Deadline;
        var owners = item.Owners.Count > 0 ? Names(item.Owners) : item.InheritedOwners is { } inherited ? Names(inherited.People) : parents.Owners;
        var row = new ReportRow
        {
            Kind = item.Kind, Id = item.Id, Depth = depth, IsScored = item.IsScored, Reference = item.Reference, Text = item.Text,
            Priority = parents.Priority, Recommendation = parents.Recommendation, Action = parents.Action,
            Leads = Names(item.Leads), Owners = owners,
            DeadlineText = deadline?.Text, DueBy = deadline?.DueBy,
            DeadlineStatus = item.DeadlineStatus, DeadlineStatusText = ReportWords.DeadlineStatus(item.DeadlineStatus),
        };
        if (item.IsScored && facts.TryGetValue((item.Kind, item.Id), out var fact))
        {
            var byReview = item.Scores.ToDictionary(s => s.ReviewId);
            row = row with
            {
                Leads = Names(fact.AnsweringLeads),
                Scores = columns.Select(r => byReview.TryGetValue(r.Id, out var s)
                    ? new ReportScore(r.Id, s.Level is { } v && levels.TryGetValue(v, out var level) ? level : null, s.RecordedAs)
                    : null).ToList(),
                Direction = item.Direction?.Computed,
                DirectionText = item.Direction is { } d ? ReportWords.Direction(d.Computed, d.Override, d.OverrideBy, d.OverrideContradicts) : "",
                LatestUpdate = item.LatestUpdate?.Narrative,
                LatestUpdateDate = item.LatestUpdate?.NarrativeDate,
            };
        }
        rows.Add(row);

        var label = $"{item.Number} {item.Text}".Trim();
        var below = item.Kind switch
        {
            "priority" => parents with { Priority = label },
            "recommendation" => parents with { Recommendation = label },
            "action" => parents with { Action = label },
            _ => parents,
        };
        below = below with { Deadline = deadline, Owners = owners };
        foreach (var child in item.Children) Walk(child, depth + 1, below, rows, facts, levels, columns);
    }

    private static string Names(IEnumerable<PersonRef> people) => string.Join(", ", people.Select(p => p.DisplayName));

    private static List<ReportException> Exceptions(PlanAnalysis analysis, SummaryResponse summary, ItemNoun noun, LevelCount? worst,
        IReadOnlyDictionary<(string, long), ScoredItemFacts> facts, IReadOnlyDictionary<int, ReportLevel> levels,
        IReadOnlyDictionary<(string, long), ReportRow> rows)
    {
        var noReview = analysis.Review is null ? "There are no reviews yet." : null;
        var worstName = worst is null ? "the worst level" : $"{worst.Value} {worst.Label}";
        // A scale whose direction was never stated has no worst level, so the list is empty for that reason, and says so.
        var noWorst = analysis.HigherIsBetter is null ? "The plan does not say whether higher or lower is better, so no level is the worst." : null;
        ReportException Make(string kind, string heading, string empty, IReadOnlyList<SummaryItem> items, Func<ScoredItemFacts, string> detail) => new()
        {
            Kind = kind, Heading = heading, EmptyText = empty,
            Items = items.Select(i => facts[(i.Kind, i.Id)]).Select(f => new ReportExceptionItem
            {
                Kind = f.Item.Kind, Id = f.Item.Id, Reference = f.Item.Reference, Text = f.Item.Text,
                Leads = Names(f.AnsweringLeads),
                Level = f.Level is { } v && levels.TryGetValue(v, out var level) ? level : null,
                LatestUpdate = f.Item.LatestUpdate?.Narrative, LatestUpdateDate = f.Item.LatestUpdate?.NarrativeDate,
                Detail = detail(f),
            }).ToList(),
        };

        return
        [
            Make("declining", "Declining since the last review",
                noReview ?? (analysis.PreviousReview is null ? "This is the first review, so nothing can have declined." : $"No {noun.Singular} declined since the last review."),
                summary.Declining, f => Declined(f, analysis, levels)),
            Make("worstLevel", worst is null ? "At the worst level" : $"At the worst level, {worstName}", noReview ?? noWorst ?? $"No {noun.Singular} was at {worstName}.",
                summary.AtWorstLevel, f => $"Direction of travel: {ReportWords.Direction(f.Item.Direction?.Computed ?? Direction.NoData)}"),
            Make("overdue", "Overdue", $"No {noun.Singular} is overdue.", summary.Overdue, f => Deadline(rows.GetValueOrDefault((f.Item.Kind, f.Item.Id)))),
            Make("stale", "Stale: no score, no update, or the update copied forward", noReview ?? $"No {noun.Singular} had a stale entry in this review.",
                summary.Stale, f => ReportWords.Stale(f.Item.Stale)),
            Make("contradictingOverride", "Direction-of-travel overrides that contradict the scores",
                noReview ?? "No direction-of-travel override contradicts the scores.", summary.ContradictingOverrides, Override),
            Make("awaitingSignOff", "Marked complete, waiting for the board's sign-off", noReview ?? $"No {noun.Singular} is waiting for sign-off.",
                summary.AwaitingSignOff, f => analysis.Review is { } r && f.Item.Scores.FirstOrDefault(s => s.ReviewId == r.Id)?.Evidence is { Length: > 0 } e
                    ? $"Evidence: {e}" : "No evidence recorded"),
        ];
    }

    private static string Declined(ScoredItemFacts f, PlanAnalysis analysis, IReadOnlyDictionary<int, ReportLevel> levels)
    {
        if (f.Item.Direction?.ComparedWithReviewId is not { } before) return "";
        var was = f.Item.Scores.FirstOrDefault(s => s.ReviewId == before);
        var label = analysis.Reviews.FirstOrDefault(r => r.Id == before)?.Label;
        var from = was?.Level is { } v && levels.TryGetValue(v, out var level) ? level.Text : "an earlier score";
        var now = f.Level is { } n && levels.TryGetValue(n, out var current) ? current.Text : "no score";
        return $"Down from {from} in {label} to {now}";
    }

    private static string Deadline(ReportRow? row)
    {
        // The row carries the deadline that made it overdue, which may be written on the row above (a measure's action).
        if (row?.DeadlineText is not { } text) return "Overdue";
        return row.DueBy is { } due ? $"Deadline {text} (due by {ReportWords.Date(due)})" : $"Deadline {text}";
    }

    private static string Override(ScoredItemFacts f)
    {
        var d = f.Item.Direction!;
        var reason = string.IsNullOrWhiteSpace(d.OverrideReason) ? "" : $": \"{d.OverrideReason}\"";
        var by = string.IsNullOrWhiteSpace(d.OverrideBy) ? "" : $" by {d.OverrideBy}";
        return $"Recorded as {d.Override}{by}{reason}. The scores say {ReportWords.Direction(d.Computed).ToLowerInvariant()}.";
    }
}
