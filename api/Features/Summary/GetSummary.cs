using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Reviews;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Summary;

public sealed record SummaryRequest
{
    public long PlanId { get; init; }
    /// <summary>The review to summarise; the current review when absent. A past review is judged as at its own date unless asOf says otherwise.</summary>
    [QueryParam] public long? ReviewId { get; init; }
    /// <summary>Judge the plan as it stood on this date (yyyy-MM-dd): reviews held after it are left out and overdue is judged on it.</summary>
    [QueryParam] public DateOnly? AsOf { get; init; }
}

/// <summary>What the improvement board asks each cycle: what moved, what is red, overdue or stale, who must explain.</summary>
public sealed record SummaryResponse
{
    public long PlanId { get; init; }
    public string PlanTitle { get; init; } = "";
    /// <summary>The review summarised; null when the plan has no reviews yet.</summary>
    public ReviewResponse? Review { get; init; }
    public ReviewResponse? PreviousReview { get; init; }
    public long? CurrentReviewId { get; init; }
    public bool IsCurrentReview { get; init; }
    /// <summary>The date overdue and due soon were judged on.</summary>
    public DateOnly Today { get; init; }
    /// <summary>Why that date: today, asOf (asked for), or reviewDate (a past review is judged as at its own meeting).</summary>
    public string JudgedOn { get; init; } = "today";
    /// <summary>The asOf date asked for, if any.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>Whether the scale says which end is better; when it does not, what the printed directions of travel imply.</summary>
    public required ScaleDirectionSummary ScaleDirection { get; init; }
    public int ScoredItemCount { get; init; }
    public IReadOnlyList<LevelCount> LevelCounts { get; init; } = [];
    /// <summary>Scored items with no score in this review (no row, or explicitly no score).</summary>
    public int NoScoreCount { get; init; }
    public required Averages Averages { get; init; }
    public IReadOnlyDictionary<Direction, int> DirectionCounts { get; init; } = new Dictionary<Direction, int>();
    public IReadOnlyList<SummaryItem> Overdue { get; init; } = [];
    public IReadOnlyList<SummaryItem> DueSoon { get; init; } = [];
    public IReadOnlyList<SummaryItem> Stale { get; init; } = [];
    public IReadOnlyList<SummaryItem> Declining { get; init; } = [];
    /// <summary>Items at the scale's worst level (red) in this review.</summary>
    public IReadOnlyList<SummaryItem> AtWorstLevel { get; init; } = [];
    /// <summary>Direction-of-travel overrides that say something the scores do not.</summary>
    public IReadOnlyList<SummaryItem> ContradictingOverrides { get; init; } = [];
    /// <summary>Directions of travel printed in the source for this review that say something the scores do not.</summary>
    public IReadOnlyList<SummaryItem> ContradictingPrintedDirections { get; init; } = [];
    /// <summary>Items complete as printed in a source document (not signed off in the tracker).</summary>
    public IReadOnlyList<SummaryItem> CompleteAsPrinted { get; init; } = [];
    /// <summary>The inspection the plan answers: how many of its report's recommendations are answered, and the gaps; null when the plan answers none.</summary>
    public InspectionCoverageSummary? Inspection { get; init; }
    /// <summary>Scored items counted by who the recommendation above them is addressed to ("(none)" when it names nobody); empty when no recommendation names an addressee.</summary>
    public IReadOnlyList<AddresseeCount> Addressees { get; init; } = [];
    /// <summary>Items marked complete in this review whose evidence waits for the board's sign-off.</summary>
    public IReadOnlyList<SummaryItem> AwaitingSignOff { get; init; } = [];
    /// <summary>Averages as printed for this review, each checked against the scores.</summary>
    public IReadOnlyList<ReportedAverageCheck> ReportedAverages { get; init; } = [];
    /// <summary>Other figures printed for this review (counts and percentages at a level, item counts), each checked against the scores.</summary>
    public IReadOnlyList<PrintedFigureCheck> PrintedFigures { get; init; } = [];
    /// <summary>Deadlines anywhere in the plan that could not be understood, kept as written; nothing was guessed for them.</summary>
    public IReadOnlyList<DeadlineNotUnderstood> DeadlinesNotUnderstood { get; init; } = [];
    /// <summary>
    /// Deadlines anywhere in the plan whose date was read one way but could have been meant another (01/02/2018 read day
    /// first, 01/16/2018 read month first), so someone should confirm or rewrite them; their due dates count meanwhile.
    /// </summary>
    public IReadOnlyList<DeadlineToConfirm> DeadlinesToConfirm { get; init; } = [];
    /// <summary>
    /// The performance scorecard beside the exceptions: counts by RAG and the indicators off target (red, amber) or getting
    /// worse (declining since the previous period), as at the latest month ended by the date judged on; null when the plan has no indicators.
    /// </summary>
    public SummaryIndicators? Indicators { get; init; }
}

