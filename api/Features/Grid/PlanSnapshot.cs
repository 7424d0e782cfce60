using ActionPlanTracker.Data;
using System.Data;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// Everything stored about one plan, read in one round trip (one batch of SELECTs) and stitched in memory:
/// the grid, the summary and the reports are all views of this, so they can never disagree.
/// </summary>
public sealed class PlanSnapshot
{
    public required PlanResponse Plan { get; init; }
    /// <summary>The plan's version (plan_versions, db/0027) when this was read: see <see cref="ReadCache"/>.</summary>
    public required long DataVersion { get; init; }
    /// <summary>Null when the source never said which end of the scale is good.</summary>
    public required bool? HigherIsBetter { get; init; }
    public required IReadOnlyList<LevelRow> Levels { get; init; }
    public required IReadOnlyList<ReviewResponse> Reviews { get; init; }
    public required IReadOnlyList<PriorityRow> Priorities { get; init; }
    public required IReadOnlyList<RecommendationRow> Recommendations { get; init; }
    public required IReadOnlyList<AddresseeRow> Addressees { get; init; }
    public required IReadOnlyList<ActionRow> Actions { get; init; }
    public required IReadOnlyList<MeasureRow> Measures { get; init; }
    /// <summary>Leads and owners of every recommendation, action and measure, by (kind, id).</summary>
    public required IReadOnlyDictionary<(string Kind, long ItemId), ItemPeopleLists> People { get; init; }
    public required IReadOnlyList<ScoreRow> Scores { get; init; }
    public required IReadOnlyList<ReportedAverageRow> ReportedAverages { get; init; }
    /// <summary>The inspection the plan answers, or null.</summary>
    public InspectionRow? Inspection { get; init; }
    /// <summary>That inspection's report recommendations in printed order, each with how many plan items (of any plan) answer it.</summary>
    public IReadOnlyList<ReportRecommendationRow> ReportRecommendations { get; init; } = [];
    /// <summary>Links from those report recommendations to this plan's items.</summary>
    public IReadOnlyList<ReportLinkRow> ReportLinks { get; init; } = [];
    /// <summary>Every entry of every item's update log, in log order.</summary>
    public IReadOnlyList<UpdateRow> Updates { get; init; } = [];
    /// <summary>Figures printed in the plan or board reports other than averages (counts, percentages, ...).</summary>
    public IReadOnlyList<PrintedFigureRow> PrintedFigures { get; init; } = [];

    public sealed record LevelRow(long Id, long Value, string Label, string? Meaning, string? Colour, long MeansComplete);
    public sealed record PriorityRow(long Id, string? Number, string Title, string? OutcomeStatement, long Version);
    public sealed record RecommendationRow(long Id, long? PriorityId, string? Number, string Text, string? JudgementArea,
        string? SourceParagraphs, string? DeadlineText, long Version);
    public sealed record AddresseeRow(long RecommendationId, string Addressee);
    public sealed record ActionRow(long Id, long? RecommendationId, long? PriorityId, string? Code, string Description,
        string? SourceReference, string? DeadlineText, long Version);
    public sealed record MeasureRow(long Id, long ActionId, string? Number, string Text, string? DeadlineText, long Version);
    public sealed record ScoreRow(long Id, long ReviewId, long? RecommendationId, long? ActionId, long? MeasureId, long? LevelId,
        string? RecordedAs, string? Narrative, string? NarrativeDate, string? DirectionOverride, string? DirectionOverrideReason,
        string? DirectionOverrideBy, string? DirectionOverrideAt, string? Evidence, string? SignOffStatus, string? SignOffBy,
        string? SignOffAt, string? SourceDocument, string? PrintedDirection, string? PrintedDirectionText,
        string UpdatedBy, string UpdatedAt, long Version);

    public sealed record ReportedAverageRow(long Id, long ReviewId, long? PriorityId, double Value, string? Source);

    public sealed record InspectionRow(long Id, string Inspectorate, string? Kind, string? Title, string? OverallJudgement);
    // Properties rather than a positional record: an empty result gives the computed column no declared type, and Dapper
    // would look for a constructor taking a byte[].
    public sealed record ReportRecommendationRow
    {
        public long Id { get; init; }
        public string? Number { get; init; }
        public string Text { get; init; } = "";
        public string? Addressee { get; init; }
        public string? Paragraphs { get; init; }
        /// <summary>How many plan items, of any plan answering the inspection, answer it.</summary>
        public long Answered { get; init; }
    }
    public sealed record ReportLinkRow(long ReportRecommendationId, string? ReportNumber, long? RecommendationId, long? ActionId, long? PriorityId);

