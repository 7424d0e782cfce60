namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// Holds every build of one key at its start (a cache's BuildStarting hook) until <see cref="Release"/>, counting how many
/// started, so a test can prove what readers arriving meanwhile get. Disposing releases it and takes the hook away.
/// </summary>
public sealed class HeldBuild<TKey> : IDisposable where TKey : IEquatable<TKey>
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<Func<TKey, Task>?> install;
    private int started;

    public HeldBuild(TKey key, Action<Func<TKey, Task>?> install)
    {
        this.install = install;
        install(async k =>
        {
            if (!k.Equals(key)) return;
            Interlocked.Increment(ref started);
            await release.Task;
        });
    }

    /// <summary>How many builds of the key have started.</summary>
    public int Started => Volatile.Read(ref started);

    public void Release() => release.TrySetResult();

    /// <summary>Waits (at most a minute, no sleeping in the assertion) until <paramref name="condition"/> holds or <paramref name="reads"/> has one finished.</summary>
    public static async Task UntilAsync(Func<bool> condition, IEnumerable<Task> reads)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline && !reads.Any(r => r.IsCompleted)) await Task.Delay(20);
    }

    public void Dispose()
    {
        Release();
        install(null);
    }
}
