using ActionPlanTracker.Domain.Import;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import;

/// <summary>Who commits and what from: every row written carries the importer's name, and scores and updates the file's.</summary>
/// <param name="SourceDocument">The file's name, kept on every score and update as the document they were copied from.</param>
public sealed record PlanWriteContext(string Actor, string Now, string SourceDocument);

/// <summary>
/// Writes a <see cref="PlanDraft"/> as a new plan in the caller's transaction: scale (when new), plan, people, items,
/// reviews, scores, updates and printed figures, each table through one prepared statement, with no read per row.
/// The draft is assumed to pass <see cref="StorageChecks"/>; the caller refuses it otherwise.
/// </summary>
public static class PlanWriter
{
    /// <summary>What a plan is called when the source gives no kind of plan: source_type cannot be empty.</summary>
    public const string DefaultSourceType = "Imported plan";

    private const string ScaleSql = """
        INSERT INTO rating_scales (name, description, higher_is_better, is_built_in, created_at, updated_at)
        VALUES (@name, @description, @higherIsBetter, 0, @now, @now)
        RETURNING id;
        """;

    private const string LevelSql = """
        INSERT INTO scale_levels (scale_id, value, label, meaning, colour, means_complete)
        VALUES (@scaleId, @value, @label, NULL, @colour, @meansComplete)
        RETURNING id;
        """;

    private const string LevelIdsSql = "SELECT value AS Value, id AS Id FROM scale_levels WHERE scale_id = @scaleId";

    private const string PlanSql = """
        INSERT INTO plans (title, source_type, plan_version, plan_date, lead_heading, owner_heading, status, scale_id,
                           grouped_by_priority, score_level, created_at, updated_at)
        VALUES (@title, @sourceType, @planVersion, @planDate, @leadHeading, @ownerHeading, 'active', @scaleId,
                @groupedByPriority, @scoreLevel, @now, @now)
        RETURNING id;
        """;

    internal const string PersonSql = """
        INSERT INTO people (name, job_title, email, created_at, updated_at) VALUES (@name, @jobTitle, @email, @now, @now)
        RETURNING id;
        """;

    internal const string PrioritySql = """
        INSERT INTO priorities (plan_id, number, title, outcome_statement, sort_order, created_at, updated_at)
        VALUES (@planId, @number, @title, @outcome, @sortOrder, @now, @now)
        RETURNING id;
        """;

    internal const string RecommendationSql = """
        INSERT INTO recommendations (plan_id, priority_id, number, text, judgement_area, source_paragraphs, deadline_text,
                                     sort_order, created_at, updated_at)
        VALUES (@planId, @priorityId, @number, @text, @judgementArea, @sourceParagraphs, @deadline, @sortOrder, @now, @now)
        RETURNING id;
        """;

    internal const string AddresseeSql = """
        INSERT INTO recommendation_addressees (recommendation_id, addressee, position) VALUES (@recommendationId, @addressee, @position);
        """;

    internal const string ActionSql = """
        INSERT INTO actions (plan_id, recommendation_id, priority_id, code, description, source_reference, deadline_text,
                             sort_order, created_at, updated_at)
        VALUES (@planId, @recommendationId, @priorityId, @code, @description, @sourceReference, @deadline, @sortOrder, @now, @now)
        RETURNING id;
        """;

    internal const string MeasureSql = """
        INSERT INTO success_measures (plan_id, action_id, number, text, deadline_text, sort_order, created_at, updated_at)
        VALUES (@planId, @actionId, @number, @text, @deadline, @sortOrder, @now, @now)
        RETURNING id;
        """;

    private const string ItemPersonSql = """
        INSERT INTO item_people (recommendation_id, action_id, measure_id, role, person_id, position)
        VALUES (@recommendationId, @actionId, @measureId, @role, @personId, @position);
        """;

    internal const string ReviewSql = """
        INSERT INTO reviews (plan_id, label, review_date, status, sort_order, created_at, updated_at)
        VALUES (@planId, @label, @reviewDate, @status, @sortOrder, @now, @now)
        RETURNING id;
        """;

    // No sign-off: a completion copied from the source is "complete as printed" (source_document set), never re-judged.
    private const string ScoreSql = """
        INSERT INTO scores (review_id, recommendation_id, action_id, measure_id, level_id, recorded_as, narrative, narrative_date,
                            evidence, source_document, printed_direction, printed_direction_text, updated_by, updated_at)
        VALUES (@reviewId, @recommendationId, @actionId, @measureId, @levelId, @recordedAs, @narrative, @narrativeDate,
                @evidence, @sourceDocument, @printedDirection, @printedDirectionText, @actor, @now);
        """;

