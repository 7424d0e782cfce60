using System.Security.Claims;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import.Returns;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reports;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Scores;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>One item the plan scores, as a return shows it and judges it.</summary>
/// <param name="Row">The report's row for it: the reference, the leads, owners and deadline it has or inherits, as every download prints them.</param>
/// <param name="MayScore">Whether the signed-in person may save its score (a manager only for the items they lead or own).</param>
/// <param name="Answers">Whether the signed-in person's linked person answers for it (what "mine" lists).</param>
public sealed record ReturnStateItem(GridItem Item, ReportRow Row, bool MayScore, bool Answers)
{
    public GridScore? ScoreIn(long reviewId) => Item.Scores.FirstOrDefault(s => s.ReviewId == reviewId);
}

/// <summary>
/// A plan and one of its reviews as a return needs them: every scored item in plan order with its rows above spelt out
/// (the grid's and the report's own reading, so a return says what the grid says), its score in the review, and who may
/// score it by <see cref="ScoreTarget.AnsweredBySql"/>, the rule the score endpoint and "My actions" apply.
/// </summary>
public sealed class ReturnState
{
    private const string AnsweredSql = $"""
        WITH {ScoreTarget.AnsweredBySql}
        SELECT DISTINCT item_type AS ItemType, item_id AS ItemId FROM answered_by
        """;

    private sealed record Answered(string ItemType, long ItemId);

    public required PlanResponse Plan { get; init; }
    public required ReviewResponse Review { get; init; }
    public required ReviewResponse? PreviousReview { get; init; }
    public required ReturnScale Scale { get; init; }
    public required IReadOnlyList<ReturnStateItem> Items { get; init; }
    public required SignedInUser User { get; init; }

    public bool IsManager => User.Role == RoleNames.Manager;

    /// <summary>The plan and review, or 404 naming planId or reviewId.</summary>
    public static async Task<ReturnState> LoadAsync(IValidationErrors endpoint, DbConnection connection, long planId, long reviewId,
        ClaimsPrincipal principal, Clock clock, DateTimeOffset now)
    {
        var snapshot = await PlanSnapshot.LoadAsync(connection, planId);
        if (snapshot is null) endpoint.NotFound("planId", PlanData.NoSuchPlan(planId));
        if (snapshot.Reviews.All(r => r.Id != reviewId)) endpoint.NotFound("reviewId", ReviewData.NoSuchReview(planId, reviewId));
        var user = SignedInUser.From(principal);
        // An integration's client token (issue 16) has no account: a return is a person's (403, never a 500).
        if (user is null && Access.IsApplication(principal)) endpoint.Stop(StatusCodes.Status403Forbidden, AuthProblems.SessionField, Access.PeopleOnly);
        if (user is null) throw new InvalidOperationException("Every return endpoint needs a signed-in account.");

        var analysis = new PlanAnalysis(snapshot, clock.Today, reviewId);
        var rows = ReportBuilder.Build(analysis, now).Rows.Where(r => r.IsScored).ToDictionary(r => (r.Kind, r.Id));
        var answered = user.PersonId is { } personId
            ? (await connection.QueryAsync<Answered>(AnsweredSql, new { personId })).Select(a => (a.ItemType, a.ItemId)).ToHashSet()
            : [];
        var everyItem = user.Role != RoleNames.Manager;
        var items = Scored(analysis.Items)
            .Where(i => rows.ContainsKey((i.Kind, i.Id)))
            .Select(i => new ReturnStateItem(i, rows[(i.Kind, i.Id)], everyItem || answered.Contains((i.Kind, i.Id)), answered.Contains((i.Kind, i.Id))))
            .ToList();

        return new ReturnState
        {
            Plan = snapshot.Plan, Review = analysis.Review!, PreviousReview = analysis.PreviousReview,
            Scale = new ReturnScale(analysis.Scale.Levels.Select(l => new ReturnLevel(l.Value, l.Label, l.MeansComplete)).ToList()),
            Items = items, User = user,
        };
    }

    /// <summary>The scored rows of the grid's tree, in plan order.</summary>
    private static IEnumerable<GridItem> Scored(IEnumerable<GridItem> items)
    {
        foreach (var item in items)
        {
            if (item.IsScored) yield return item;
            foreach (var below in Scored(item.Children)) yield return below;
        }
    }

    /// <summary>What the tracker holds for each item now, for <see cref="ReturnJudge"/>.</summary>
    public IReadOnlyDictionary<(string, long), ReturnItemNow> Now() => Items.ToDictionary(i => (i.Item.Kind, i.Item.Id), i =>
    {
        var score = i.ScoreIn(Review.Id);
        return new ReturnItemNow(i.Item.Kind, i.Item.Id, i.Row.Reference, i.Item.Text, i.MayScore,
            score is null ? null : Entry(score), score?.Version, score?.UpdatedBy, score?.UpdatedAt, score?.SourceDocument);
    });

    public static ReturnEntry Entry(GridScore score) => ReturnEntry.Of(score.Level, score.Narrative, score.NarrativeDate, score.Evidence);
}
