using System.Data;
using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;

namespace ActionPlanTracker.Features.Demo;

/// <summary>
/// Puts two invented Northmoor plans into an empty tracker, so a first-time user sees the grid and the board summary working
/// on realistic data: an inspection recommendation plan (<see cref="InspectionPlan"/>) and a priority-grouped development plan
/// (<see cref="DevelopmentPlan"/>). Their dates are placed relative to today, so some work is always overdue and some due soon.
/// </summary>
public static class DemoData
{
    public const string Actor = "Demo data";

    private const string CountPlansSql = "SELECT COUNT(*) FROM plans;";

    private const string FindPersonSql = "SELECT id FROM people WHERE lower(email) = lower(@Email);";

    private const string InsertPersonSql = """
        INSERT INTO people (name, job_title, email, created_at, updated_at)
        VALUES (@Name, @JobTitle, @Email, @Now, @Now)
        RETURNING id;
        """;

    private const string LevelsSql = "SELECT value AS Value, id AS Id FROM scale_levels WHERE scale_id = @ScaleId;";

    private const string InsertPlanSql = """
        INSERT INTO plans (title, source_type, source_report_date, overall_judgement, plan_version, lead_heading, owner_heading,
                           status, scale_id, grouped_by_priority, score_level, created_at, updated_at)
        VALUES (@Title, @SourceType, @SourceReportDate, @OverallJudgement, @PlanVersion, @LeadHeading, @OwnerHeading,
                'active', @ScaleId, @GroupedByPriority, @ScoreLevel, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertReviewSql = """
        INSERT INTO reviews (plan_id, label, review_date, reviewer, status, sort_order, created_at, updated_at)
        VALUES (@PlanId, @Label, @ReviewDate, @Reviewer, @Status, @SortOrder, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertPrioritySql = """
        INSERT INTO priorities (plan_id, number, title, outcome_statement, sort_order, created_at, updated_at)
        VALUES (@PlanId, @Number, @Title, @OutcomeStatement, @SortOrder, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertRecommendationSql = """
        INSERT INTO recommendations (plan_id, number, text, judgement_area, source_paragraphs, deadline_text, sort_order, created_at, updated_at)
        VALUES (@PlanId, @Number, @Text, @JudgementArea, @SourceParagraphs, @DeadlineText, @SortOrder, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertRecommendationLeadSql = """
        INSERT INTO item_people (recommendation_id, role, person_id, position)
        VALUES (@RecommendationId, 'lead', @PersonId, @Position);
        """;

    private const string InsertActionSql = """
        INSERT INTO actions (plan_id, recommendation_id, priority_id, code, description, source_reference,
                             deadline_text, sort_order, created_at, updated_at)
        VALUES (@PlanId, @RecommendationId, @PriorityId, @Code, @Description, @SourceReference,
                @DeadlineText, @SortOrder, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertActionPersonSql = """
        INSERT INTO item_people (action_id, role, person_id, position)
        VALUES (@ActionId, @Role, @PersonId, @Position);
        """;

    private const string InsertMeasureSql = """
        INSERT INTO success_measures (plan_id, action_id, number, text, sort_order, created_at, updated_at)
        VALUES (@PlanId, @ActionId, @Number, @Text, @SortOrder, @Now, @Now)
        RETURNING id;
        """;

    private const string InsertScoreSql = """
        INSERT INTO scores (review_id, recommendation_id, action_id, measure_id, level_id, recorded_as, narrative, narrative_date,
                            direction_override, direction_override_reason, direction_override_by, direction_override_at,
                            evidence, sign_off_status, updated_by, updated_at)
        VALUES (@ReviewId, @RecommendationId, NULL, @MeasureId, @LevelId, @RecordedAs, @Narrative, @NarrativeDate,
                @DirectionOverride, @DirectionOverrideReason, @DirectionOverrideBy, @DirectionOverrideAt,
                @Evidence, @SignOffStatus, @UpdatedBy, @UpdatedAt);
        """;

    /// <summary>Seeds both plans in one transaction when the tracker has no plans; does nothing otherwise.</summary>
    public static async Task SeedIfEmptyAsync(Database database, Clock clock, ILogger logger)
    {
        await using var connection = await database.OpenAsync();
        // BEGIN IMMEDIATE (the default): a second instance starting on the same file waits here, then finds the plans.
        await using var transaction = connection.BeginWriteTransaction();
        if (await connection.ExecuteScalarAsync<long>(CountPlansSql, transaction: transaction) > 0)
        {
            logger.LogDebug("Demo data not seeded: the database already has plans.");
            return;
        }

        var seeder = new Seeder(connection, transaction, new WriteContext(Actor, clock.NowText));
        await seeder.AddPeopleAsync(DemoPeople.All);
        var today = clock.Today;
        var seeded = new List<PlanSeeded>
        {
            await seeder.AddPlanAsync(InspectionPlan.For(today)),
            await seeder.AddPlanAsync(DevelopmentPlan.For(today)),
        };
        var manager = await connection.ExecuteScalarAsync<long?>(FindPersonSql, new { DemoPeople.MashTeamManager.Email }, transaction);
        await DemoIndicators.AddAsync(connection, transaction, new WriteContext(Actor, clock.NowText), seeded[0].PlanId, manager, today);
        await transaction.CommitAsync();

        foreach (var plan in seeded)
            logger.LogInformation("Seeded demo plan {PlanId} \"{Title}\": {Contents}.", plan.PlanId, plan.Title, plan.Contents);
        logger.LogInformation("Seeded {People} demo people at {Domain}.", DemoPeople.All.Count, DemoPerson.Domain);
    }

    /// <summary>What was seeded for one plan: the log line and the plan's audit entry.</summary>
    private sealed record PlanSeeded(long PlanId, string Title, int Priorities, int Recommendations, int Actions, int Measures, int Reviews, int Scores)
    {
        public string Contents => string.Join(", ", new[]
        {
            (Priorities, "priorities"), (Recommendations, "recommendations"), (Actions, "actions"),
            (Measures, "success measures"), (Reviews, "reviews"), (Scores, "scores"),
        }.Where(part => part.Item1 > 0).Select(part => $"{part.Item1} {part.Item2}"));
    }

    private sealed record LevelRow(long Value, long Id);

    private sealed class Seeder(IDbConnection connection, IDbTransaction transaction, WriteContext write)
    {
        private readonly Dictionary<DemoPerson, long> people = [];
        private int priorities, recommendations, actions, measures, scores;

        public async Task AddPeopleAsync(IEnumerable<DemoPerson> all)
        {
            foreach (var person in all)
            {
                // Someone may have added the same person by hand before deleting every plan; reuse them rather than fail.
                people[person] = await connection.ExecuteScalarAsync<long?>(FindPersonSql, new { person.Email }, transaction)
                    ?? await connection.ExecuteScalarAsync<long>(InsertPersonSql,
                        new { person.Name, person.JobTitle, person.Email, write.Now }, transaction);
            }
        }

        public async Task<PlanSeeded> AddPlanAsync(DemoPlan plan)
        {
            (priorities, recommendations, actions, measures, scores) = (0, 0, 0, 0, 0);
            var levels = (await connection.QueryAsync<LevelRow>(LevelsSql, new { plan.ScaleId }, transaction))
                .ToDictionary(l => (int)l.Value, l => l.Id);
            var planId = await connection.ExecuteScalarAsync<long>(InsertPlanSql, new
            {
                plan.Title, plan.SourceType, SourceReportDate = Iso(plan.ReportDate), plan.OverallJudgement, plan.PlanVersion,
                plan.LeadHeading, plan.OwnerHeading,
                plan.ScaleId, GroupedByPriority = plan.GroupedByPriority ? 1 : 0, plan.ScoreLevel, write.Now,
            }, transaction);

            var reviews = new List<(long Id, DemoReview Review)>();
            foreach (var review in plan.Reviews)
            {
                var id = await connection.ExecuteScalarAsync<long>(InsertReviewSql, new
                {
                    PlanId = planId, review.Label, ReviewDate = Iso(review.Date), review.Reviewer,
                    Status = review.IsOpen ? "open" : "closed", SortOrder = reviews.Count + 1, write.Now,
                }, transaction);
                reviews.Add((id, review));
            }

            var scorer = new Scorer(connection, transaction, reviews, levels, plan.ScaleId);
            foreach (var (priority, index) in plan.Priorities.Select((p, i) => (p, i)))
            {
                var priorityId = await connection.ExecuteScalarAsync<long>(InsertPrioritySql, new
                {
                    PlanId = planId, priority.Number, priority.Title, OutcomeStatement = priority.Outcome, SortOrder = index + 1, write.Now,
                }, transaction);
                priorities++;
                foreach (var (action, position) in priority.Actions.Select((a, i) => (a, i)))
                    await AddActionAsync(planId, null, priorityId, action, position, scorer);
            }

            foreach (var (recommendation, index) in plan.Recommendations.Select((r, i) => (r, i)))
            {
                var recommendationId = await connection.ExecuteScalarAsync<long>(InsertRecommendationSql, new
                {
                    PlanId = planId, recommendation.Number, recommendation.Text, recommendation.JudgementArea,
                    SourceParagraphs = recommendation.Paragraphs, DeadlineText = recommendation.Deadline, SortOrder = index + 1, write.Now,
                }, transaction);
                recommendations++;
                foreach (var (lead, position) in recommendation.Leads.Select((p, i) => (p, i)))
                    await connection.ExecuteAsync(InsertRecommendationLeadSql,
                        new { RecommendationId = recommendationId, PersonId = people[lead], Position = position + 1 }, transaction);
                foreach (var (action, position) in recommendation.Actions.Select((a, i) => (a, i)))
                    await AddActionAsync(planId, recommendationId, null, action, position, scorer);
                scores += await scorer.AddAsync(recommendation.Scores, recommendationId, null, recommendation.Leads[0], index);
            }

            var summary = new PlanSeeded(planId, plan.Title, priorities, recommendations, actions, measures, reviews.Count, scores);
            await AuditLog.RecordAsync(connection, transaction, write, "plan", planId, planId, null, new
            {
                summary.Title, Source = plan.SourceType, Scale = plan.ScaleId, summary.Priorities, summary.Recommendations,
                summary.Actions, summary.Measures, Reviews = plan.Reviews.Select(r => r.Label).ToList(), summary.Scores,
            });
            return summary;
        }

        private async Task AddActionAsync(long planId, long? recommendationId, long? priorityId, DemoAction action, int position, Scorer scorer)
        {
            var actionId = await connection.ExecuteScalarAsync<long>(InsertActionSql, new
            {
                PlanId = planId, RecommendationId = recommendationId, PriorityId = priorityId, action.Code, action.Description,
                action.SourceReference, DeadlineText = action.Deadline, SortOrder = ++actions, write.Now,
            }, transaction);
            await connection.ExecuteAsync(InsertActionPersonSql, new { ActionId = actionId, Role = "lead", PersonId = people[action.Lead], Position = 1 }, transaction);
            // The development plan's "Responsible officer" is the plan's word for an owner: first among them, as printed.
            var owners = (action.Responsible is { } responsible ? [responsible] : new List<DemoPerson>()).Concat(action.Owners).Distinct();
            foreach (var (owner, index) in owners.Select((p, i) => (p, i)))
                await connection.ExecuteAsync(InsertActionPersonSql, new { ActionId = actionId, Role = "owner", PersonId = people[owner], Position = index + 1 }, transaction);

            foreach (var (measure, index) in action.Measures.Select((m, i) => (m, i)))
            {
                var measureId = await connection.ExecuteScalarAsync<long>(InsertMeasureSql,
                    new { PlanId = planId, ActionId = actionId, Number = (index + 1).ToString(CultureInfo.InvariantCulture), measure.Text, SortOrder = index + 1, write.Now }, transaction);
                scores += await scorer.AddAsync(measure.Scores, null, measureId, action.Responsible ?? action.Lead, ++measures);
            }
        }

        /// <summary>Writes one item's row in each review, as its lead would have typed it a few days before the meeting.</summary>
        private sealed class Scorer(
            IDbConnection connection, IDbTransaction transaction, List<(long Id, DemoReview Review)> reviews, Dictionary<int, long> levels, long scaleId)
        {
            /// <returns>How many score rows were written.</returns>
            public async Task<int> AddAsync(IReadOnlyList<DemoScore?> cells, long? recommendationId, long? measureId, DemoPerson author, int itemIndex)
            {
                if (cells.Count != reviews.Count)
                    throw new InvalidOperationException($"Demo item {itemIndex} has {cells.Count} scores for {reviews.Count} reviews.");

                var written = 0;
                foreach (var ((reviewId, review), cell) in reviews.Zip(cells))
                {
                    if (cell is null) continue;
                    var day = review.Date.AddDays(-(1 + itemIndex % 5));
                    var updatedAt = $"{Iso(day)}T{9 + itemIndex % 8:00}:{itemIndex * 7 % 60:00}:00Z";
                    await connection.ExecuteAsync(InsertScoreSql, new
                    {
                        ReviewId = reviewId, RecommendationId = recommendationId, MeasureId = measureId,
                        LevelId = cell.Level is { } level ? LevelId(level) : (long?)null,
                        cell.RecordedAs, cell.Narrative, NarrativeDate = cell.Narrative is null ? null : Iso(day),
                        DirectionOverride = cell.Override, DirectionOverrideReason = cell.OverrideReason,
                        DirectionOverrideBy = cell.Override is null ? null : author.Name,
                        DirectionOverrideAt = cell.Override is null ? null : updatedAt,
                        cell.Evidence, SignOffStatus = cell.Evidence is null ? null : "pending",
                        UpdatedBy = author.Name, UpdatedAt = updatedAt,
                    }, transaction);
                    written++;
                }
                return written;
            }

            private long LevelId(int value) => levels.TryGetValue(value, out var id)
                ? id
                : throw new InvalidOperationException($"Rating scale {scaleId} has no level {value}; the demo data expects the built-in scales.");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
