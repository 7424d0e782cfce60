using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Scales;

public static class ScaleData
{
    public static Task<bool> ExistsAsync(IDbConnection connection, long scaleId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM rating_scales WHERE id = @scaleId)", new { scaleId }, transaction);
}
