using ActionPlanTracker.Data;
using System.Data;
using System.Security.Claims;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>One plan item an indicator evidences.</summary>
public sealed record IndicatorLink
{
    /// <summary>priority, recommendation or action.</summary>
    [OpenApi.OneOf(typeof(IndicatorData), nameof(IndicatorData.LinkKinds))]
    public string Kind { get; init; } = "";
    public long Id { get; init; }
}

/// <summary>A period's interim target, used before the year's target for that period.</summary>
public sealed record InterimTarget
{
    /// <summary>The period, YYYY-MM (its first month).</summary>
    public string Period { get; init; } = "";
    public double Target { get; init; }
    /// <summary>The target as printed; null when none was.</summary>
    public string? TargetText { get; init; }
}

/// <summary>An indicator's baseline, target and tolerance in one council year.</summary>
public sealed record IndicatorYearResponse
{
    public long IndicatorId { get; init; }
    /// <summary>The calendar year the council's year starts in: 2025 is 2025/26.</summary>
    public int Year { get; init; }
    /// <summary>Last year's outturn; null when not known.</summary>
    public double? Baseline { get; init; }
    /// <summary>The baseline as printed ("80%").</summary>
    public string? BaselineText { get; init; }
    public double? Target { get; init; }
    /// <summary>The target as printed ("increase from 80% to 100%").</summary>
    public string? TargetText { get; init; }
    /// <summary>How far from the target is still amber, in the indicator's own unit; null means 0.</summary>
    public double? Tolerance { get; init; }
    public IReadOnlyList<InterimTarget> InterimTargets { get; init; } = [];
    public long Version { get; init; }
    public string UpdatedBy { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>What an indicator is compared with in one year.</summary>
public sealed record ComparatorResponse
{
    public long IndicatorId { get; init; }
    public int Year { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ComparatorKinds))]
    public string Kind { get; init; } = "";
    public double Value { get; init; }
    /// <summary>The year the published figure is for, as printed ("2023/24"); comparators lag.</summary>
    public string? FigureYear { get; init; }
    public string? Source { get; init; }
    public long Version { get; init; }
    public string UpdatedBy { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>A key performance indicator of a plan; also what the audit log records before and after a change.</summary>
public sealed record IndicatorResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>Its reference in the plan ("CP1"), unique in the plan whatever its case.</summary>
    public string Reference { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Definition { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Units))]
    public string Unit { get; init; } = "";
    public int DecimalPlaces { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Polarities))]
    public string Polarity { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Frequencies))]
    public string Frequency { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.YtdRules))]
    public string YtdRule { get; init; } = "";
    public string? DataSource { get; init; }
    public int Position { get; init; }
    /// <summary>Its owners in printed order: a manager enters values only for the indicators they own.</summary>
    public IReadOnlyList<PersonRef> Owners { get; init; } = [];
    /// <summary>The plan's priorities, recommendations and actions it evidences.</summary>
    public IReadOnlyList<IndicatorLink> Links { get; init; } = [];
    /// <summary>Baselines, targets and tolerances by year, oldest first.</summary>
    public IReadOnlyList<IndicatorYearResponse> Years { get; init; } = [];
    /// <summary>Comparators by year, then kind.</summary>
    public IReadOnlyList<ComparatorResponse> Comparators { get; init; } = [];
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>One indicator's value in one period.</summary>
public sealed record IndicatorValueResponse
{
    public long Id { get; init; }
    public long IndicatorId { get; init; }
    /// <summary>YYYY-MM, the period's first month.</summary>
    public string Period { get; init; } = "";
    /// <summary>value when a number is given; otherwise why there is none.</summary>
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string State { get; init; } = "";
    /// <summary>The number; null exactly when the state is not value. 0 is a real zero.</summary>
    public double? Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public string? Note { get; init; }
    /// <summary>The year to date as the source printed it, kept to compare with the computed one.</summary>
    public string? PrintedYtd { get; init; }
    /// <summary>The direction of travel as the source printed it ("↑").</summary>
    public string? PrintedDirection { get; init; }
    public long Version { get; init; }
    public string UpdatedBy { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public sealed record IndicatorIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long IndicatorId { get; init; }
}

public static class IndicatorData
{
    public static readonly string[] LinkKinds = ["priority", "recommendation", "action"];

