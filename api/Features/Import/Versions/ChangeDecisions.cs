using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import.Versions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Import.Versions;

public sealed record ChangeDecisionsRequest
{
    [RouteParam] public long ImportId { get; init; }
    /// <summary>A choice per decision key (versionOf.decisions); decisions left out keep what was chosen before.</summary>
    public IReadOnlyList<DecisionChoice>? Decisions { get; init; }
}

/// <param name="Choice">keepTracker or takeFile.</param>
public sealed record DecisionChoice(string Key, string Choice);

public sealed class ChangeDecisions(Data.Database database) : Endpoint<ChangeDecisionsRequest, ImportResponse>
{
    public sealed class Validator : Validator<ChangeDecisionsRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Decisions).NotNull().WithMessage("Send the decisions: a list of { key, choice }.");
            RuleForEach(r => r.Decisions).Must(d => d.Choice is "keepTracker" or "takeFile")
                .WithMessage("Choose keepTracker (keep the tracker's score) or takeFile (take the file's) for each decision.");
        }
    }

    private const string UpdateSql = """
        UPDATE imports SET decisions_json = @decisionsJson, row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    public override void Configure()
    {
        Put("/imports/{importId}/decisions");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ImportResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "For a newer version of a plan: choose, score by score, to keep the tracker's or take the file's";
            s.Description = "Needs the import's ETag in If-Match. Each key must be one of versionOf.decisions; a score in a closed review is always kept.";
        });
    }

    public override async Task HandleAsync(ChangeDecisionsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var row = await ImportData.RequireAsync(this, connection, request.ImportId, transaction);
        Etags.Require(this, HttpContext, row.Version);
        if (row.Status != "pending") this.Conflict("importId", $"This import is {row.Status}; only a pending import's decisions can change.");
        if (row.VersionOfPlanId is null) this.Conflict("importId", "This import makes a new plan, so it has no decisions to make.");

        var (_, reading) = await ImportViews.ReadAsync(this, connection, row, transaction: transaction);
        var version = (await VersionComparison.ReadAsync(connection, row.VersionOfPlanId, reading, transaction))!;
        var decisions = Choose(version.Diff, VersionDecisions.Read(row.DecisionsJson), request.Decisions!);

        if (await connection.ExecuteAsync(UpdateSql, new { decisionsJson = VersionDecisions.Write(decisions), importId = row.Id, version = row.Version }, transaction) == 0)
            this.Stop(412, "ifMatch", "This import was changed by someone else while you were saving. Reload it and choose again.");
        var after = (await ImportData.FindAsync(connection, row.Id, transaction))!;
        var (response, _) = await ImportViews.ReadAsync(this, connection, after, transaction: transaction);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, response.Version);
        await Send.OkAsync(response, ct);
    }

    /// <summary>
    /// The stored choices with these applied. A score keeps the version it had when the dry run first showed it; one that
    /// became a decision since (the mapping changed) is held at the version it has now.
    /// </summary>
    private Dictionary<string, StoredDecision> Choose(PlanVersionDiff diff, IReadOnlyDictionary<string, StoredDecision> stored, IReadOnlyList<DecisionChoice> choices)
    {
        var open = diff.Decisions.Where(d => d.Key is not null).ToDictionary(d => d.Key!);
        var decisions = stored.Where(s => open.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (!open.TryGetValue(choice.Key, out var score))
                AddError(new ValidationFailure($"decisions[{i}].key", $"\"{choice.Key}\" is not one of this import's decisions; reload the import to see them."));
            else if (score.Outcome == ScoreOutcome.DiffersInClosedReview && choice.Choice == "takeFile")
                AddError(new ValidationFailure($"decisions[{i}].choice", $"The review \"{score.ReviewLabel}\" is closed: its score is kept as the tracker holds it."));
            else
                decisions[choice.Key] = new StoredDecision(choice.Choice == "takeFile" ? ScoreChoice.TakeFile : ScoreChoice.KeepTracker,
                    decisions.TryGetValue(choice.Key, out var seen) ? seen.Version : score.Version);
        }
        ThrowIfAnyErrors(400);
        return decisions;
    }
}
