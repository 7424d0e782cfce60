using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scales;

public sealed record UpdateScaleRequest : ScaleRequest
{
    [RouteParam] public long ScaleId { get; init; }
}

public sealed class UpdateScale(Database database, Clock clock) : Endpoint<UpdateScaleRequest, ScaleResponse>
{
    public sealed class Validator : Validator<UpdateScaleRequest>
    {
        public Validator() => Include(new ScaleRules());
    }

    private const string UpdateSql = """
        UPDATE rating_scales
        SET name = @Name, description = @Description, higher_is_better = @HigherIsBetter,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @ScaleId AND row_version = @Version AND is_built_in = 0;
        """;

    private const string AnyScoresSql = """
        SELECT EXISTS (SELECT 1 FROM scores sc JOIN scale_levels l ON l.id = sc.level_id WHERE l.scale_id = @scaleId)
        """;

    private const string UsedLevelsSql = """
        SELECT l.value AS Value, l.label AS Label, COUNT(*) AS Scores
        FROM scale_levels l
        JOIN scores sc ON sc.level_id = l.id
        WHERE l.scale_id = @ScaleId AND l.value IN @Values
        GROUP BY l.id
        ORDER BY l.value
        """;

    private const string DeleteLevelsSql = "DELETE FROM scale_levels WHERE scale_id = @ScaleId AND value IN @Values";

    // Labels are unique within a scale and SQLite checks that row by row, so two levels swapping labels would clash
    // half-way. Kept levels are first given placeholder labels longer than any label a request may carry (100): 101
    // zeros and the level's id, written so both engines run it.
    private const string ParkLabelsSql = """
        UPDATE scale_levels SET label = @Placeholder || id WHERE scale_id = @ScaleId
        """;

    private static readonly string Placeholder = new('0', 101);

    // Levels are matched by value and updated in place, so the ids that scores refer to never change.
    private const string UpdateLevelSql = """
        UPDATE scale_levels
        SET label = @Label, meaning = @Meaning, colour = @Colour, means_complete = @MeansComplete
        WHERE scale_id = @ScaleId AND value = @Value
        """;

    public override void Configure()
    {
        Put("/scales/{scaleId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ScaleResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a rating scale and replace its levels; levels used by scores cannot be removed");
    }

    public override async Task HandleAsync(UpdateScaleRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var name = request.Name.Trim();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await ScaleData.FindAsync(connection, request.ScaleId, transaction);
        if (before is null) this.NotFound("scaleId", $"No rating scale has id {request.ScaleId}.");
        if (before.IsBuiltIn)
            this.Conflict("scaleId", $"\"{before.Name}\" is built in, so it cannot be changed. Create a copy with a new name and change the copy.");
        Etags.Require(this, HttpContext, before.Version);
        if (await ScaleData.NameTakenAsync(connection, name, exceptId: request.ScaleId, transaction))
            this.Conflict("name", $"There is already a scale called \"{name}\". Choose a different name.");

        // Direction of travel in every stored history is read through this flag; flipping it would rewrite the past. Deciding
        // a direction the source never stated is allowed at any time: that is the decision the tracker has been waiting for.
        if (request.HigherIsBetter != before.HigherIsBetter && before.HigherIsBetter is not null
            && await connection.ExecuteScalarAsync<bool>(AnyScoresSql, new { scaleId = request.ScaleId }, transaction))
            this.Conflict("higherIsBetter", "Scores have been recorded on this scale, so whether higher is better cannot change. Create a new scale instead.");

        var wanted = request.Levels.Select(l => l.Value).ToHashSet();
        var removed = before.Levels.Where(l => !wanted.Contains(l.Value)).Select(l => l.Value).ToList();
        var used = (await connection.QueryAsync<UsedLevel>(SqlDialect.Of(connection).Lists(UsedLevelsSql), new { request.ScaleId, Values = removed }, transaction)).AsList();
        if (used.Count > 0)
            this.Conflict("levels", string.Join(" ", used.Select(u =>
                $"Level {u.Value} \"{u.Label}\" has {u.Scores} score{(u.Scores == 1 ? "" : "s")}, so it cannot be removed.")) +
                " Keep the level; you can change its label, meaning or colour.");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.ScaleId, before.Version, Name = name, Description = Written.OrNull(request.Description),
            request.HigherIsBetter, write.Now,
        }, transaction);
        await connection.ExecuteAsync(SqlDialect.Of(connection).Lists(DeleteLevelsSql), new { request.ScaleId, Values = removed }, transaction);
        await connection.ExecuteAsync(ParkLabelsSql, new { request.ScaleId, Placeholder }, transaction);
        var existing = before.Levels.Select(l => l.Value).ToHashSet();
        await connection.ExecuteAsync(UpdateLevelSql,
            request.Levels.Where(l => existing.Contains(l.Value)).Select(l => ScaleData.LevelParameters(request.ScaleId, l)), transaction);
        await ScaleData.InsertLevelsAsync(connection, request.ScaleId, request.Levels.Where(l => !existing.Contains(l.Value)), transaction);
        var after = (await ScaleData.FindAsync(connection, request.ScaleId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "scale", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }

    private sealed record UsedLevel
    {
        public int Value { get; init; }
        public string Label { get; init; } = "";
        public long Scores { get; init; }
    }
}