    private const string ListSql = """
        SELECT id AS Id, plan_id AS PlanId, reference AS Reference, name AS Name, definition AS Definition, unit AS Unit,
               decimal_places AS DecimalPlaces, polarity AS Polarity, frequency AS Frequency, ytd_rule AS YtdRule,
               data_source AS DataSource, position AS Position, row_version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM indicators WHERE plan_id = @planId AND (@indicatorId IS NULL OR id = @indicatorId)
        ORDER BY position, id;

        SELECT o.indicator_id AS ItemId, 'indicator' AS Kind, 'owner' AS Role, p.id AS Id, p.name AS Name, p.job_title AS JobTitle
        FROM indicator_owners o JOIN indicators i ON i.id = o.indicator_id JOIN people p ON p.id = o.person_id
        WHERE i.plan_id = @planId AND (@indicatorId IS NULL OR i.id = @indicatorId)
        ORDER BY o.indicator_id, o.position;

        SELECT l.indicator_id AS IndicatorId,
               CASE WHEN l.priority_id IS NOT NULL THEN 'priority' WHEN l.recommendation_id IS NOT NULL THEN 'recommendation' ELSE 'action' END AS Kind,
               coalesce(l.priority_id, l.recommendation_id, l.action_id) AS Id
        FROM indicator_links l JOIN indicators i ON i.id = l.indicator_id
        WHERE i.plan_id = @planId AND (@indicatorId IS NULL OR i.id = @indicatorId)
        ORDER BY l.indicator_id, l.position;

        SELECT y.id AS RowId, y.indicator_id AS IndicatorId, y.year AS Year, y.baseline AS Baseline, y.baseline_text AS BaselineText,
               y.target AS Target, y.target_text AS TargetText, y.tolerance AS Tolerance, y.row_version AS Version,
               y.updated_by AS UpdatedBy, y.updated_at AS UpdatedAt
        FROM indicator_years y JOIN indicators i ON i.id = y.indicator_id
        WHERE i.plan_id = @planId AND (@indicatorId IS NULL OR i.id = @indicatorId)
        ORDER BY y.indicator_id, y.year;

        SELECT t.indicator_year_id AS YearRowId, t.period AS Period, t.target AS Target, t.target_text AS TargetText
        FROM indicator_interim_targets t JOIN indicator_years y ON y.id = t.indicator_year_id JOIN indicators i ON i.id = y.indicator_id
        WHERE i.plan_id = @planId AND (@indicatorId IS NULL OR i.id = @indicatorId)
        ORDER BY t.period;

        SELECT c.id AS Id, c.indicator_id AS IndicatorId, c.year AS Year, c.kind AS Kind, c.value AS Value, c.figure_year AS FigureYear,
               c.source AS Source, c.row_version AS Version, c.updated_by AS UpdatedBy, c.updated_at AS UpdatedAt
        FROM indicator_comparators c JOIN indicators i ON i.id = c.indicator_id
        WHERE i.plan_id = @planId AND (@indicatorId IS NULL OR i.id = @indicatorId)
        ORDER BY c.indicator_id, c.year,
                 CASE c.kind WHEN 'statistical-neighbours' THEN 1 WHEN 'england' THEN 2 ELSE 3 END;
        """;