    private const string UpdateSql = """
        INSERT INTO item_updates (plan_id, recommendation_id, action_id, measure_id, review_id, written_on, text, source_document,
                                  position, entered_by, entered_at)
        VALUES (@planId, @recommendationId, @actionId, @measureId, @reviewId, @writtenOn, @text, @sourceDocument,
                @position, @actor, @now);
        """;

    private const string AverageSql = """
        INSERT INTO reported_averages (review_id, priority_id, value, source, recorded_by, recorded_at)
        VALUES (@reviewId, @priorityId, @value, @source, @actor, @now);
        """;

    private const string FigureSql = """
        INSERT INTO printed_figures (plan_id, review_id, priority_id, kind, level, label, value_text, value, source, recorded_by, recorded_at)
        VALUES (@planId, @reviewId, @priorityId, @kind, @level, @label, @valueText, @value, @source, @actor, @now);
        """;

    /// <summary>Writes the draft and returns the new plan's id.</summary>
    public static long Write(DbConnection connection, DbTransaction transaction, PlanDraft draft, PlanWriteContext context)
    {
        var (scaleId, levelIds) = WriteScale(connection, transaction, draft.Scale, context);
        var planId = WritePlan(connection, transaction, draft, scaleId, context);
        var people = WritePeople(connection, transaction, draft.People, context);
        var items = WriteItems(connection, transaction, draft, planId, context);
        WriteItemPeople(connection, transaction, draft, items, people);
        var reviews = WriteReviews(connection, transaction, draft.Reviews, planId, context);
        WriteScores(connection, transaction, draft.Scores, items, reviews, levelIds, context);
        WriteUpdates(connection, transaction, draft.Updates, items, reviews, planId, context);
        WriteFigures(connection, transaction, draft, planId, items.Priorities, reviews, context);
        return planId;
    }

    /// <summary>The ids written for each level's list, index for index.</summary>
    private sealed record ItemIds(long[] Priorities, long[] Recommendations, long[] Actions, long[] Measures)
    {
        public (object? Recommendation, object? Action, object? Measure) Columns(ItemRef item) => item.Level switch
        {
            ItemLevel.Recommendation => (Recommendations[item.Index], null, null),
            ItemLevel.Action => (null, Actions[item.Index], null),
            ItemLevel.Measure => (null, null, Measures[item.Index]),
            _ => throw new InvalidOperationException("Priorities hold no scores or updates."),
        };
    }

    private static (long ScaleId, IReadOnlyDictionary<int, long> LevelIds) WriteScale(DbConnection connection, DbTransaction transaction,
        ScaleChoice scale, PlanWriteContext context)
    {
        if (scale.New is not { } made)
        {
            var scaleId = scale.ScaleId ?? throw new InvalidOperationException("The draft names no scale.");
            var known = connection.Query<(long Value, long Id)>(LevelIdsSql, new { scaleId }, transaction);
            return (scaleId, known.ToDictionary(l => (int)l.Value, l => l.Id));
        }
        using var insertScale = new PreparedInsert(connection, transaction, ScaleSql, "@name", "@description", "@higherIsBetter", "@now");
        var id = insertScale.Run(made.Name.Trim(), $"Made from the values seen in {context.SourceDocument}.",
            made.HigherIsBetter is { } higher ? (higher ? 1 : 0) : null, context.Now);
        using var insertLevel = new PreparedInsert(connection, transaction, LevelSql, "@scaleId", "@value", "@label", "@colour", "@meansComplete");
        var levels = made.Levels.ToDictionary(l => l.Value,
            l => insertLevel.Run(id, l.Value, l.Label.Trim(), l.Colour?.Trim().ToLowerInvariant(), l.MeansComplete ? 1 : 0));
        return (id, levels);
    }

    private static long WritePlan(DbConnection connection, DbTransaction transaction, PlanDraft draft, long scaleId, PlanWriteContext context)
    {
        var plan = draft.Plan;
        using var insert = new PreparedInsert(connection, transaction, PlanSql, "@title", "@sourceType", "@planVersion", "@planDate",
            "@leadHeading", "@ownerHeading", "@scaleId", "@groupedByPriority", "@scoreLevel", "@now");
        return insert.Run(plan.Title.Trim(), Text(plan.SourceType) ?? DefaultSourceType, Text(plan.PlanVersion), Text(plan.PlanDate),
            Text(plan.LeadHeading), Text(plan.OwnerHeading), scaleId, draft.GroupedByPriority ? 1 : 0, ScoreLevelName(draft.ScoreLevel), context.Now);
    }