/// <summary>The scorecard's read model in brief, for the dashboard (docs/api.md, "The summary's indicators").</summary>
public sealed record SummaryIndicators
{
    /// <summary>YYYY-MM: the scorecard period the figures run to.</summary>
    public string AsOf { get; init; } = "";
    /// <summary>"September 2025".</summary>
    public string AsOfLabel { get; init; } = "";
    /// <summary>How many indicators the plan has.</summary>
    public int Total { get; init; }
    public Scorecard.ScorecardCounts Counts { get; init; } = new();
    /// <summary>Red first, then amber, then those only getting worse; the plan's order within each.</summary>
    public IReadOnlyList<SummaryIndicator> OffTargetOrWorse { get; init; } = [];
}

/// <summary>An indicator off target or getting worse: its latest figure and target as displayed, RAG and direction as the read model gives them.</summary>
public sealed record SummaryIndicator
{
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>The latest period's label ("September 2025"); null when nothing was entered.</summary>
    public string? Period { get; init; }
    /// <summary>"87.5%", or the state in words ("Being collated").</summary>
    public string Latest { get; init; } = "";
    /// <summary>"90.0%"; null when there is no target.</summary>
    public string? Target { get; init; }
    [OpenApi.OneOf(typeof(Domain.Scorecard.ScorecardWords), nameof(Domain.Scorecard.ScorecardWords.Rags))]
    public string Rag { get; init; } = "";
    /// <summary>Against the previous period.</summary>
    [OpenApi.OneOf(typeof(Domain.Scorecard.ScorecardWords), nameof(Domain.Scorecard.ScorecardWords.Directions))]
    public string Direction { get; init; } = "";
    public string RagSentence { get; init; } = "";
    public string DirectionSentence { get; init; } = "";
    /// <summary>What a ratio indicator's numerator counts ("plans reviewed within timescales"); null when not said.</summary>
    public string? NumeratorLabel { get; init; }
    /// <summary>What its denominator counts; null when not said.</summary>
    public string? DenominatorLabel { get; init; }
    /// <summary>The latest period's numerator, when it was entered as two counts; null otherwise.</summary>
    public double? Numerator { get; init; }
    /// <summary>The latest period's denominator, when it was entered as two counts.</summary>
    public double? Denominator { get; init; }
    /// <summary>The year to date as displayed ("86.3%"); null when there is none.</summary>
    public string? YearToDate { get; init; }
    /// <summary>The ratio rule's year to date: the sum of the counted periods' numerators; null otherwise.</summary>
    public double? YearToDateNumerator { get; init; }
    /// <summary>The sum of the counted periods' denominators.</summary>
    public double? YearToDateDenominator { get; init; }
}

/// <summary>
/// A printed figure beside the figures worked out from the scores. It agrees when it equals either figure to one decimal
/// (councils have printed both kinds of overall mean); Matches says which.
/// </summary>
public sealed record ReportedAverageCheck(long Id, long? PriorityId, string Scope, double Printed, string? Source,
    double? OverItems, double? OverPriorities, string? Matches, bool Disagrees, string Explanation);

/// <summary>
/// A figure printed for this review beside what the scores give (docs/domain-rules.md, "Printed figures"). Verdict is
/// agrees, disagrees, or cannotCheck (kind other, or a value that is not a number); Computed is null when nothing could be worked out.
/// </summary>
public sealed record PrintedFigureCheck(long Id, long? PriorityId, string Scope, string Kind, int? Level, string Label, string ValueText,
    double? Value, string? Claims, string? Source, double? Computed, FigureVerdict Verdict, string Explanation);

public sealed record DeadlineNotUnderstood(string Kind, long Id, string Reference, string Text, IReadOnlyList<string> Problems);

/// <summary>The inspection a plan answers, and its report's recommendations that no plan item answers yet (gaps).</summary>
public sealed record InspectionCoverageSummary(long Id, string Inspectorate, string? Kind, string? Title, string? OverallJudgement,
    int ReportRecommendations, int Answered, IReadOnlyList<InspectionGap> Gaps);

/// <summary>A report recommendation answered by no plan item, as the report prints it.</summary>
public sealed record InspectionGap(long Id, string? Number, string Text, string? Addressee, string? Paragraphs);

