using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;

namespace ActionPlanTracker.Features.Demo;

public static class DemoData
{
    public static Task SeedIfEmptyAsync(Database database, Clock clock, ILogger logger) => Task.CompletedTask;
}