    // Rows with setters, not positional records: an empty result's computed columns have no type for Dapper to match.
    private sealed record LinkRow
    {
        public long IndicatorId { get; init; }
        public string Kind { get; init; } = "";
        public long Id { get; init; }
    }
    private sealed record YearRow
    {
        public long RowId { get; init; }
        public long IndicatorId { get; init; }
        public long Year { get; init; }
        public double? Baseline { get; init; }
        public string? BaselineText { get; init; }
        public double? Target { get; init; }
        public string? TargetText { get; init; }
        public double? Tolerance { get; init; }
        public long Version { get; init; }
        public string UpdatedBy { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
    }
    private sealed record InterimRow
    {
        public long YearRowId { get; init; }
        public string Period { get; init; } = "";
        public double Target { get; init; }
        public string? TargetText { get; init; }
    }

    /// <summary>A plan's indicators in order, or only one, each with its owners, links, years and comparators.</summary>
    public static async Task<IReadOnlyList<IndicatorResponse>> ListAsync(
        IDbConnection connection, long planId, long? indicatorId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { planId, indicatorId }, transaction);
        var indicators = (await grid.ReadAsync<IndicatorResponse>()).ToList();
        var owners = (await grid.ReadAsync<ItemPersonRow>()).ToLookup(r => r.ItemId, r => r.ToPerson());
        var links = (await grid.ReadAsync<LinkRow>()).ToLookup(r => r.IndicatorId, r => new IndicatorLink { Kind = r.Kind, Id = r.Id });
        var yearRows = (await grid.ReadAsync<YearRow>()).ToList();
        var interims = (await grid.ReadAsync<InterimRow>()).ToLookup(r => r.YearRowId,
            r => new InterimTarget { Period = r.Period, Target = r.Target, TargetText = r.TargetText });
        var comparators = (await grid.ReadAsync<SaveComparator.Row>()).ToLookup(r => r.IndicatorId, r => r.ToResponse());
        var years = yearRows.ToLookup(r => r.IndicatorId, r => new IndicatorYearResponse
        {
            IndicatorId = r.IndicatorId, Year = (int)r.Year, Baseline = r.Baseline, BaselineText = r.BaselineText, Target = r.Target,
            TargetText = r.TargetText, Tolerance = r.Tolerance, InterimTargets = interims[r.RowId].ToList(), Version = r.Version,
            UpdatedBy = r.UpdatedBy, UpdatedAt = r.UpdatedAt,
        });
        return indicators.Select(i => i with
        {
            Owners = owners[i.Id].ToList(), Links = links[i.Id].ToList(), Years = years[i.Id].ToList(), Comparators = comparators[i.Id].ToList(),
        }).ToList();
    }

    public static async Task<IndicatorResponse?> FindAsync(IDbConnection connection, long planId, long indicatorId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, indicatorId, transaction)).SingleOrDefault();

    /// <summary>The indicator, or a 404 naming indicatorId.</summary>
    public static async Task<IndicatorResponse> RequireAsync(IValidationErrors endpoint, IDbConnection connection, long planId, long indicatorId,
        IDbTransaction? transaction = null)
    {
        var found = await FindAsync(connection, planId, indicatorId, transaction);
        if (found is null) endpoint.NotFound("indicatorId", NoSuchIndicator(planId, indicatorId));
        return found;
    }

    public static string NoSuchIndicator(long planId, long indicatorId) => $"Plan {planId} has no indicator with id {indicatorId}.";

    private const string ValuesSql = """
        SELECT id AS Id, indicator_id AS IndicatorId, period AS Period, state AS State, value AS Value, numerator AS Numerator,
               denominator AS Denominator, note AS Note, printed_ytd AS PrintedYtd, printed_direction AS PrintedDirection,
               row_version AS Version, updated_by AS UpdatedBy, updated_at AS UpdatedAt
        FROM indicator_values
        WHERE indicator_id IN @indicatorIds AND (@period IS NULL OR period = @period)
        ORDER BY indicator_id, period;
        """;

