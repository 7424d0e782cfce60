using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Grid;

namespace ActionPlanTracker.Features.Summary;

/// <summary>Turns a plan analysis into the board's summary. Pure: the figures come from the domain rules.</summary>
public static class PlanSummary
{
    public const string AverageMethod =
        "Averages leave out items without a score (a blank or zero is not a level). \"Over items\" is the mean of every scored row. " +
        "\"Over priorities\" is the mean of the priority figures, the way the overall figure has been worked out by hand, so a small priority weighs as much as a large one.";

    public static SummaryResponse Of(PlanAnalysis analysis)
    {
        var items = analysis.ScoredItems;
        var levels = analysis.Snapshot.Levels;
        // The worst level exists only on a scale that says which end is worse.
        var worst = analysis.HigherIsBetter switch { true => levels.FirstOrDefault(), false => levels.LastOrDefault(), null => null };
        var previousIndex = analysis.ReviewIndex - 1;

        var priorityAverages = analysis.Snapshot.Priorities
            .Select(p => new PriorityAverage(p.Id, p.Number, p.Title, Figure(analysis, items.Where(i => i.PriorityId == p.Id).ToList(), previousIndex)))
            .ToList();
        if (analysis.Snapshot.Priorities.Count > 0 && items.Any(i => i.PriorityId is null))
            priorityAverages.Add(new PriorityAverage(null, "", "Not in a priority", Figure(analysis, items.Where(i => i.PriorityId is null).ToList(), previousIndex)));

        AverageFigure? overPriorities = null;
        if (priorityAverages.Count > 0)
        {
            var previous = RollUp.MeanOverGroups(priorityAverages.Select(p => p.Figure.Previous));
            var current = RollUp.MeanOverGroups(priorityAverages.Select(p => p.Figure.Current));
            overPriorities = new AverageFigure(previous, current, RollUp.RoundForDisplay(previous), RollUp.RoundForDisplay(current),
                DirectionOfTravel.CompareAverages(previous, current, analysis.HigherIsBetter),
                priorityAverages.Count(p => p.Figure.Previous is not null), priorityAverages.Count(p => p.Figure.Current is not null));
        }

        return new SummaryResponse
        {
            PlanId = analysis.Snapshot.Plan.Id,
            PlanTitle = analysis.Snapshot.Plan.Title,
            Review = analysis.Review,
            PreviousReview = analysis.PreviousReview,
            CurrentReviewId = analysis.CurrentReview?.Id,
            IsCurrentReview = analysis.Review is not null && analysis.Review.Id == analysis.CurrentReview?.Id,
            Today = analysis.Today,
            JudgedOn = analysis.JudgedOn,
            AsOf = analysis.AsOf,
            ScaleDirection = new ScaleDirectionSummary(analysis.HigherIsBetter is not null, analysis.HigherIsBetter,
                analysis.HigherIsBetter is null ? ScaleDirectionEvidence.Read(analysis.PrintedDirections()) : null),
            ScoredItemCount = items.Count,
            LevelCounts = levels.Select(l => new LevelCount((int)l.Value, l.Label, l.Colour, l.MeansComplete == 1, items.Count(i => i.Level == l.Value))).ToList(),
            NoScoreCount = items.Count(i => i.Level is null),
            Averages = new Averages
            {
                Method = AverageMethod,
                OverItems = Figure(analysis, items, previousIndex),
                OverPriorities = overPriorities,
                Priorities = priorityAverages,
            },
            DirectionCounts = Enum.GetValues<Direction>().ToDictionary(d => d, d => items.Count(i => i.Item.Direction?.Computed == d)),
            Overdue = items.Where(i => i.Item.DeadlineStatus == DeadlineStatus.Overdue).Select(Item).ToList(),
            DueSoon = items.Where(i => i.Item.DeadlineStatus == DeadlineStatus.DueSoon).Select(Item).ToList(),
            Stale = items.Where(i => i.Item.Stale.Count > 0).Select(Item).ToList(),
            Declining = items.Where(i => i.Item.Direction?.Computed == Direction.Declining).Select(Item).ToList(),
            AtWorstLevel = worst is null ? [] : items.Where(i => i.Level == worst.Value).Select(Item).ToList(),
            ContradictingOverrides = items.Where(i => i.Item.Direction?.OverrideContradicts == true).Select(Item).ToList(),
            ContradictingPrintedDirections = items.Where(i => i.Item.Direction?.PrintedContradicts == true).Select(Item).ToList(),
            CompleteAsPrinted = items.Where(i => i.CompleteAsPrinted).Select(Item).ToList(),
            Addressees = AddresseeCounts(analysis),
            Inspection = Coverage(analysis.Snapshot),
            AwaitingSignOff = items.Where(i => i.SignOffStatus == "pending").Select(Item).ToList(),
            ReportedAverages = ReportedChecks(analysis, Figure(analysis, items, previousIndex), overPriorities, priorityAverages),
            PrintedFigures = PrintedFigureChecks(analysis),
            DeadlinesNotUnderstood = Flatten(analysis.Items)
                .Where(i => i.Deadline is { Problems.Count: > 0 })
                .Select(i => new DeadlineNotUnderstood(i.Kind, i.Id, i.Reference, i.Deadline!.Text, i.Deadline.Problems)).ToList(),
            DeadlinesToConfirm = Flatten(analysis.Items)
                .Where(i => i.Deadline is { ToConfirm.Count: > 0 })
                .Select(i => new DeadlineToConfirm(i.Kind, i.Id, i.Reference, i.Deadline!.Text, i.Deadline.ToConfirm)).ToList(),
        };
    }

