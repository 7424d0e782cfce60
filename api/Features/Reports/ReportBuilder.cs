using System.Text.Json;
using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Summary;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// Builds the scrutiny report from what the grid and the summary already worked out (<see cref="PlanAnalysis"/>,
/// <see cref="PlanSummary"/>): it arranges and words their figures and never computes an average, a direction of
/// travel, a staleness, a deadline status or a reconciliation of its own. Pure: no I/O, "now" comes in.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The report at the analysis' review. <paramref name="generatedAt"/> is in the council's time zone, as the footer prints it.</summary>
    public static ReportResponse Build(PlanAnalysis analysis, DateTimeOffset generatedAt) => Stamped(Build(analysis), generatedAt);

    /// <summary>
    /// The report with the time it was made: <see cref="ReportResponse.GeneratedAt"/> and the footer that prints it. The
    /// rest of the report depends only on the plan's version and the date judged, so <see cref="ReportCache"/> keeps the
    /// unstamped report and every download stamps its own time.
    /// </summary>
    public static ReportResponse Stamped(ReportResponse report, DateTimeOffset generatedAt) => report with
    {
        GeneratedAt = generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Footer = Footer(report.Plan.PlanVersion, report.Plan.PlanDate, report.Review?.Label, report.Review?.ReviewDate, report.JudgedOn,
            report.Today, generatedAt),
    };

    /// <summary>The report at the analysis' review, not yet stamped with the time it is made (<see cref="Stamped"/>).</summary>
    public static ReportResponse Build(PlanAnalysis analysis)
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
        foreach (var item in analysis.Items) Walk(item, 0, Parents.Top, rows, facts, levels, columns);

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
            WorstLevel = worst is null ? null : LevelWords.Text(worst.Value, worst.Label),
            AtWorstLevel = summary.AtWorstLevel.Count,
            Stale = summary.Stale.Count,
            ContradictingOverrides = summary.ContradictingOverrides.Count,
            AwaitingSignOff = summary.AwaitingSignOff.Count,
            CompleteAsPrinted = summary.CompleteAsPrinted.Count,
            ContradictingPrintedDirections = summary.ContradictingPrintedDirections.Count,
            PrintedAveragesDisagreeing = summary.ReportedAverages.Count(a => a.Disagrees),
            DeadlinesToConfirm = summary.DeadlinesToConfirm.Count,
        };

        var lists = new ExceptionLists(analysis, summary, noun, facts, levels, rows.ToDictionary(r => (r.Kind, r.Id)));
        return new ReportResponse
        {
            Plan = new ReportPlan
            {
                Id = plan.Id, Title = plan.Title, SourceType = plan.SourceType, SourceReportDate = plan.SourceReportDate,
                OverallJudgement = plan.OverallJudgement, PlanVersion = plan.PlanVersion, PlanDate = plan.PlanDate,
                LeadHeading = plan.LeadHeading, OwnerHeading = plan.OwnerHeading, Status = plan.Status,
                ScaleName = plan.ScaleName, HigherIsBetter = analysis.HigherIsBetter, GroupedByPriority = plan.GroupedByPriority,
                ScoreLevel = plan.ScoreLevel, ItemNoun = noun.Singular, ItemNounPlural = noun.Plural,
            },
            Review = Review(analysis.Review),
            PreviousReview = Review(analysis.PreviousReview),
            IsCurrentReview = summary.IsCurrentReview,
            Today = analysis.Today,
            JudgedOn = analysis.JudgedOn,
            AsOf = analysis.AsOf,
            JudgedOnText = ReportSentences.JudgedOn(analysis.JudgedOn, analysis.Today, analysis.Review?.Label),
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
                CompleteAsPrinted = summary.CompleteAsPrinted.Count,
                Addressees = summary.Addressees.Select(a => new ReportAddresseeCount(a.Addressee, a.Recommendations, a.ScoredItems)).ToList(),
            },
            Priorities = summary.Averages.Priorities.Select(p => new ReportPriority(p.Number, p.Title, p.Figure.PreviousRounded, p.Figure.CurrentRounded,
                p.Figure.Direction, ReportWords.Direction(p.Figure.Direction),
                ReportSentences.Priority(p.Number, p.Title, new AverageMove(p.Figure.PreviousRounded, p.Figure.CurrentRounded, p.Figure.Direction), analysis.HigherIsBetter))).ToList(),
            Exceptions = lists.Exceptions(worst),
            Reconciliation = new ReportReconciliation
            {
                PrintedAverages = summary.ReportedAverages.Select(a => new ReportPrintedAverage(a.Id, a.PriorityId, a.Scope, a.Printed, a.Source,
                    a.OverItems, a.OverPriorities, a.Matches, MatchesText(a.Matches), a.Disagrees, a.Explanation)).ToList(),
                PrintedAveragesEmptyText = lists.NoReview ?? $"No average was recorded as printed for {analysis.Review!.Label}.",
                ContradictingPrintedDirections = lists.ContradictingPrintedDirections(),
                ScaleDirection = ScaleDirection(summary.ScaleDirection),
                PrintedFigures = summary.PrintedFigures.Select(f => new ReportPrintedFigure(f.Id, f.Scope, f.Kind, f.Label, f.ValueText, f.Claims,
                    f.Source, f.Computed, JsonNamingPolicy.CamelCase.ConvertName(f.Verdict.ToString()), VerdictText(f.Verdict), f.Explanation)).ToList(),
                PrintedFiguresEmptyText = lists.NoReview ?? $"No other figure was recorded as printed for {analysis.Review!.Label}.",
                Inspection = summary.Inspection is not { } inspection ? null : new ReportInspectionCoverage(
                    string.Join(" ", new[] { inspection.Inspectorate, inspection.Kind, inspection.Title }.Where(p => !string.IsNullOrWhiteSpace(p))),
                    inspection.OverallJudgement, inspection.ReportRecommendations, inspection.Answered,
                    inspection.Gaps.Select(g => new ReportInspectionGap(g.Number, g.Text, g.Addressee, g.Paragraphs)).ToList()),
            },
            Reviews = columns.Select(r => Review(r)!).ToList(),
            Rows = rows,
        };
    }

    /// <summary>
    /// "Plan version v3.2 of 1 March 2026 · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30 ·
    /// Judged as at 23 November 2026 (today)": on every page, so a printed page says which figures it holds.
    /// </summary>
    public static string Footer(string? planVersion, DateOnly? planDate, string? reviewLabel, DateOnly? reviewDate, string judgedOn,
        DateOnly judgedDate, DateTimeOffset generatedAt)
    {
        var parts = new List<string>
        {
            ReportWords.PlanVersion(planVersion, planDate),
            reviewLabel is null ? "No reviews yet" : $"Review: {reviewLabel} ({ReportWords.Date(reviewDate)})",
            // Invariant: in a custom format ":" is the culture's time separator, and the server's culture is not the reader's.
            $"Generated {ReportWords.Date(DateOnly.FromDateTime(generatedAt.DateTime))} {generatedAt.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            ReportWords.JudgedOn(judgedOn, judgedDate, reviewLabel),
        };
        return string.Join(" · ", parts);
    }

    private static ReportReview? Review(ReviewResponse? r) => r is null ? null : new ReportReview(r.Id, r.Label, r.ReviewDate, r.Status);

    private static ReportAverage Average(AverageFigure f) =>
        new(f.PreviousRounded, f.CurrentRounded, f.Direction, ReportWords.Direction(f.Direction), f.ScoredPrevious, f.ScoredCurrent);

    private static string VerdictText(FigureVerdict verdict) => verdict switch
    {
        FigureVerdict.Agrees => "Agrees with the scores",
        FigureVerdict.Disagrees => "Disagrees with the scores",
        _ => "Cannot be checked: kept as printed",
    };

    private static string MatchesText(string? matches) => matches switch
    {
        "overItems" => "The mean over scored items",
        "overPriorities" => "The mean of the priority figures",
        _ => "Neither",
    };

    private static ReportScaleDirection ScaleDirection(ScaleDirectionSummary direction) => direction.Reading is { } reading && !direction.Stated
        ? new ReportScaleDirection(false, null, reading.Implied, reading.Compared, reading.AgreeIfHigherIsBetter, reading.AgreeIfLowerIsBetter,
            $"The scale does not say which end is better, so a score that moved is shown as changed rather than improving or declining. {reading.Explanation}")
        : new ReportScaleDirection(true, direction.HigherIsBetter, null, 0, 0, 0,
            $"The scale says {ReportWords.Sense(direction.HigherIsBetter)}, so directions of travel are judged that way.");

    // What a row takes from the rows above it: the exports print a measure beside its priority, recommendation and action
    // and its recommendation's addressees; Numbers (kind → own number) words where an inherited lead or deadline comes from.
    private sealed record Parents(string? Priority, string? Recommendation, string? Action, IReadOnlyList<string> Addressees,
        IReadOnlyDictionary<string, string?> Numbers)
    {
        public static readonly Parents Top = new(null, null, null, [], new Dictionary<string, string?>());
    }

    private static void Walk(GridItem item, int depth, Parents parents, List<ReportRow> rows,
        IReadOnlyDictionary<(string, long), ScoredItemFacts> facts, IReadOnlyDictionary<int, ReportLevel> levels, IReadOnlyList<ReviewResponse> columns)
    {
        // The deadline, leads and owners the grid says the row answers to: its own, or where it has none the nearest row above.
        var deadline = item.Deadline ?? item.InheritedDeadline?.Deadline;
        var leads = item.Leads.Count > 0 ? item.Leads : item.InheritedLeads?.People ?? [];
        var owners = item.Owners.Count > 0 ? item.Owners : item.InheritedOwners?.People ?? [];
        var addressees = item.Kind == "recommendation" ? item.Addressees : parents.Addressees;
        var row = new ReportRow
        {
            Kind = item.Kind, Id = item.Id, Depth = depth, IsScored = item.IsScored, Reference = item.Reference, Number = item.Number,
            Text = item.Text, Addressees = addressees,
            Priority = parents.Priority, Recommendation = parents.Recommendation, Action = parents.Action,
            Leads = Names(leads), LeadsInheritedFrom = item.Leads.Count == 0 && item.InheritedLeads is { } l ? From(l.From, parents) : null,
            Owners = Names(owners), OwnersInheritedFrom = item.Owners.Count == 0 && item.InheritedOwners is { } o ? From(o.From, parents) : null,
            DeadlineText = deadline?.Text, DueBy = deadline?.DueBy,
            DeadlineInheritedFrom = item.Deadline is null && item.InheritedDeadline is { } d ? From(d.From, parents) : null,
            DeadlineToConfirm = deadline?.ToConfirm ?? [],
            DeadlineStatus = item.DeadlineStatus, DeadlineStatusText = ReportWords.DeadlineStatus(item.DeadlineStatus),
        };
        if (item.IsScored && facts.ContainsKey((item.Kind, item.Id)))
        {
            var byReview = item.Scores.ToDictionary(s => s.ReviewId);
            row = row with
            {
                Scores = columns.Select(r => byReview.TryGetValue(r.Id, out var s)
                    ? new ReportScore(r.Id, s.Level is { } v && levels.TryGetValue(v, out var level) ? level : null, s.RecordedAs,
                        s.CompleteAsPrinted, s.SourceDocument, s.SignOffStatus)
                    : null).ToList(),
                Direction = item.Direction?.Computed,
                DirectionText = item.Direction is { } direction
                    ? ReportWords.Direction(direction.Computed, direction.Override, direction.OverrideBy, direction.OverrideContradicts) : "",
                PrintedDirection = item.Direction?.Printed,
                PrintedDirectionText = item.Direction?.PrintedText,
                PrintedDirectionContradicts = item.Direction?.PrintedContradicts ?? false,
                LatestUpdate = item.LatestUpdate?.Narrative,
                LatestUpdateDate = item.LatestUpdate?.NarrativeDate,
            };
        }
        rows.Add(row);

        var label = $"{item.Number} {item.Text}".Trim();
        var below = item.Kind switch
        {
            "priority" => parents with { Priority = label },
            "recommendation" => parents with { Recommendation = label, Addressees = item.Addressees },
            "action" => parents with { Action = label },
            _ => parents,
        };
        below = below with { Numbers = new Dictionary<string, string?>(parents.Numbers) { [item.Kind] = item.Number } };
        foreach (var child in item.Children) Walk(child, depth + 1, below, rows, facts, levels, columns);
    }

    /// <summary>"action 1.1", or "the action above" when the source printed no number for it (a reference would name its parent instead).</summary>
    private static string From(string kind, Parents parents)
    {
        var word = kind == "measure" ? "success measure" : kind;
        return parents.Numbers.TryGetValue(kind, out var number) && !string.IsNullOrWhiteSpace(number) ? $"{word} {number}" : $"the {word} above";
    }

    private static string Names(IEnumerable<PersonRef> people) => string.Join(", ", people.Select(p => p.DisplayName));

    /// <summary>The exception lists: the summary's lists of items, each item worded from its row of the report.</summary>
    private sealed class ExceptionLists(PlanAnalysis analysis, SummaryResponse summary, ItemNoun noun,
        IReadOnlyDictionary<(string, long), ScoredItemFacts> facts, IReadOnlyDictionary<int, ReportLevel> levels,
        IReadOnlyDictionary<(string, long), ReportRow> rows)
    {
        /// <summary>What an empty list says when there is no review to judge; null when there is one.</summary>
        public string? NoReview { get; } = analysis.Review is not null ? null
            : analysis.AsOf is { } asOf ? $"No review had been held by {ReportWords.Date(asOf)}." : "There are no reviews yet.";

        public List<ReportException> Exceptions(LevelCount? worst)
        {
            var worstName = worst is null ? null : LevelWords.Text(worst.Value, worst.Label);
            return
            [
                Make("declining", "Declining since the last review",
                    NoReview ?? (analysis.PreviousReview is null ? "This is the first review, so nothing can have declined." : $"No {noun.Singular} declined since the last review."),
                    summary.Declining, Declined),
                Make("worstLevel", worstName is null ? "At the worst level" : $"At the worst level, {worstName}",
                    worstName is null ? "The scale does not say which end is better, so no level is the worst."
                        : NoReview ?? $"No {noun.Singular} was at {worstName}.",
                    summary.AtWorstLevel, f => $"Direction of travel: {ReportWords.Direction(f.Item.Direction?.Computed ?? Direction.NoData)}"),
                Make("overdue", "Overdue", $"No {noun.Singular} is overdue.", summary.Overdue, f => Deadline(rows.GetValueOrDefault((f.Item.Kind, f.Item.Id)))),
                Make("stale", "Stale: no score, no update, or the update copied forward", NoReview ?? $"No {noun.Singular} had a stale entry in this review.",
                    summary.Stale, f => ReportWords.Stale(f.Item.Stale)),
                Make("contradictingOverride", "Direction-of-travel overrides that contradict the scores",
                    NoReview ?? "No direction-of-travel override contradicts the scores.", summary.ContradictingOverrides, Override),
                Make("awaitingSignOff", "Marked complete, waiting for the board's sign-off", NoReview ?? $"No {noun.Singular} is waiting for sign-off.",
                    summary.AwaitingSignOff, f => analysis.Review is { } r && f.Item.Scores.FirstOrDefault(s => s.ReviewId == r.Id)?.Evidence is { Length: > 0 } e
                        ? $"Evidence: {e}" : "No evidence recorded"),
                Make("completeAsPrinted", "Complete as printed in the source, not signed off in the tracker",
                    NoReview ?? $"No {noun.Singular} is complete only as printed in a source.", summary.CompleteAsPrinted, AsPrinted),
                new ReportException
                {
                    Kind = "deadlineToConfirm", Heading = "Deadlines to confirm: dates that could be read another way",
                    EmptyText = "No deadline has a date to confirm.",
                    Items = summary.DeadlinesToConfirm.Select(d => Item(d.Kind, d.Id, $"Deadline \"{d.Text}\": {string.Join(" ", d.Reasons)}")).ToList(),
                },
                // Nothing is guessed for these, so nothing can be overdue by them: someone must rewrite them.
                new ReportException
                {
                    Kind = "deadlineNotUnderstood", Heading = "Deadlines the tracker could not understand",
                    EmptyText = "Every deadline was understood.",
                    Items = summary.DeadlinesNotUnderstood.Select(d => Item(d.Kind, d.Id, $"Deadline \"{d.Text}\": {string.Join(" ", d.Problems)}")).ToList(),
                },
            ];
        }

        public ReportException ContradictingPrintedDirections() =>
            Make("contradictingPrintedDirection", "Printed directions of travel that contradict the scores",
                NoReview ?? "No direction of travel printed in the source contradicts the scores.", summary.ContradictingPrintedDirections, Printed);

        private ReportException Make(string kind, string heading, string empty, IReadOnlyList<SummaryItem> items, Func<ScoredItemFacts, string> detail) => new()
        {
            Kind = kind, Heading = heading, EmptyText = empty,
            Items = items.Select(i => Item(i.Kind, i.Id, detail(facts[(i.Kind, i.Id)]))).ToList(),
        };

        // An item as its row of the report shows it: deadlines to confirm may sit on rows the plan does not score.
        private ReportExceptionItem Item(string kind, long id, string detail)
        {
            var row = rows[(kind, id)];
            return new ReportExceptionItem
            {
                Kind = kind, Id = id, Reference = row.Reference, Text = row.Text,
                Leads = row.Leads, LeadsInheritedFrom = row.LeadsInheritedFrom,
                Level = facts.TryGetValue((kind, id), out var f) && f.Level is { } v && levels.TryGetValue(v, out var level) ? level : null,
                LatestUpdate = row.LatestUpdate, LatestUpdateDate = row.LatestUpdateDate,
                Detail = detail,
            };
        }

        private string Declined(ScoredItemFacts f)
        {
            if (f.Item.Direction?.ComparedWithReviewId is not { } before) return "";
            var was = f.Item.Scores.FirstOrDefault(s => s.ReviewId == before);
            var label = analysis.Reviews.FirstOrDefault(r => r.Id == before)?.Label;
            var from = was?.Level is { } v && levels.TryGetValue(v, out var level) ? level.Text : "an earlier score";
            var now = f.Level is { } n && levels.TryGetValue(n, out var current) ? current.Text : "no score";
            return $"Down from {from} in {label} to {now}";
        }

        private string AsPrinted(ScoredItemFacts f)
        {
            var score = f.Item.Scores.LastOrDefault(s => s.CompleteAsPrinted);
            var label = analysis.Reviews.FirstOrDefault(r => r.Id == score?.ReviewId)?.Label;
            return score is null ? "Complete as printed in the source" : $"Complete as printed in {score.SourceDocument} ({label})";
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

        private static string Printed(ScoredItemFacts f)
        {
            var d = f.Item.Direction!;
            var printed = string.IsNullOrWhiteSpace(d.PrintedText) || string.Equals(d.PrintedText, d.Printed, StringComparison.OrdinalIgnoreCase)
                ? $"Printed as {d.Printed}" : $"Printed as \"{d.PrintedText}\" ({d.Printed})";
            return $"{printed}. The scores say {ReportWords.Direction(d.Computed).ToLowerInvariant()}.";
        }
    }
}
