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

    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public long Ticks;
        public override long GetTimestamp() => Ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public void Advance(TimeSpan by) => Ticks += by.Ticks;
    }

    /// <summary>A cache holding version 1, built, and version 2's build held on <paramref name="held"/>, started by <paramref name="starter"/>.</summary>
    private static async Task<(ReadCache Cache, Task<Kept> Starter)> BuildingVersion2Async(ManualTime time, Writers writers,
        TaskCompletionSource<Kept> held, string? starter = "starter", Action? afterVersion1 = null)
    {
        var cache = new ReadCache(time, writers);
        Assert.That((await cache.GetAsync(Grid, 1, Today, () => Task.FromResult(Json(1)), "reader")).Version, Is.EqualTo(1));
        afterVersion1?.Invoke();
        var started = cache.GetAsync(Grid, 2, Today, () => held.Task, starter);
        await Until(() => cache.Builds == 2, "version 2 is building");
        return (cache, started);
    }

    [Test]
    public async Task While_the_next_version_builds_a_reader_who_wrote_nothing_gets_the_previous_bytes_at_once()
    {
        var time = new ManualTime();
        var writers = new Writers();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (cache, starter) = await BuildingVersion2Async(time, writers, held);

        Assert.That(starter.IsCompleted, Is.True, "the reader who started the build is not held by it");
        Assert.That((await starter).Version, Is.EqualTo(1));
        var other = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("one build per version"), "another reader");
        Assert.That(other.IsCompleted, Is.True, "served without waiting");
        Assert.That((await other).Version, Is.EqualTo(1), "the previous version, which says so");
        Assert.That(cache.ServedStale, Is.EqualTo(2));

        held.SetResult(Json(2));
        Assert.That((await cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("kept"))).Version, Is.EqualTo(2), "built");
        Assert.That((await cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("kept"), "another reader")).Version, Is.EqualTo(2),
            "once built, nobody is served the previous version");
        Assert.That(cache.Builds, Is.EqualTo(2));
    }

    [Test]
    public async Task A_reader_who_wrote_after_the_previous_version_was_read_waits_for_the_new_one()
    {
        var time = new ManualTime();
        var writers = new Writers();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The save that made version 2, after version 1 was read.
        var (cache, _) = await BuildingVersion2Async(time, writers, held, afterVersion1: () => writers.Wrote("saver"));

        var saver = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("one build per version"), "saver");
        await Until(() => cache.WaitingOn(Grid) == 1, "the saver waits on the build");
        Assert.That(saver.IsCompleted, Is.False);
        held.SetResult(Json(2));
        Assert.That((await saver).Version, Is.EqualTo(2), "a saved score shows in the saver's next read");
    }

    [Test]
    public async Task A_write_made_before_the_previous_version_was_read_does_not_hold_its_writer()
    {
        var time = new ManualTime();
        var writers = new Writers();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        writers.Wrote("early writer");
        var (cache, _) = await BuildingVersion2Async(time, writers, held);
        writers.Wrote("late writer");

        Assert.That((await cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("kept"), "early writer")).Version, Is.EqualTo(1),
            "version 1 was read after that write, so it holds it");
        var late = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("kept"), "late writer");
        var anonymous = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("kept"));
        await Until(() => cache.WaitingOn(Grid) == 2, "a later writer, and a caller nobody knows, wait");
        held.SetResult(Json(2));
        Assert.That((await late).Version, Is.EqualTo(2));
        Assert.That((await anonymous).Version, Is.EqualTo(2));
    }

    [Test]
    public async Task A_previous_version_read_longer_ago_than_the_limit_is_not_served()
    {
        var time = new ManualTime();
        var writers = new Writers();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new ReadCache(time, writers);
        await cache.GetAsync(Grid, 1, Today, () => Task.FromResult(Json(1)), "reader");
        time.Advance(cache.StaleLimit + TimeSpan.FromSeconds(1));

        var starter = cache.GetAsync(Grid, 2, Today, () => held.Task, "reader");
        var other = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("one build per version"), "another reader");
        await Until(() => cache.WaitingOn(Grid) == 1, "both wait: version 1 is too old to serve");
        Assert.That(starter.IsCompleted || other.IsCompleted, Is.False);
        held.SetResult(Json(2));
        Assert.That((await starter).Version, Is.EqualTo(2));
        Assert.That((await other).Version, Is.EqualTo(2));
        Assert.That(cache.ServedStale, Is.Zero);
    }

    [Test]
    public async Task Nothing_previous_is_served_once_a_build_has_failed()
    {
        var time = new ManualTime();
        var held = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (cache, starter) = await BuildingVersion2Async(time, new Writers(), held);
        Assert.That(starter.IsCompleted, Is.True, "served the previous version while the build runs");
        Assert.That((await starter).Version, Is.EqualTo(1));
        var waiter = cache.GetAsync(Grid, 2, Today, () => throw new AssertionException("one build per version"));
        held.SetException(new InvalidOperationException("the database went away"));
        Assert.That(await Assert.CatchAsync(async () => await waiter), Is.InstanceOf<InvalidOperationException>(), "the failed build is dropped");

        // No build is running now: the next reader waits for the one it starts, however recent version 1 is.
        var next = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = cache.GetAsync(Grid, 4, Today, () => next.Task, "reader");
        Assert.That(reader.IsCompleted, Is.False);
        next.SetResult(Json(4));
        Assert.That((await reader).Version, Is.EqualTo(4));
    }

    [Test]
    public void Writers_forget_the_oldest_callers_by_raising_the_floor_so_a_forgotten_writer_still_waits()
    {
        var writers = new Writers();
        var first = writers.Wrote("first");
        for (var i = 0; i < Writers.Capacity; i++) writers.Wrote($"caller {i}");
        Assert.That(writers.LastOf("first"), Is.GreaterThanOrEqualTo(first), "forgotten, but not taken to have written earlier");
        Assert.That(writers.LastOf("never wrote"), Is.GreaterThan(0), "anyone unknown is taken to have written at the floor");
        Assert.That(writers.LastOf($"caller {Writers.Capacity - 1}"), Is.EqualTo(writers.Sequence));
    }
}
