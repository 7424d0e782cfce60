using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Demo;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Summary;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionPlanTracker.Tests.Api.Demo;

/// <summary>
/// The demo's dates are placed relative to the day it is first started, so the board's story must not depend on that day:
/// month ends, a leap day, the clocks changing and the turn of the year all give the same overdue and due-soon picture.
/// Seeds straight into a database and reads it with the summary's own code, one database per day, to stay quick.
/// </summary>
public sealed class DemoDataCalendarTests
{
    [TestCase("2026-01-01")]
    [TestCase("2026-01-31")]
    [TestCase("2026-03-29")]
    [TestCase("2026-08-31")]
    [TestCase("2026-12-31")]
    [TestCase("2028-02-29")]
    public async Task The_demo_tells_the_same_story_whichever_day_it_is_first_started(string day)
    {
        var today = DateOnly.Parse(day);
        var folder = Path.Combine(Path.GetTempPath(), "tracker-demo-day-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var database = new Database(Path.Combine(folder, "tracker.db"));
            database.PrepareFile();
            Migrator.Migrate(database, NullLogger.Instance);
            var clock = new Clock(new FixedTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero)), new TrackerSettings());
            await DemoData.SeedIfEmptyAsync(database, clock, NullLogger.Instance);

            await using var connection = await database.OpenAsync();
            var inspection = new PlanAnalysis((await PlanSnapshot.LoadAsync(connection, 1))!, today);
            var development = new PlanAnalysis((await PlanSnapshot.LoadAsync(connection, 2))!, today);
            var inspectionSummary = PlanSummary.Of(inspection);
            var developmentSummary = PlanSummary.Of(development);
            var lettered = inspection.Items.SelectMany(r => r.Children).Select(a => a.DeadlineStatus).ToList();

            Assert.Multiple(() =>
            {
                Assert.That(lettered, Is.SupersetOf(new DeadlineStatus?[] { DeadlineStatus.Overdue, DeadlineStatus.DueSoon, DeadlineStatus.NotDue }));
                Assert.That(inspectionSummary.Overdue.Select(i => i.Reference), Is.EqualTo(new[] { "2", "8", "9" }));
                Assert.That(inspectionSummary.DueSoon.Select(i => i.Reference), Is.EqualTo(new[] { "4" }));
                Assert.That(inspectionSummary.ContradictingOverrides.Select(i => i.Reference), Is.EqualTo(new[] { "5" }));
                Assert.That(inspection.CurrentReview!.ReviewDate, Is.InRange(today.AddDays(-14), today));
                Assert.That(developmentSummary.Overdue.Select(i => i.Reference), Is.EqualTo(new[] { "1 / 1.1 / 2", "3 / 3.2 / 1", "3 / 3.2 / 2", "6 / 6.3 / 1" }));
                Assert.That(developmentSummary.DueSoon, Has.Count.EqualTo(4));
                Assert.That(development.Reviews.Select(r => r.Label).Distinct().Count(), Is.EqualTo(5));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