public sealed record AddresseeCount(string Addressee, int Recommendations, int ScoredItems);

/// <summary>Stated: the scale says which end is better (HigherIsBetter). When not stated, Reading says what the printed directions imply.</summary>
public sealed record ScaleDirectionSummary(bool Stated, bool? HigherIsBetter, ActionPlanTracker.Domain.ScaleDirectionReading? Reading);

/// <summary>A deadline as written, with why a person should confirm the date the tracker took from it.</summary>
public sealed record DeadlineToConfirm(string Kind, long Id, string Reference, string Text, IReadOnlyList<string> Reasons);

public sealed record LevelCount(int Value, string Label, string? Colour, bool MeansComplete, int Count);

public sealed record Averages
{
    /// <summary>How the figures are worked out, in words for the reader of a report.</summary>
    public string Method { get; init; } = "";
    /// <summary>Mean of every scored row (items without a score are left out).</summary>
    public required AverageFigure OverItems { get; init; }
    /// <summary>Mean of the priority figures, as councils have worked it out by hand; null for plans without priorities.</summary>
    public AverageFigure? OverPriorities { get; init; }
    public IReadOnlyList<PriorityAverage> Priorities { get; init; } = [];
}

/// <summary>An average at the previous and at this review, unrounded and to one decimal, with its direction.</summary>
public sealed record AverageFigure(double? Previous, double? Current, double? PreviousRounded, double? CurrentRounded,
    Direction Direction, int ScoredPrevious, int ScoredCurrent);

public sealed record PriorityAverage(long? PriorityId, string? Number, string Title, AverageFigure Figure);

public sealed record SummaryItem
{
    public string Kind { get; init; } = "";
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Leads { get; init; } = [];
    public int? Level { get; init; }
    public string? LevelLabel { get; init; }
    public string? Deadline { get; init; }
    public DeadlineStatus? DeadlineStatus { get; init; }
    public Direction? Direction { get; init; }
    public string? DirectionOverride { get; init; }
    public string? DirectionOverrideReason { get; init; }
    /// <summary>The direction the source printed for this review, and the words as printed.</summary>
    public string? PrintedDirection { get; init; }
    public string? PrintedDirectionText { get; init; }
    public IReadOnlyList<StaleReason> StaleReasons { get; init; } = [];
    public GridUpdate? LatestUpdate { get; init; }
}

