using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Import;

public sealed record ListImportsRequest
{
    /// <summary>Only imports with this status: pending, committed or discarded.</summary>
    [OpenApi.OneOf(typeof(ImportData), nameof(ImportData.StatusValues))]
    [QueryParam] public string? Status { get; init; }
}

public sealed class ListImports(Data.Database database) : Endpoint<ListImportsRequest, IReadOnlyList<ImportSummary>>
{
    public sealed class Validator : Validator<ListImportsRequest>
    {
        public Validator() => RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ImportData.StatusValues.Contains(s))
            .WithMessage($"Status must be {ImportData.Statuses}.");
    }

    private const string ListSql = ImportData.SummarySql + """

        WHERE @status IS NULL OR status = @status
        ORDER BY created_at DESC, id DESC
        """;

    public override void Configure()
    {
        Get("/imports");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<IReadOnlyList<ImportSummary>>(200).ProducesProblemDetails(400).ClearDefaultAccepts());
        Summary(s => s.Summary = "List imports, newest first, optionally by status (?status=pending)");
    }

    public override async Task HandleAsync(ListImportsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var imports = await connection.QueryAsync<ImportSummary>(ListSql, new { status = string.IsNullOrEmpty(request.Status) ? null : request.Status });
        await Send.OkAsync(imports.AsList(), ct);
    }
}
