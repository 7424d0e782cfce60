using System.Collections.Concurrent;
using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// The grid and the summary are two views of one <see cref="PlanSnapshot"/>: when both must be built at the same version
/// (after a save, the board's page asks for both), the plan is read once and the second build reuses the first's
/// snapshot, and its analysis as at today for the current review, instead of reading and analysing every score again.
/// A read is kept per plan for <see cref="Keep"/> after it starts (then dropped, whether or not anyone asked again, so
/// an idle tracker holds no snapshot), and only for a build asking for its version or older; at most
/// <see cref="Capacity"/> plans' reads are kept. Concurrent builds share a read in progress.
/// </summary>
public sealed class SharedSnapshots(Database database, TimeProvider time)
{
    /// <summary>Plans whose latest read is kept: a board looks at one plan at a time, a few boards at once.</summary>
    public const int Capacity = 4;

    /// <summary>How long a read is kept after it starts: long enough for the other view's build to start after a save.</summary>
    public TimeSpan Keep { get; set; } = TimeSpan.FromSeconds(5);

    private sealed class Read(long version, long started)
    {
        public long Version { get; } = version;
        public long Started { get; } = started;
        public TaskCompletionSource<PlanSnapshot?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Lazy<(DateOnly Today, PlanAnalysis Analysis)>? Current;
    }

    private readonly ConcurrentDictionary<long, Read> reads = new();
    private long count;

    /// <summary>How many times a plan has been read from the database here since the process began.</summary>
    public long Reads => Interlocked.Read(ref count);

    /// <summary>
    /// The snapshot of <paramref name="planId"/> at <paramref name="version"/> or newer (null: no such plan), and the
    /// analysis as at <paramref name="today"/> for the current review when it is asked for: lock it while using it, since
    /// the other view's build may share it. Reuses a kept read when there is one.
    /// </summary>
    public async Task<Shared?> LoadAsync(long planId, long version, DateOnly today)
    {
        while (true)
        {
            var now = time.GetTimestamp();
            reads.TryGetValue(planId, out var current);
            if (current is not null && time.GetElapsedTime(current.Started, now) <= Keep)
            {
                PlanSnapshot? snapshot = null;
                var usable = true;
                if (current.Done.Task.IsCompletedSuccessfully) snapshot = current.Done.Task.Result;
                else if (!current.Done.Task.IsCompleted && current.Version >= version)
                {
                    try { snapshot = await current.Done.Task; }
                    catch (Exception) { continue; } // that read failed and is gone: read again
                }
                else usable = false;
                if (usable && snapshot is not null && snapshot.DataVersion >= version) return new Shared(snapshot, current, today);
            }

            var mine = new Read(version, now);
            var won = current is null ? reads.TryAdd(planId, mine) : reads.TryUpdate(planId, mine, current);
            if (!won) continue;
            if (reads.Count > Capacity)
                foreach (var old in reads.Where(r => r.Value != mine).OrderBy(r => r.Value.Started).Take(reads.Count - Capacity).ToList())
                    reads.TryRemove(old);
            Interlocked.Increment(ref count);
            try
            {
                PlanSnapshot? snapshot;
                await using (var connection = await database.OpenAsync()) snapshot = await PlanSnapshot.LoadAsync(connection, planId);
                mine.Done.SetResult(snapshot);
                if (snapshot is null) reads.TryRemove(KeyValuePair.Create(planId, mine));
                else _ = DropLaterAsync(planId, mine);
                return snapshot is null ? null : new Shared(snapshot, mine, today);
            }
            catch (Exception e)
            {
                reads.TryRemove(KeyValuePair.Create(planId, mine));
                mine.Done.SetException(e);
                _ = mine.Done.Task.Exception;
                throw;
            }
        }
    }

    private async Task DropLaterAsync(long planId, Read read)
    {
        await Task.Delay(Keep, time);
        reads.TryRemove(KeyValuePair.Create(planId, read));
    }

    /// <summary>A snapshot, and its analysis as at a day for the current review, made once however many views ask.</summary>
    public sealed class Shared
    {
        private readonly Read read;
        private readonly DateOnly today;

        internal Shared(PlanSnapshot snapshot, object read, DateOnly today)
        {
            Snapshot = snapshot;
            this.read = (Read)read;
            this.today = today;
        }

        public PlanSnapshot Snapshot { get; }

        /// <summary>The analysis as at today for the current review (the grid's, and the summary's without reviewId); lock it while using it.</summary>
        public PlanAnalysis Current
        {
            get
            {
                var lazy = LazyInitializer.EnsureInitialized(ref read.Current, () => new(() => (today, new PlanAnalysis(Snapshot, today))));
                return lazy.Value.Today == today ? lazy.Value.Analysis : new PlanAnalysis(Snapshot, today);
            }
        }
    }
}
