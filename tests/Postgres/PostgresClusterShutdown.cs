using ActionPlanTracker.Tests.Postgres;

// In the tests' root namespace, so its teardown runs once, after every test of the run.
namespace ActionPlanTracker.Tests;

/// <summary>Stops the run's PostgreSQL cluster, if a test started it, when every test has finished.</summary>
[SetUpFixture]
public sealed class PostgresClusterShutdown
{
    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (PostgresCluster.Started) await (await PostgresCluster.GetAsync()).StopAsync();
    }
}
