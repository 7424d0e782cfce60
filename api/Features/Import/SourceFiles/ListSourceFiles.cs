using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.SourceFiles;

public sealed class ListSourceFiles(Data.Database database) : Endpoint<PlanIdRequest, IReadOnlyList<ImportSummary>>
{
    private const string ListSql = ImportData.SummarySql + """

        WHERE plan_id = @PlanId AND status = 'committed'
        ORDER BY committed_at, id
        """;

    public override void Configure()
    {
        Get("/plans/{planId}/source-files");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ImportSummary>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List the files a plan was imported from, oldest first");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        await Send.OkAsync((await connection.QueryAsync<ImportSummary>(ListSql, new { request.PlanId })).AsList(), ct);
    }
}