    // A gap is a report recommendation that no plan item answers, in this plan or another plan answering the inspection.
    private static InspectionCoverageSummary? Coverage(PlanSnapshot snapshot) => snapshot.Inspection is not { } inspection ? null
        : new InspectionCoverageSummary(inspection.Id, inspection.Inspectorate, inspection.Kind, inspection.Title, inspection.OverallJudgement,
            snapshot.ReportRecommendations.Count, snapshot.ReportRecommendations.Count(r => r.Answered > 0),
            snapshot.ReportRecommendations.Where(r => r.Answered == 0)
                .Select(r => new InspectionGap(r.Id, r.Number, r.Text, r.Addressee, r.Paragraphs)).ToList());

    // Counted over the recommendations (and the scored rows beneath them), so a plan scored at action or measure level can
    // still say how much of its work answers the safeguarding partnership rather than the local authority.
    private static List<AddresseeCount> AddresseeCounts(PlanAnalysis analysis)
    {
        var recommendations = Flatten(analysis.Items).Where(i => i.Kind == "recommendation").ToList();
        if (recommendations.All(r => r.Addressees.Count == 0)) return [];
        var scoredUnder = recommendations.ToDictionary(r => r.Id, r => Flatten([r]).Count(i => i.IsScored));
        return recommendations
            .SelectMany(r => r.Addressees.Count == 0 ? [(Name: "(none)", r.Id)] : r.Addressees.Select(a => (Name: a, r.Id)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new AddresseeCount(g.First().Name, g.Select(x => x.Id).Distinct().Count(), g.Select(x => x.Id).Distinct().Sum(id => scoredUnder[id])))
            .OrderByDescending(c => c.Recommendations).ThenBy(c => c.Addressee, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static IEnumerable<GridItem> Flatten(IEnumerable<GridItem> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Children)));

    private static List<ReportedAverageCheck> ReportedChecks(PlanAnalysis analysis, AverageFigure overItems, AverageFigure? overPriorities,
        IReadOnlyList<PriorityAverage> priorities)
    {
        if (analysis.Review is null) return [];
        var checks = new List<ReportedAverageCheck>();
        foreach (var printed in analysis.Snapshot.ReportedAverages.Where(r => r.ReviewId == analysis.Review.Id).OrderBy(r => r.PriorityId ?? 0))
        {
            var priority = priorities.FirstOrDefault(p => p.PriorityId == printed.PriorityId && printed.PriorityId is not null);
            var scope = printed.PriorityId is null ? "Whole plan" : PriorityScope(priority?.Number, priority?.Title);
            var byItems = printed.PriorityId is null ? overItems.CurrentRounded : priority?.Figure.CurrentRounded;
            var byPriorities = printed.PriorityId is null ? overPriorities?.CurrentRounded : null;
            string? matches = !RollUp.TypedFigureDisagrees(printed.Value, byItems) ? "overItems"
                : byPriorities is not null && !RollUp.TypedFigureDisagrees(printed.Value, byPriorities) ? "overPriorities" : null;
            var explanation = matches switch
            {
                "overItems" => $"{Show(printed.Value)} agrees with the scores (mean over scored items).",
                "overPriorities" => $"{Show(printed.Value)} agrees with the mean of the priority figures; the mean over scored items is {Show(byItems)}.",
                _ when byItems is null => $"{Show(printed.Value)} was printed, but no item has a score in this review.",
                _ => $"{Show(printed.Value)} was printed, but the scores give {Show(byItems)}" +
                     (byPriorities is null ? "." : $" over scored items and {Show(byPriorities)} over priorities."),
            };
            checks.Add(new ReportedAverageCheck(printed.Id, printed.PriorityId, scope, printed.Value, printed.Source,
                byItems, byPriorities, matches, matches is null, explanation));
        }
        return checks;
    }

    private static List<PrintedFigureCheck> PrintedFigureChecks(PlanAnalysis analysis)
    {
        if (analysis.Review is null) return [];
        var priorities = analysis.Snapshot.Priorities.ToDictionary(p => p.Id);
        var checks = new List<PrintedFigureCheck>();
        foreach (var printed in analysis.Snapshot.PrintedFigures.Where(f => f.ReviewId == analysis.Review.Id))
        {
            // An unnumbered priority (a campaign's outcome) is named by its words, never taken for the whole plan.
            var priority = printed.PriorityId is { } pid ? priorities.GetValueOrDefault(pid) : null;
            var scope = priority is null ? "Whole plan" : PriorityScope(priority.Number, priority.Title);
            var items = analysis.ScoredItems.Where(i => printed.PriorityId is null || i.PriorityId == printed.PriorityId).ToList();
            var level = printed.Level is { } value ? analysis.Snapshot.Levels.FirstOrDefault(l => l.Value == value) : null;
            var kind = Domain.PrintedFigures.KindFrom(printed.Kind) ?? FigureKind.Other;
            var check = Domain.PrintedFigures.Check(
                new PrintedFigure(kind, (int?)printed.Level, printed.Label, printed.ValueText, printed.Value, printed.Source),
                new FigureScope(items.Select(i => i.Level).ToList(), level is null ? null : LevelWords.Text((int)level.Value, level.Label),
                    priority is null ? "in the whole plan" : $"in {char.ToLowerInvariant(scope[0])}{scope[1..]}"));
            checks.Add(new PrintedFigureCheck(printed.Id, printed.PriorityId, scope, printed.Kind,
                (int?)printed.Level, printed.Label, printed.ValueText, printed.Value, printed.Claims, printed.Source,
                check.Computed, check.Verdict, check.Explanation));
        }
        return checks;
    }

    /// <summary>"Priority 2", or for a priority printed without a number its title: "Priority \"Foster carers stay with us\"".</summary>
    private static string PriorityScope(string? number, string? title) =>
        number is { Length: > 0 } ? $"Priority {number}" : $"Priority \"{title}\"";

    private static string Show(double? value) => value?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "no figure";

    private static AverageFigure Figure(PlanAnalysis analysis, IReadOnlyList<ScoredItemFacts> items, int previousIndex)
    {
        var previousLevels = items.Select(i => analysis.LevelAt(i, previousIndex)).ToList();
        var previous = RollUp.MeanOverItems(previousLevels);
        var current = RollUp.MeanOverItems(items.Select(i => i.Level));
        return new AverageFigure(previous, current, RollUp.RoundForDisplay(previous), RollUp.RoundForDisplay(current),
            DirectionOfTravel.CompareAverages(previous, current, analysis.HigherIsBetter),
            previousLevels.Count(l => l is not null), items.Count(i => i.Level is not null));
    }

    private static SummaryItem Item(ScoredItemFacts facts)
    {
        var item = facts.Item;
        return new SummaryItem
        {
            Kind = item.Kind,
            Id = item.Id,
            Reference = item.Reference,
            Text = item.Text,
            Leads = facts.AnsweringLeads.Select(l => l.DisplayName).ToList(),
            Level = facts.Level,
            LevelLabel = item.Scores.FirstOrDefault(s => s.Level == facts.Level)?.Label,
            Deadline = item.Deadline?.Text,
            DeadlineStatus = item.DeadlineStatus,
            Direction = item.Direction?.Computed,
            DirectionOverride = item.Direction?.Override,
            DirectionOverrideReason = item.Direction?.OverrideReason,
            PrintedDirection = item.Direction?.Printed,
            PrintedDirectionText = item.Direction?.PrintedText,
            StaleReasons = item.Stale,
            LatestUpdate = item.LatestUpdate,
        };
    }
}
