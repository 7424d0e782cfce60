using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Scorecard;

public record ComparatorRouteRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long IndicatorId { get; init; }
    /// <summary>The calendar year the council's year starts in: 2025 is 2025/26.</summary>
    [RouteParam] public int Year { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ComparatorKinds))]
    [RouteParam] public string Kind { get; init; } = "";
}

public sealed record SaveComparatorRequest : ComparatorRouteRequest
{
    /// <summary>The comparator's figure, in the indicator's own unit.</summary>
    public double Value { get; init; }
    /// <summary>The year the published figure is for, as printed ("2023/24").</summary>
    public string? FigureYear { get; init; }
    /// <summary>Where it was published ("LAIT", "DfE CIN census 2024").</summary>
    public string? Source { get; init; }
}

public sealed class SaveComparator(Database database, Clock clock) : Endpoint<SaveComparatorRequest, ComparatorResponse>
{
    public sealed class Validator : Validator<SaveComparatorRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Year).InclusiveBetween(1990, 2100).WithMessage("Write the year as the calendar year it starts in, 1990 to 2100 (2025 for 2025/26).");
            RuleFor(r => r.Value).Must(v => IndicatorValueRules.WithinMaxDecimals(v)).WithMessage("Enter the figure with at most 4 decimal places.");
            RuleFor(r => r.FigureYear).MaximumLength(50);
            RuleFor(r => r.Source).MaximumLength(500);
        }
    }

    internal const string FindSql = """
        SELECT id AS Id, indicator_id AS IndicatorId, year AS Year, kind AS Kind, value AS Value, figure_year AS FigureYear, source AS Source,
               row_version AS Version, updated_by AS UpdatedBy, updated_at AS UpdatedAt
        FROM indicator_comparators WHERE indicator_id = @IndicatorId AND year = @Year AND kind = @Kind
        """;

    internal sealed record Row
    {
        public long Id { get; init; }
        public long IndicatorId { get; init; }
        public long Year { get; init; }
        public string Kind { get; init; } = "";
        public double Value { get; init; }
        public string? FigureYear { get; init; }
        public string? Source { get; init; }
        public long Version { get; init; }
        public string UpdatedBy { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public ComparatorResponse ToResponse() => new()
        {
            IndicatorId = IndicatorId, Year = (int)Year, Kind = Kind, Value = Value, FigureYear = FigureYear, Source = Source,
            Version = Version, UpdatedBy = UpdatedBy, UpdatedAt = UpdatedAt,
        };
    }

    public override void Configure()
    {
        Put("/plans/{planId}/indicators/{indicatorId}/years/{year}/comparators/{kind}");
        Roles(Allowed.Board);
        Description(b => b.Produces<ComparatorResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428).WithMetadata(OpenApi.IfMatchWhenExisting.Instance));
        Summary(s =>
        {
            s.Summary = "Record or change what an indicator is compared with in a year: statistical neighbours, England or the region";
            s.Description = "Creates the comparator when there is none of this kind for the year (no If-Match needed); otherwise If-Match must carry its ETag.";
        });
    }

    public override async Task HandleAsync(SaveComparatorRequest request, CancellationToken ct)
    {
        if (!ScorecardWords.ComparatorKinds.Contains(request.Kind))
            this.NotFound("kind", $"Kind must be one of {string.Join(", ", ScorecardWords.ComparatorKinds)}.");
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId, transaction);
        var before = (await connection.QuerySingleOrDefaultAsync<Row>(FindSql, request, transaction))?.ToResponse();
        Etags.RequireIfExists(this, HttpContext, before?.Version);

        var values = new
        {
            request.IndicatorId, request.Year, request.Kind, request.Value, FigureYear = Written.OrNull(request.FigureYear),
            Source = Written.OrNull(request.Source), write.Actor, write.Now, Version = before?.Version,
        };
        if (before is null)
            await connection.ExecuteAsync("""
                INSERT INTO indicator_comparators (indicator_id, year, kind, value, figure_year, source, updated_by, updated_at)
                VALUES (@IndicatorId, @Year, @Kind, @Value, @FigureYear, @Source, @Actor, @Now)
                """, values, transaction);
        else if (await connection.ExecuteAsync("""
                UPDATE indicator_comparators SET value = @Value, figure_year = @FigureYear, source = @Source, updated_by = @Actor, updated_at = @Now,
                    row_version = row_version + 1
                WHERE indicator_id = @IndicatorId AND year = @Year AND kind = @Kind AND row_version = @Version
                """, values, transaction) != 1)
            this.Stop(412, "ifMatch", "This comparator was changed by someone else while you were saving. Reload it and apply your change again.");

        var row = (await connection.QuerySingleAsync<Row>(FindSql, request, transaction));
        var after = row.ToResponse();
        await AuditLog.RecordAsync(connection, transaction, write, "indicatorComparator", row.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}
