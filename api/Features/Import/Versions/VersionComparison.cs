using System.Data;
using ActionPlanTracker.Domain.Import.Versions;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>A version import's file against its plan as the tracker holds it now.</summary>
public sealed record VersionComparison(ExistingPlan Plan, PlanVersionDiff Diff)
{
    /// <summary>Null for an import that is not a newer version of a plan, or whose file is no longer kept.</summary>
    public static async Task<VersionComparison?> ReadAsync(IDbConnection connection, long? planId, ImportReading? reading, IDbTransaction? transaction = null)
    {
        if (planId is not { } id || reading is null) return null;
        var plan = await VersionData.LoadAsync(connection, id, transaction);
        return plan is null ? null : new VersionComparison(plan, PlanVersionDiffer.Compare(plan, reading.Draft));
    }

    public VersionOf View(string? decisionsJson) => VersionView.Build(Plan, Diff, VersionDecisions.Read(decisionsJson));
}