    public static string ScoreLevelName(ItemLevel level) => level switch
    {
        ItemLevel.Action => "action",
        ItemLevel.Measure => "measure",
        _ => "recommendation",
    };

    private static long[] WritePeople(DbConnection connection, DbTransaction transaction, List<PersonDraft> people, PlanWriteContext context)
    {
        using var insert = new PreparedInsert(connection, transaction, PersonSql, "@name", "@jobTitle", "@email", "@now");
        // A person written only as initials or a word the reader could not split is kept as written, as their name.
        return people.Select(p => p.ExistingId ?? insert.Run(
            Text(p.Name) ?? (Text(p.JobTitle) is null ? p.Seen.Trim() : null), Text(p.JobTitle), Text(p.Email), context.Now)).ToArray();
    }

    private static ItemIds WriteItems(DbConnection connection, DbTransaction transaction, PlanDraft draft, long planId, PlanWriteContext context)
    {
        using var priority = new PreparedInsert(connection, transaction, PrioritySql, "@planId", "@number", "@title", "@outcome", "@sortOrder", "@now");
        var priorities = draft.Priorities.Select((p, i) => priority.Run(planId, Text(p.Number), p.Title.Trim(), Text(p.OutcomeStatement), i + 1, context.Now)).ToArray();

        using var recommendation = new PreparedInsert(connection, transaction, RecommendationSql, "@planId", "@priorityId", "@number", "@text",
            "@judgementArea", "@sourceParagraphs", "@deadline", "@sortOrder", "@now");
        using var addressee = new PreparedInsert(connection, transaction, AddresseeSql, "@recommendationId", "@addressee", "@position");
        var recommendations = new long[draft.Recommendations.Count];
        for (var i = 0; i < recommendations.Length; i++)
        {
            var r = draft.Recommendations[i];
            recommendations[i] = recommendation.Run(planId, r.Priority is { } p ? priorities[p] : null, Text(r.Number), r.Text.Trim(),
                Text(r.JudgementArea), Text(r.SourceParagraphs), Text(r.DeadlineText), i + 1, context.Now);
            var names = r.Addressees.Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            for (var n = 0; n < names.Count; n++) addressee.Run(recommendations[i], names[n], n + 1);
        }

        using var action = new PreparedInsert(connection, transaction, ActionSql, "@planId", "@recommendationId", "@priorityId", "@code",
            "@description", "@sourceReference", "@deadline", "@sortOrder", "@now");
        var placeUnder = new Dictionary<(bool, int), int>();
        var actions = draft.Actions.Select(a => action.Run(planId,
            a.Recommendation is { } r ? recommendations[r] : null, a.Priority is { } p ? priorities[p] : null, Text(a.Code), a.Description.Trim(),
            Text(a.SourceReference), Text(a.DeadlineText), NextPlace(placeUnder, (a.Recommendation is not null, a.Recommendation ?? a.Priority ?? 0)),
            context.Now)).ToArray();

        using var measure = new PreparedInsert(connection, transaction, MeasureSql, "@planId", "@actionId", "@number", "@text", "@deadline", "@sortOrder", "@now");
        var measurePlace = new Dictionary<(bool, int), int>();
        var measures = draft.Measures.Select(m => measure.Run(planId, actions[m.Action], Text(m.Number), m.Text.Trim(), Text(m.DeadlineText),
            NextPlace(measurePlace, (true, m.Action)), context.Now)).ToArray();
        return new ItemIds(priorities, recommendations, actions, measures);
    }

    /// <summary>Actions are ordered under their parent and measures under their action, 1, 2, 3 in printed order.</summary>
    private static int NextPlace(Dictionary<(bool, int), int> places, (bool, int) parent) =>
        places[parent] = places.GetValueOrDefault(parent) + 1;