    public sealed record UpdateRow(long Id, long? RecommendationId, long? ActionId, long? MeasureId, long? ReviewId, string? WrittenOn,
        string Text, string? Author, long Position, string EnteredBy);

    public sealed record PrintedFigureRow(long Id, long? ReviewId, long? PriorityId, string Kind, long? Level, string Label, string ValueText,
        double? Value, string? Claims, string? Source);

    private const string Sql = """
        SELECT coalesce((SELECT version FROM plan_versions WHERE plan_id = @planId), 0);

        SELECT s.higher_is_better FROM plans p JOIN rating_scales s ON s.id = p.scale_id WHERE p.id = @planId;

        SELECT l.id AS Id, l.value AS Value, l.label AS Label, l.meaning AS Meaning, l.colour AS Colour, l.means_complete AS MeansComplete
        FROM scale_levels l JOIN plans p ON p.scale_id = l.scale_id WHERE p.id = @planId ORDER BY l.value;

        SELECT id AS Id, plan_id AS PlanId, label AS Label, review_date AS ReviewDate, reviewer AS Reviewer, status AS Status,
               updates_due_by AS UpdatesDueBy, sort_order AS Position, row_version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM reviews WHERE plan_id = @planId ORDER BY sort_order, id;

        SELECT id AS Id, number AS Number, title AS Title, outcome_statement AS OutcomeStatement, row_version AS Version
        FROM priorities WHERE plan_id = @planId ORDER BY sort_order, id;

        SELECT id AS Id, priority_id AS PriorityId, number AS Number, text AS Text, judgement_area AS JudgementArea,
               source_paragraphs AS SourceParagraphs, deadline_text AS DeadlineText, row_version AS Version
        FROM recommendations WHERE plan_id = @planId ORDER BY sort_order, id;

        SELECT ra.recommendation_id AS RecommendationId, ra.addressee AS Addressee
        FROM recommendation_addressees ra JOIN recommendations r ON r.id = ra.recommendation_id
        WHERE r.plan_id = @planId ORDER BY ra.recommendation_id, ra.position;

        SELECT a.id AS Id, a.recommendation_id AS RecommendationId, a.priority_id AS PriorityId, a.code AS Code,
               a.description AS Description, a.source_reference AS SourceReference, a.deadline_text AS DeadlineText,
               a.row_version AS Version
        FROM actions a
        WHERE a.plan_id = @planId ORDER BY a.sort_order, a.id;

        SELECT id AS Id, action_id AS ActionId, number AS Number, text AS Text, deadline_text AS DeadlineText, row_version AS Version
        FROM success_measures WHERE plan_id = @planId ORDER BY sort_order, id;

        """ + ItemPeople.OfPlanSql + """
        ;

        SELECT sc.id AS Id, sc.review_id AS ReviewId, sc.recommendation_id AS RecommendationId, sc.action_id AS ActionId,
               sc.measure_id AS MeasureId, sc.level_id AS LevelId, sc.recorded_as AS RecordedAs, sc.narrative AS Narrative,
               sc.narrative_date AS NarrativeDate, sc.direction_override AS DirectionOverride,
               sc.direction_override_reason AS DirectionOverrideReason, sc.direction_override_by AS DirectionOverrideBy,
               sc.direction_override_at AS DirectionOverrideAt, sc.evidence AS Evidence, sc.sign_off_status AS SignOffStatus,
               sc.sign_off_by AS SignOffBy, sc.sign_off_at AS SignOffAt, sc.source_document AS SourceDocument,
               sc.printed_direction AS PrintedDirection, sc.printed_direction_text AS PrintedDirectionText,
               sc.updated_by AS UpdatedBy, sc.updated_at AS UpdatedAt,
               sc.row_version AS Version
        FROM scores sc JOIN reviews r ON r.id = sc.review_id WHERE r.plan_id = @planId;

        SELECT ra.id AS Id, ra.review_id AS ReviewId, ra.priority_id AS PriorityId, ra.value AS Value, ra.source AS Source
        FROM reported_averages ra JOIN reviews r ON r.id = ra.review_id WHERE r.plan_id = @planId;

        SELECT u.id AS Id, u.recommendation_id AS RecommendationId, u.action_id AS ActionId, u.measure_id AS MeasureId,
               u.review_id AS ReviewId, u.written_on AS WrittenOn, u.text AS Text, u.author AS Author, u.position AS Position,
               u.entered_by AS EnteredBy
        FROM item_updates u WHERE u.plan_id = @planId ORDER BY u.position, u.id;

        SELECT pf.id AS Id, pf.review_id AS ReviewId, pf.priority_id AS PriorityId, pf.kind AS Kind, pf.level AS Level, pf.label AS Label,
               pf.value_text AS ValueText, pf.value AS Value, pf.claims AS Claims, pf.source AS Source
        FROM printed_figures pf WHERE pf.plan_id = @planId ORDER BY pf.priority_id IS NOT NULL, pf.priority_id, pf.id;

        SELECT i.id AS Id, i.inspectorate AS Inspectorate, i.kind AS Kind, i.title AS Title, i.overall_judgement AS OverallJudgement
        FROM inspections i JOIN plans p ON p.inspection_id = i.id WHERE p.id = @planId;

        SELECT ir.id AS Id, ir.number AS Number, ir.text AS Text, ir.addressee AS Addressee, ir.paragraphs AS Paragraphs,
               (SELECT count(*) FROM inspection_recommendation_links l WHERE l.inspection_recommendation_id = ir.id) AS Answered
        FROM inspection_recommendations ir JOIN plans p ON p.inspection_id = ir.inspection_id
        WHERE p.id = @planId ORDER BY ir.sort_order, ir.id;

        SELECT l.inspection_recommendation_id AS ReportRecommendationId, ir.number AS ReportNumber,
               l.recommendation_id AS RecommendationId, l.action_id AS ActionId, l.priority_id AS PriorityId
        FROM inspection_recommendation_links l
        JOIN inspection_recommendations ir ON ir.id = l.inspection_recommendation_id
        LEFT JOIN recommendations r ON r.id = l.recommendation_id
        LEFT JOIN actions a ON a.id = l.action_id
        LEFT JOIN priorities pr ON pr.id = l.priority_id
        WHERE coalesce(r.plan_id, a.plan_id, pr.plan_id) = @planId
        ORDER BY ir.sort_order, ir.id, l.position;
        """;

