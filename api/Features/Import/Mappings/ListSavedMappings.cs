using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Mappings;

public sealed class ListSavedMappings(Data.Database database) : EndpointWithoutRequest<IReadOnlyList<SavedMappingSummary>>
{
    public override void Configure()
    {
        Get("/import-mappings");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<IReadOnlyList<SavedMappingSummary>>(200).ClearDefaultAccepts());
        Summary(s => s.Summary = "List the saved import mappings by name");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await Send.OkAsync((await connection.QueryAsync<SavedMappingSummary>(SavedMappingData.ListSql)).AsList(), ct);
    }
}