    private static void WriteItemPeople(DbConnection connection, DbTransaction transaction, PlanDraft draft, ItemIds items, long[] people)
    {
        using var insert = new PreparedInsert(connection, transaction, ItemPersonSql, "@recommendationId", "@actionId", "@measureId",
            "@role", "@personId", "@position");
        void Write(object? recommendation, object? action, object? measure, string role, IReadOnlyList<int> named)
        {
            // A cell naming the same person twice names them once: the table holds a person once per role.
            var ids = named.Select(p => people[p]).Distinct().ToList();
            for (var i = 0; i < ids.Count; i++) insert.Run(recommendation, action, measure, role, ids[i], i + 1);
        }
        for (var i = 0; i < draft.Recommendations.Count; i++)
        {
            Write(items.Recommendations[i], null, null, "lead", draft.Recommendations[i].Leads);
            Write(items.Recommendations[i], null, null, "owner", draft.Recommendations[i].Owners);
        }
        for (var i = 0; i < draft.Actions.Count; i++)
        {
            Write(null, items.Actions[i], null, "lead", draft.Actions[i].Leads);
            Write(null, items.Actions[i], null, "owner", draft.Actions[i].Owners);
        }
        for (var i = 0; i < draft.Measures.Count; i++)
        {
            Write(null, null, items.Measures[i], "lead", draft.Measures[i].Leads);
            Write(null, null, items.Measures[i], "owner", draft.Measures[i].Owners);
        }
    }

    private static long[] WriteReviews(DbConnection connection, DbTransaction transaction, List<ReviewDraft> reviews, long planId, PlanWriteContext context)
    {
        using var insert = new PreparedInsert(connection, transaction, ReviewSql, "@planId", "@label", "@reviewDate", "@status", "@sortOrder", "@now");
        return reviews.Select((r, i) => insert.Run(planId, r.Label.Trim(), Text(r.Date), r.IsOpen ? "open" : "closed", i + 1, context.Now)).ToArray();
    }

    private static void WriteScores(DbConnection connection, DbTransaction transaction, List<ScoreDraft> scores, ItemIds items,
        long[] reviews, IReadOnlyDictionary<int, long> levelIds, PlanWriteContext context)
    {
        using var insert = new PreparedInsert(connection, transaction, ScoreSql, "@reviewId", "@recommendationId", "@actionId", "@measureId",
            "@levelId", "@recordedAs", "@narrative", "@narrativeDate", "@evidence", "@sourceDocument", "@printedDirection",
            "@printedDirectionText", "@actor", "@now");
        foreach (var s in scores)
        {
            var (recommendation, action, measure) = items.Columns(s.Item);
            insert.Run(reviews[s.Review], recommendation, action, measure, s.Level is { } level ? levelIds[level] : null, Text(s.RecordedAs),
                Text(s.Narrative), Text(s.NarrativeDate), Text(s.Evidence), context.SourceDocument, Text(s.PrintedDirection),
                Text(s.PrintedDirectionText), context.Actor, context.Now);
        }
    }

    private static void WriteUpdates(DbConnection connection, DbTransaction transaction, List<UpdateDraft> updates, ItemIds items,
        long[] reviews, long planId, PlanWriteContext context)
    {
        using var insert = new PreparedInsert(connection, transaction, UpdateSql, "@planId", "@recommendationId", "@actionId", "@measureId",
            "@reviewId", "@writtenOn", "@text", "@sourceDocument", "@position", "@actor", "@now");
        // Each item's log is numbered 1, 2, 3 in the order the draft places its entries (its positions, then its order).
        foreach (var log in updates.Select((u, order) => (u, order)).GroupBy(x => x.u.Item))
        {
            var position = 0;
            foreach (var (u, _) in log.OrderBy(x => x.u.Position).ThenBy(x => x.order))
            {
                var (recommendation, action, measure) = items.Columns(u.Item);
                insert.Run(planId, recommendation, action, measure, u.Review is { } r ? reviews[r] : null, Text(u.WrittenOn), u.Text.Trim(),
                    context.SourceDocument, ++position, context.Actor, context.Now);
            }
        }
    }

    private static void WriteFigures(DbConnection connection, DbTransaction transaction, PlanDraft draft, long planId, long[] priorities,
        long[] reviews, PlanWriteContext context)
    {
        using var average = new PreparedInsert(connection, transaction, AverageSql, "@reviewId", "@priorityId", "@value", "@source", "@actor", "@now");
        foreach (var a in draft.ReportedAverages)
            average.Run(reviews[a.Review], a.Priority is { } p ? priorities[p] : null, a.Value, context.SourceDocument, context.Actor, context.Now);

        using var figure = new PreparedInsert(connection, transaction, FigureSql, "@planId", "@reviewId", "@priorityId", "@kind", "@level",
            "@label", "@valueText", "@value", "@source", "@actor", "@now");
        foreach (var f in draft.PrintedFigures)
            figure.Run(planId, f.Review is { } r ? reviews[r] : null, f.Priority is { } p ? priorities[p] : null, f.Kind, f.Level, f.Label.Trim(),
                f.ValueText.Trim(), f.Value, context.SourceDocument, context.Actor, context.Now);
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
