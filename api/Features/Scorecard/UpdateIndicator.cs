using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record UpdateIndicatorRequest : IndicatorRequest
{
    [RouteParam] public long IndicatorId { get; init; }
}

public sealed class UpdateIndicator(Database database, Clock clock) : Endpoint<UpdateIndicatorRequest, IndicatorResponse>
{
    public sealed class Validator : Validator<UpdateIndicatorRequest>
    {
        public Validator() => Include(new IndicatorRules());
    }

    private const string UpdateSql = """
        UPDATE indicators
        SET reference = @Reference, name = @Name, definition = @Definition, unit = @Unit, decimal_places = @DecimalPlaces,
            polarity = @Polarity, frequency = @Frequency, ytd_rule = @YtdRule, data_source = @DataSource,
            numerator_label = @NumeratorLabel, denominator_label = @DenominatorLabel,
            position = COALESCE(@Position, position), updated_at = @Now, row_version = row_version + 1
        WHERE id = @IndicatorId AND plan_id = @PlanId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/indicators/{indicatorId}");
        Roles(Allowed.Board);
        Description(b => b.Produces<IndicatorResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change an indicator's definition, words, place, owners and links (the owner and link lists are replaced)");
    }

    public override async Task HandleAsync(UpdateIndicatorRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId, transaction);
        Etags.Require(this, HttpContext, before.Version);
        await IndicatorData.CheckAgainstPlanAsync(this, connection, transaction, request.PlanId, request.IndicatorId, request);
        if (request.Frequency != before.Frequency
            && await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM indicator_values WHERE indicator_id = @IndicatorId)", new { request.IndicatorId }, transaction))
            this.Conflict("frequency", "This indicator already has values for its periods, so its frequency cannot change. Add a new indicator instead.");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, request.IndicatorId, before.Version, Reference = request.Reference.Trim(), Name = request.Name.Trim(),
            Definition = Written.OrNull(request.Definition), request.Unit, request.DecimalPlaces, request.Polarity, request.Frequency,
            request.YtdRule, DataSource = Written.OrNull(request.DataSource),
            NumeratorLabel = Written.OrNull(request.NumeratorLabel), DenominatorLabel = Written.OrNull(request.DenominatorLabel), request.Position, write.Now,
        }, transaction);
        await IndicatorData.SaveOwnersAndLinksAsync(connection, transaction, request.IndicatorId, request.OwnerIds ?? [], request.Links ?? []);
        var after = (await IndicatorData.FindAsync(connection, request.PlanId, request.IndicatorId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "indicator", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