public sealed class GetSummary(Database database, Clock clock, ReadCache cache, SharedSnapshots snapshots, IOptions<JsonOptions> json, TrackerSettings settings)
    : Endpoint<SummaryRequest, SummaryResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/summary");
        Roles(Allowed.Readers);
        Description(b => b.Produces<SummaryResponse>(200).Produces(304).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "A plan at one review: counts per level, averages now and before, direction of travel, and the exceptions";
            s.Description = "Averages leave out items without a score. Exceptions: overdue, due soon, stale (no score, no update, or the update copied forward), " +
                            "declining, at the scale's worst level, and direction-of-travel overrides that contradict the scores. " +
                            "Without asOf the response is kept per version of the plan: it carries a strong ETag and Cache-Control: private, no-cache, is sent gzip or br when Accept-Encoding allows (Vary: Accept-Encoding), and If-None-Match with its ETag is answered 304 with no body while the plan is unchanged.";
        });
    }

    public sealed class Validator : Validator<SummaryRequest>
    {
        public Validator() => RuleFor(r => r.AsOf).Must(AsOfDates.InRange).WithMessage(AsOfDates.OutOfRange);
    }

    public override async Task HandleAsync(SummaryRequest request, CancellationToken ct)
    {
        var today = clock.Today;
        if (request.AsOf is null)
        {
            // Kept per version of the plan and review asked for (ReadCache), like the grid.
            long? version;
            await using (var connection = await database.OpenAsync(ct)) version = await ReadCache.VersionAsync(connection, request.PlanId);
            if (version is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
            var key = new ReadCache.Key("summary", request.PlanId, request.ReviewId);
            var kept = await cache.GetAsync(key, version.Value, today, () => BuildAsync(key, version.Value, today), Writers.CallerOf(User));
            if (kept.Refusal is { } refusal) this.NotFound(refusal.Field, refusal.Message);
            await KeptResponses.SendAsync(this, kept, version.Value, ct);
            return;
        }

        await using var reader = await database.OpenAsync(ct);
        var snapshot = await PlanSnapshot.LoadAsync(reader, request.PlanId);
        if (snapshot is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        if (request.ReviewId is { } reviewId && snapshot.Reviews.All(r => r.Id != reviewId))
            this.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, reviewId));

        var analysis = new PlanAnalysis(snapshot, today, request.ReviewId, request.AsOf);
        if (request.ReviewId is { } asked && analysis.Review is null)
            this.Invalid("reviewId", $"That review was held after {request.AsOf:yyyy-MM-dd}, so it is not part of the plan as it stood then.");
        var scorecard = await Scorecard.ScorecardSnapshot.LoadAsync(reader, request.PlanId);
        var body = JsonSerializer.SerializeToUtf8Bytes(WithIndicators(PlanSummary.Of(analysis), scorecard, analysis.Today, today), json.Value.SerializerOptions);
        await Send.BytesAsync(body, contentType: KeptResponses.ContentType, cancellation: ct);
    }

    /// <summary>
    /// Runs once per version however many readers wait on it, so it takes no request's cancellation; reads the plan only
    /// when the grid's build has not just read it at this version (SharedSnapshots), and reuses its analysis for the current review.
    /// </summary>
    private async Task<Kept> BuildAsync(ReadCache.Key key, long version, DateOnly today)
    {
        var shared = await snapshots.LoadAsync(key.PlanId, version, today);
        if (shared is null) return Kept.Refused(key, "planId", PlanData.NoSuchPlan(key.PlanId));
        var snapshot = shared.Snapshot;
        if (key.ReviewId is { } reviewId && snapshot.Reviews.All(r => r.Id != reviewId))
            return Kept.Refused(key, "reviewId", ReviewData.NoSuchReview(key.PlanId, reviewId));
        var analysis = key.ReviewId is null ? shared.Current : new PlanAnalysis(snapshot, today, key.ReviewId, null);
        await using var connection = await database.OpenAsync();
        var scorecard = await Scorecard.ScorecardSnapshot.LoadAsync(connection, key.PlanId);
        SummaryResponse summary;
        lock (analysis) summary = WithIndicators(PlanSummary.Of(analysis), scorecard, analysis.Today, today);
        // Kept under the older of the two versions read, so a save between the two reads is never hidden.
        var keptVersion = Math.Min(snapshot.DataVersion, scorecard?.PlanVersion ?? snapshot.DataVersion);
        return Kept.Of(key, keptVersion, today, JsonSerializer.SerializeToUtf8Bytes(summary, json.Value.SerializerOptions));
    }

    /// <summary>The scorecard's block, from the read model as the report's section takes it (the latest month ended by the date judged on).</summary>
    private SummaryResponse WithIndicators(SummaryResponse summary, Scorecard.ScorecardSnapshot? snapshot, DateOnly judgedOn, DateOnly today)
    {
        if (snapshot is null) return summary;
        var scorecard = Reports.ScorecardReportWords.Read(snapshot, judgedOn, today, settings.Scorecard.YearStartMonth);
        if (scorecard is null) return summary;
        static int Order(string rag) => rag switch { "red" => 0, "amber" => 1, _ => 2 };
        return summary with
        {
            Indicators = new SummaryIndicators
            {
                AsOf = scorecard.AsOf, AsOfLabel = scorecard.AsOfLabel, Total = scorecard.Indicators.Count, Counts = scorecard.Counts,
                OffTargetOrWorse = scorecard.Indicators
                    .Where(i => Reports.ScorecardReportWords.NeedsAttention(i.Rag, i.FromPrevious.Direction))
                    .OrderBy(i => Order(i.Rag))
                    // The latest period's counts are its series entry's, as the report's section takes them.
                    .Select(i => (i, Latest: i.Latest is { Value: not null } l ? i.Series.LastOrDefault(p => p.Period == l.Period) : null))
                    .Select(x => new SummaryIndicator
                    {
                        NumeratorLabel = x.i.NumeratorLabel, DenominatorLabel = x.i.DenominatorLabel,
                        Numerator = x.Latest?.Numerator, Denominator = x.Latest?.Denominator,
                        YearToDate = x.i.YearToDate?.Display,
                        YearToDateNumerator = x.i.YearToDate?.Numerator, YearToDateDenominator = x.i.YearToDate?.Denominator,
                        Id = x.i.Id, Reference = x.i.Reference, Name = x.i.Name, Period = x.i.Latest?.Label, Latest = x.i.Latest?.Display ?? "No figure yet",
                        Target = x.i.Target?.Display, Rag = x.i.Rag, Direction = x.i.FromPrevious.Direction, RagSentence = x.i.RagSentence,
                        DirectionSentence = x.i.FromPrevious.Sentence,
                    }).ToList(),
            },
        };
    }
}
