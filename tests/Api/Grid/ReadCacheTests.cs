using System.Text;
using ActionPlanTracker.Features.Grid;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// The read cache on its own, no server: a reader of a newer version that finds an older one still building waits for
/// that build instead of starting a second beside it (issue 14, mixed load: with a save every 0.1 s, builds had piled up
/// on each other, each holding a whole snapshot and its JSON). Builds are held on a task, so nothing depends on timing.
/// </summary>
public sealed class ReadCacheTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly ReadCache.Key Grid = new("grid", 1, null);

    private static Kept Json(long version) => Kept.Of(Grid, version, Today, Encoding.UTF8.GetBytes($"{{\"version\":{version}}}"));

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.That(condition(), Is.True, what);
    }

    [Test]
    public async Task A_newer_version_waits_for_the_build_in_progress_and_then_builds_once_for_everyone_after_it()
    {
        var cache = new ReadCache();
        var first = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var built = new List<long>();
        Func<Task<Kept>> Build(long version, TaskCompletionSource<Kept> held) => () => { lock (built) built.Add(version); return held.Task; };

        var old = cache.GetAsync(Grid, 1, Today, Build(1, first));
        await Until(() => cache.Builds == 1, "the first reader builds version 1");

        // A save: three readers see version 2 while version 1 is still building.
        var newer = Enumerable.Range(0, 3).Select(_ => cache.GetAsync(Grid, 2, Today, Build(2, second))).ToList();
        await Until(() => cache.WaitingOn(Grid) == 3, "the readers of version 2 wait on the build in progress");
        Assert.That(cache.Builds, Is.EqualTo(1), "no second build beside the first");

        first.SetResult(Json(1));
        Assert.That((await old).Version, Is.EqualTo(1));
        await Until(() => cache.Builds == 2, "then one of them builds version 2");
        await Until(() => cache.WaitingOn(Grid) == 2, "and the other two wait on it");
        second.SetResult(Json(2));

        var kept = await Task.WhenAll(newer);
        Assert.That(kept.Select(k => k.Version), Is.All.EqualTo(2), "nobody is served an older version than they asked for");
        Assert.That(kept.Distinct().Count(), Is.EqualTo(1), "one build shared by the three");
        Assert.That(built, Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public async Task A_build_that_read_a_newer_version_than_asked_serves_the_readers_that_waited_without_another_build()
    {
        var cache = new ReadCache();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var old = cache.GetAsync(Grid, 1, Today, () => held.Task);
        await Until(() => cache.Builds == 1, "version 1 is building");
        var newer = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("no second build: the first read version 2"));
        await Until(() => cache.WaitingOn(Grid) == 1, "the reader of version 2 waits");

        held.SetResult(Json(2)); // the snapshot was read after the save, so it is version 2
        Assert.That((await old).Version, Is.EqualTo(2));
        Assert.That((await newer).Version, Is.EqualTo(2));
        Assert.That(cache.Builds, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_build_lets_the_reader_that_waited_build_its_own()
    {
        var cache = new ReadCache();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var old = cache.GetAsync(Grid, 1, Today, () => held.Task);
        await Until(() => cache.Builds == 1, "version 1 is building");
        var newer = cache.GetAsync(Grid, 2, Today, () => Task.FromResult(Json(2)));
        await Until(() => cache.WaitingOn(Grid) == 1, "the reader of version 2 waits");

        held.SetException(new InvalidOperationException("the database went away"));
        var failure = await Assert.CatchAsync(async () => await old);
        Assert.That(failure, Is.InstanceOf<InvalidOperationException>(), "the failure goes to the build's own reader");
        Assert.That((await newer).Version, Is.EqualTo(2), "and the next reader builds");
        Assert.That(cache.Builds, Is.EqualTo(2));
    }
}
