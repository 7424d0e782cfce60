using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.PrintedFigures;

public record PrintedFigureRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>The review it was printed for; leave out when it was printed for none (it is then kept, but cannot be checked).</summary>
    public long? ReviewId { get; init; }
    /// <summary>The priority it is about; leave out for the whole plan.</summary>
    public long? PriorityId { get; init; }
    /// <summary>countAtLevel, percentageAtLevel, scoredItemCount, itemCount or other.</summary>
    public string Kind { get; init; } = "";
    /// <summary>For countAtLevel and percentageAtLevel: the value of the level on the plan's scale that it counts.</summary>
    public int? Level { get; init; }
    /// <summary>The label as printed, e.g. "COMPLETED".</summary>
    public string Label { get; init; } = "";
    /// <summary>The value exactly as printed, e.g. "6" or "45%".</summary>
    public string ValueText { get; init; } = "";
    /// <summary>The number it stands for; leave out to have it read from valueText ("45%" → 45).</summary>
    public double? Value { get; init; }
    /// <summary>What it claims, in words, e.g. "actions completed".</summary>
    public string? Claims { get; init; }
    /// <summary>Where it was printed, e.g. "Board report, March 2018, p.4".</summary>
    public string? Source { get; init; }
}

public sealed class PrintedFigureRules : AbstractValidator<PrintedFigureRequest>
{
    public PrintedFigureRules()
    {
        RuleFor(r => r.Kind).Must(k => Domain.PrintedFigures.KindFrom(k) is not null)
            .WithMessage("Kind must be countAtLevel, percentageAtLevel, scoredItemCount, itemCount or other.");
        RuleFor(r => r.Level).NotNull().When(r => Domain.PrintedFigures.KindFrom(r.Kind) is { } k && Domain.PrintedFigures.NeedsLevel(k))
            .WithMessage("Say which level of the plan's scale this figure counts.");
        RuleFor(r => r.Level).Null().When(r => Domain.PrintedFigures.KindFrom(r.Kind) is { } k && !Domain.PrintedFigures.NeedsLevel(k))
            .WithMessage("Only countAtLevel and percentageAtLevel figures count a level; leave it out.");
        RuleFor(r => r.Label).NotEmpty().WithMessage("Enter the label as printed, for example COMPLETED.").MaximumLength(200);
        RuleFor(r => r.ValueText).NotEmpty().WithMessage("Enter the value exactly as printed, for example 6 or 45%.").MaximumLength(100);
        RuleFor(r => r.ValueText)
            .Must((r, text) => r.Value is not null || Domain.PrintedFigures.ParseValue(text) is not null)
            .When(r => Domain.PrintedFigures.KindFrom(r.Kind) is { } k && k != FigureKind.Other && !string.IsNullOrWhiteSpace(r.ValueText) && r.ValueText.Length <= 100)
            .WithMessage("This kind of figure is checked against the scores, so it needs a number: enter it as printed (6, 45%), or give value.");
        RuleFor(r => r.Value).InclusiveBetween(0, 1_000_000_000).When(r => Domain.PrintedFigures.KindFrom(r.Kind) is not FigureKind.Other)
            .WithMessage("A count or percentage is between 0 and 1,000,000,000.");
        RuleFor(r => r.Value).InclusiveBetween(-1_000_000_000, 1_000_000_000).When(r => Domain.PrintedFigures.KindFrom(r.Kind) is FigureKind.Other)
            .WithMessage("Enter a value between -1,000,000,000 and 1,000,000,000.");
        RuleFor(r => r.Claims).MaximumLength(500);
        RuleFor(r => r.Source).MaximumLength(200);
        RuleFor(r => r.ReviewId).GreaterThan(0).When(r => r.ReviewId is not null).WithMessage("Choose one of the plan's reviews, or leave it out.");
        RuleFor(r => r.PriorityId).GreaterThan(0).When(r => r.PriorityId is not null).WithMessage("Choose one of the plan's priorities, or leave it out for the whole plan.");
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The checks shared by recording and changing a printed figure: what it points at belongs to the plan.</summary>
public static class PrintedFigureChecks
{
    private const string LevelsSql = """
        SELECT l.value AS Value, l.label AS Label FROM scale_levels l JOIN plans p ON p.scale_id = l.scale_id
        WHERE p.id = @planId ORDER BY l.value
        """;

    private const string PriorityInPlanSql = "SELECT EXISTS (SELECT 1 FROM priorities WHERE id = @priorityId AND plan_id = @planId)";

    private sealed record LevelRow(long Value, string Label);

    public static async Task CheckAsync(IValidationErrors endpoint, System.Data.IDbConnection connection, System.Data.IDbTransaction transaction,
        PrintedFigureRequest request)
    {
        await PlanData.RequireAsync(endpoint, connection, request.PlanId, transaction);
        if (request.ReviewId is { } reviewId && await ReviewData.FindAsync(connection, request.PlanId, reviewId, transaction) is null)
            endpoint.Invalid("reviewId", ReviewData.NoSuchReview(request.PlanId, reviewId));
        if (request.PriorityId is { } priorityId
            && !await connection.ExecuteScalarAsync<bool>(PriorityInPlanSql, new { planId = request.PlanId, priorityId }, transaction))
            endpoint.Invalid("priorityId", $"Plan {request.PlanId} has no priority with id {priorityId}.");
        if (request.Level is { } level)
        {
            var levels = (await connection.QueryAsync<LevelRow>(LevelsSql, new { planId = request.PlanId }, transaction)).AsList();
            if (levels.All(l => l.Value != level))
                endpoint.Invalid("level", $"The plan's scale has no level {level}; its levels are {string.Join(", ", levels.Select(l => Domain.LevelWords.Text((int)l.Value, l.Label)))}.");
        }
    }

    /// <summary>The value to store: as given, or read from the text as printed.</summary>
    public static double? ValueOf(PrintedFigureRequest request) => request.Value ?? Domain.PrintedFigures.ParseValue(request.ValueText);
}

public sealed class RecordPrintedFigure(Database database, Clock clock) : Endpoint<PrintedFigureRequest, PrintedFigureResponse>
{
    public sealed class Validator : Validator<PrintedFigureRequest>
    {
        public Validator() => Include(new PrintedFigureRules());
    }

    private const string InsertSql = """
        INSERT INTO printed_figures (plan_id, review_id, priority_id, kind, level, label, value_text, value, claims, source, recorded_by, recorded_at)
        VALUES (@PlanId, @ReviewId, @PriorityId, @Kind, @Level, @Label, @ValueText, @Value, @Claims, @Source, @Actor, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/printed-figures");
        Roles(Allowed.Board);
        Description(b => b.Produces<PrintedFigureResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Record a figure as it was printed in the plan or a board report: a count or percentage at a level, a count of items";
            s.Description = "The summary of its review checks it against the scores and says where they disagree. Kind other, or no review, "
                + "is kept as printed but cannot be checked. value is read from valueText when left out (\"45%\" → 45).";
        });
    }

    public override async Task HandleAsync(PrintedFigureRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PrintedFigureChecks.CheckAsync(this, connection, transaction, request);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.ReviewId, request.PriorityId, request.Kind, request.Level, Label = request.Label.Trim(),
            ValueText = request.ValueText.Trim(), Value = PrintedFigureChecks.ValueOf(request), Claims = PrintedFigureRules.Clean(request.Claims),
            Source = PrintedFigureRules.Clean(request.Source), write.Actor, write.Now,
        }, transaction);
        var created = (await PrintedFigureData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "printedFigure", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetPrintedFigure>(new { planId = request.PlanId, printedFigureId = id }, created, cancellation: ct);
    }
}
