using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.MyItems;

public sealed record MyItemsRequest
{
    /// <summary>Judge overdue and due soon as on this date (yyyy-MM-dd) instead of today; the items and reviews are today's.</summary>
    [QueryParam] public DateOnly? AsOf { get; init; }
}

public sealed class GetMyItems(Database database, Clock clock) : Endpoint<MyItemsRequest, MyItemsResponse>
{
    public sealed class Validator : Validator<MyItemsRequest>
    {
        public Validator() => RuleFor(r => r.AsOf).Must(AsOfDates.InRange).WithMessage(AsOfDates.OutOfRange);
    }

    public override void Configure()
    {
        Get("/my-items");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<MyItemsResponse>(200).ProducesProblemDetails(400).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Every item the signed-in person must update in each active plan's open review";
            s.Description = "The items the account's linked person leads or owns (the rule that lets a manager save a score), at each " +
                            "active plan's score level, with this review's score and version, the previous review's score, the scale's " +
                            "levels and whether the item still needs an update. An account not linked to a person gets an empty list " +
                            "with reason noPersonLinked.";
        });
    }

    public override async Task HandleAsync(MyItemsRequest request, CancellationToken ct)
    {
        var today = request.AsOf ?? clock.Today;
        if (SignedInUser.From(User)?.PersonId is not { } personId)
        {
            await Send.OkAsync(new MyItemsResponse { Reason = MyItemsEmptyReason.NoPersonLinked, Today = today, AsOf = request.AsOf }, ct);
            return;
        }

        await using var connection = await database.OpenAsync(ct);
        var (rows, scales) = await MyItemsData.LoadAsync(connection, personId);

        var plans = rows.Where(r => r.CurrentReviewId is not null).GroupBy(r => r.PlanId).Select(g =>
        {
            var first = g.First();
            var items = g.Select(r => Item(r, today)).ToList();
            return new MyItemsPlan
            {
                PlanId = first.PlanId, PlanTitle = first.PlanTitle, ScoreLevel = first.ScoreLevel, Scale = scales[first.ScaleId],
                Review = new MyItemsReview(first.CurrentReviewId!.Value, first.CurrentReviewLabel!, first.CurrentReviewDate),
                PreviousReview = first.PreviousReviewId is { } previousId
                    ? new MyItemsReview(previousId, first.PreviousReviewLabel!, first.PreviousReviewDate) : null,
                ItemCount = items.Count, NeedsUpdateCount = items.Count(i => i.NeedsUpdate), Items = items,
            };
        }).ToList();
        var waiting = rows.Where(r => r.CurrentReviewId is null).GroupBy(r => r.PlanId)
            .Select(g => new MyItemsWaitingPlan(g.Key, g.First().PlanTitle, g.Count())).ToList();

        await Send.OkAsync(new MyItemsResponse { PersonId = personId, Today = today, AsOf = request.AsOf, Plans = plans, PlansWithoutOpenReview = waiting }, ct);
    }

    /// <summary>One row as "My actions" shows it; the reminder emails (Features/Mail) judge "needs an update" by it too.</summary>
    internal static MyItem Item(MyItemsData.ItemRow row, DateOnly today)
    {
        // The same rules the grid applies to the same row: staleness against the previous review's update, and the
        // deadline (as written or inherited) judged against today, where a signed-off completion counts as done.
        var stale = Staleness.For(row.Score?.Level, row.Score?.Narrative, row.PreviousReviewId is null ? null : row.PreviousNarrative);
        var complete = row.IsComplete == true;
        var deadlineStatus = row.DeadlineText is null
            ? (complete ? DeadlineStatus.Completed : DeadlineStatus.NoDate)
            : DeadlineStatusRule.For(DeadlineParser.Parse(row.DeadlineText), today, complete);
        var reference = string.Join(" / ", new[] { row.PriorityNumber, row.RecommendationNumber, row.ActionCode, row.MeasureNumber }
            .Where(part => !string.IsNullOrEmpty(part)));

        return new MyItem
        {
            ItemType = row.ItemType, ItemId = row.ItemId, Reference = reference, Text = row.Text,
            DeadlineText = row.DeadlineText, DeadlineStatus = deadlineStatus,
            Why = row.Reasons.Split(',').Select(r => Enum.Parse<MyItemReason>(r, ignoreCase: true)).Distinct().Order().ToList(),
            Score = row.Score,
            Previous = row.PreviousScoreId is null ? null : new MyItemPreviousScore(row.PreviousReviewId!.Value, row.PreviousReviewLabel!,
                row.PreviousLevel, row.PreviousLevelLabel, row.PreviousRecordedAs, row.PreviousNarrative, row.PreviousNarrativeDate),
            Stale = stale,
            NeedsUpdate = stale.Count > 0 || row.Score?.SignOffStatus == "rejected",
        };
    }
}
