using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scales;

public record ScaleRequest
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>false for a score where 1 is the best position. Give this, or directionNotStated: true when the source never says which end is good.</summary>
    public bool? HigherIsBetter { get; init; }
    /// <summary>True when the source never says which end of the scale is good: the tracker then shows what each reading would mean, and which one the printed directions of travel imply, until a person decides.</summary>
    public bool DirectionNotStated { get; init; }
    /// <summary>The whole set of levels, in any order.</summary>
    public List<ScaleLevelRequest> Levels { get; init; } = [];
}

public sealed record ScaleLevelRequest
{
    /// <summary>0 or more (inspectorate scales start at 0). "No score" is not a level: it is a score without one.</summary>
    public int Value { get; init; }
    public string Label { get; init; } = "";
    public string? Meaning { get; init; }
    /// <summary>#rrggbb, e.g. #92d050; leave it out when the plan gives the level no colour.</summary>
    public string? Colour { get; init; }
    public bool MeansComplete { get; init; }

    public ScaleLevel ToDomain() => new(Value, Label ?? "", Meaning, string.IsNullOrWhiteSpace(Colour) ? null : Colour, MeansComplete);
}

/// <summary>
/// The rules shared by create and update. What makes a set of levels usable is <see cref="RatingScale.Problems"/>'s
/// to say; here are only the limits of what we store. Name clashes are checked against the database in the handler.
/// </summary>
public sealed class ScaleRules : AbstractValidator<ScaleRequest>
{
    public ScaleRules()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the scale's name.")
            .MaximumLength(100).WithMessage("Name must be 100 characters or fewer.");
        RuleFor(r => r.Description).MaximumLength(1000).WithMessage("Description must be 1000 characters or fewer.");
        // One real plan scores 1 to 3 with 1 best: assuming a direction would make direction of travel read backwards.
        RuleFor(r => r.HigherIsBetter).Must((r, higher) => higher is not null || r.DirectionNotStated)
            .WithMessage("Say whether a higher level is better or worse, or that the plan does not say which end is better.")
            .Must((r, higher) => higher is null || !r.DirectionNotStated)
            .WithMessage("Give either higherIsBetter or directionNotStated, not both.");
        // A single level could never show a direction of travel; real scales have 3 to 5.
        RuleFor(r => r.Levels).Must(levels => levels is { Count: >= 2 }).WithMessage("Give the scale at least two levels.");
        RuleForEach(r => r.Levels).NotNull().WithMessage("Each level needs a value and a label.")
            .ChildRules(level =>
            {
                level.RuleFor(l => l.Label).MaximumLength(100).WithMessage("Label must be 100 characters or fewer.");
                level.RuleFor(l => l.Meaning).MaximumLength(500).WithMessage("Meaning must be 500 characters or fewer.");
            });
        RuleFor(r => r.Levels).Custom(AddDomainProblems).When(r => r.Levels is { } levels && levels.All(l => l is not null));
    }

    // A problem with one level alone (its value, label or colour) is reported against that level, so a form can show it
    // beside the row; a problem between levels (two with one value or one label) is reported against the list.
    private static void AddDomainProblems(List<ScaleLevelRequest> levels, FluentValidation.ValidationContext<ScaleRequest> context)
    {
        var reported = new HashSet<string>();
        for (var i = 0; i < levels.Count; i++)
            foreach (var problem in RatingScale.Problems([levels[i].ToDomain()]))
            {
                context.AddFailure($"levels[{i}]", problem);
                reported.Add(problem);
            }
        foreach (var problem in RatingScale.Problems(levels.Select(l => l.ToDomain()).ToList()).Where(p => !reported.Contains(p)))
            context.AddFailure("levels", problem);
    }
}

public sealed class CreateScale(Database database, Clock clock) : Endpoint<ScaleRequest, ScaleResponse>
{
    public sealed class Validator : Validator<ScaleRequest>
    {
        public Validator() => Include(new ScaleRules());
    }

    private const string InsertSql = """
        INSERT INTO rating_scales (name, description, higher_is_better, is_built_in, created_at, updated_at)
        VALUES (@Name, @Description, @HigherIsBetter, 0, @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/scales");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ScaleResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Create a rating scale with its levels");
    }

    public override async Task HandleAsync(ScaleRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var name = request.Name.Trim();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        if (await ScaleData.NameTakenAsync(connection, name, exceptId: 0, transaction))
            this.Conflict("name", $"There is already a scale called \"{name}\". Choose a different name.");

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            Name = name, Description = Written.OrNull(request.Description), request.HigherIsBetter, write.Now,
        }, transaction);
        await ScaleData.InsertLevelsAsync(connection, id, request.Levels, transaction);
        var created = (await ScaleData.FindAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "scale", id, null, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetScale>(new { scaleId = id }, created, cancellation: ct);
    }
}