    /// <summary>Null when there is no such plan. Runs in one read transaction so the parts are consistent.</summary>
    public static async Task<PlanSnapshot?> LoadAsync(DbConnection connection, long planId)
    {
        using var transaction = connection.BeginReadTransaction();
        var plan = await PlanData.FindAsync(connection, planId, transaction);
        if (plan is null) return null;

        using var grid = await connection.QueryMultipleAsync(Sql, new { planId }, transaction);
        return new PlanSnapshot
        {
            Plan = plan,
            DataVersion = await grid.ReadSingleAsync<long>(),
            HigherIsBetter = await grid.ReadSingleAsync<bool?>(),
            Levels = (await grid.ReadAsync<LevelRow>()).AsList(),
            Reviews = (await grid.ReadAsync<ReviewResponse>()).AsList(),
            Priorities = (await grid.ReadAsync<PriorityRow>()).AsList(),
            Recommendations = (await grid.ReadAsync<RecommendationRow>()).AsList(),
            Addressees = (await grid.ReadAsync<AddresseeRow>()).AsList(),
            Actions = (await grid.ReadAsync<ActionRow>()).AsList(),
            Measures = (await grid.ReadAsync<MeasureRow>()).AsList(),
            People = ItemPeople.Stitch(await grid.ReadAsync<ItemPersonRow>()),
            Scores = (await grid.ReadAsync<ScoreRow>()).AsList(),
            ReportedAverages = (await grid.ReadAsync<ReportedAverageRow>()).AsList(),
            Updates = (await grid.ReadAsync<UpdateRow>()).AsList(),
            PrintedFigures = (await grid.ReadAsync<PrintedFigureRow>()).AsList(),
            Inspection = await grid.ReadSingleOrDefaultAsync<InspectionRow>(),
            ReportRecommendations = (await grid.ReadAsync<ReportRecommendationRow>()).AsList(),
            ReportLinks = (await grid.ReadAsync<ReportLinkRow>()).AsList(),
        };
    }
}