    public static async Task<IReadOnlyList<IndicatorValueResponse>> ValuesAsync(IDbConnection connection, IEnumerable<long> indicatorIds,
        string? period = null, IDbTransaction? transaction = null) =>
        (await connection.QueryAsync<IndicatorValueResponse>(connection.WithLists(ValuesSql), new { indicatorIds = indicatorIds.ToList(), period }, transaction)).ToList();

    /// <summary>Replace an indicator's owners and links with these lists, in order.</summary>
    public static async Task SaveOwnersAndLinksAsync(IDbConnection connection, IDbTransaction transaction, long indicatorId,
        IReadOnlyList<long> ownerIds, IReadOnlyList<IndicatorLink> links)
    {
        await connection.ExecuteAsync("DELETE FROM indicator_owners WHERE indicator_id = @indicatorId; DELETE FROM indicator_links WHERE indicator_id = @indicatorId",
            new { indicatorId }, transaction);
        for (var i = 0; i < ownerIds.Count; i++)
            await connection.ExecuteAsync("INSERT INTO indicator_owners (indicator_id, person_id, position) VALUES (@indicatorId, @personId, @position)",
                new { indicatorId, personId = ownerIds[i], position = i + 1 }, transaction);
        for (var i = 0; i < links.Count; i++)
            await connection.ExecuteAsync("""
                INSERT INTO indicator_links (indicator_id, priority_id, recommendation_id, action_id, position)
                VALUES (@indicatorId, @priorityId, @recommendationId, @actionId, @position)
                """, new
            {
                indicatorId, position = i + 1,
                priorityId = links[i].Kind == "priority" ? links[i].Id : (long?)null,
                recommendationId = links[i].Kind == "recommendation" ? links[i].Id : (long?)null,
                actionId = links[i].Kind == "action" ? links[i].Id : (long?)null,
            }, transaction);
    }

    /// <summary>The checks of an indicator's create or update that need the database: owners exist, links are the plan's items, the reference is free.</summary>
    public static async Task CheckAgainstPlanAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction,
        long planId, long? indicatorId, IndicatorRequest request)
    {
        if (await ItemPeople.FirstUnknownAsync(connection, (request.OwnerIds ?? []).Select(id => (long?)id), transaction) is { } owner)
            endpoint.Invalid("ownerIds", $"No person has id {owner}. Add them to the people list first.");
        var links = request.Links ?? [];
        for (var i = 0; i < links.Count; i++)
        {
            var table = links[i].Kind switch { "priority" => "priorities", "recommendation" => "recommendations", _ => "actions" };
            if (!await connection.ExecuteScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM {table} WHERE id = @id AND plan_id = @planId)",
                    new { id = links[i].Id, planId }, transaction))
                endpoint.Invalid($"links[{i}].id", $"Plan {planId} has no {links[i].Kind} with id {links[i].Id}.");
        }
        if (await connection.ExecuteScalarAsync<bool>("""
                SELECT EXISTS (SELECT 1 FROM indicators WHERE plan_id = @planId AND reference = @reference COLLATE NOCASE AND (@indicatorId IS NULL OR id <> @indicatorId))
                """, new { planId, reference = request.Reference.Trim(), indicatorId }, transaction))
            endpoint.Conflict("reference", $"This plan already has an indicator with reference \"{request.Reference.Trim()}\". Give each indicator its own reference.");
    }

    /// <summary>403 naming <paramref name="field"/> when a manager does not own the indicator; other roles pass.</summary>
    public static async Task RequireOwnsAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction,
        ClaimsPrincipal user, long indicatorId, string field)
    {
        if (SignedInUser.From(user) is { Role: RoleNames.Manager } manager
            && (manager.PersonId is null || !await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM indicator_owners WHERE indicator_id = @indicatorId AND person_id = @personId)",
                new { indicatorId, personId = manager.PersonId }, transaction)))
            endpoint.Stop(403, field, $"You can only enter values for the indicators you own. Ask the board or the indicator's owner to enter indicator {indicatorId}'s.");
    }
}
