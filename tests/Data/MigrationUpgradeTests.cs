using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Recommendations;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionPlanTracker.Tests.Data;

/// <summary>
/// A council's database made by the first release (migrations 0001-0010) must upgrade in place with nothing lost: the
/// later migrations rebuild tables to relax what a source may lack (db/0012) and move people into one table (db/0011).
/// The old database is written with the old schema's own SQL, then upgraded and read with the current code.
/// </summary>
[SqliteOnly("upgrades a SQLite file written by the first release; PostgreSQL's history starts after migration 0033")]
public sealed class MigrationUpgradeTests
{
    private string folder = "";
    private Database database = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "tracker-upgrade-" + Guid.NewGuid().ToString("N")[..8]);
        database = new Database(Path.Combine(folder, "tracker.db"));
        database.PrepareFile();
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    // The first release's data, in the first release's columns: an action's single lead and responsible officer, owners
    // and recommendation leads in their own tables, reviews ordered by date alone, a person deleted after use (so the
    // people table's high-water mark is above its largest id), a signed-off score and an audit trail.
    private const string FirstReleaseData = """
        INSERT INTO people (id, name, job_title, email, created_at, updated_at) VALUES
          (1, 'Jo Bloggs', 'Head of Service', 'jo@council.gov.uk', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
          (2, 'Sam Reid', 'Service Manager', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
          (3, 'Amy Diaz', 'Team Manager', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
          (4, 'Gone Person', NULL, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        DELETE FROM people WHERE id = 4;
        INSERT INTO plans (id, title, source_type, status, scale_id, grouped_by_priority, score_level, created_at, updated_at)
        VALUES (1, 'Ofsted ILACS 2025 action plan', 'Ofsted ILACS inspection', 'active', 2, 1, 'recommendation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO priorities (id, plan_id, number, title, sort_order, created_at, updated_at)
        VALUES (1, 1, '1', 'Help and protection', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO recommendations (id, plan_id, priority_id, number, text, deadline_text, sort_order, created_at, updated_at)
        VALUES (1, 1, 1, '7 (14)', 'Improve return home interviews.', 'Mar-26', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO recommendation_leads (recommendation_id, person_id, position) VALUES (1, 2, 1), (1, 1, 2);
        INSERT INTO actions (id, plan_id, recommendation_id, code, description, lead_person_id, responsible_person_id, deadline_text,
                             sort_order, created_at, updated_at)
        VALUES (1, 1, 1, 'A', 'Offer every child an interview within 72 hours.', 1, 3, 'Sept 16 / ongoing', 1,
                '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO action_owners (action_id, person_id, position) VALUES (1, 2, 1), (1, 3, 2);
        INSERT INTO success_measures (id, plan_id, action_id, text, sort_order, created_at, updated_at)
        VALUES (1, 1, 1, '95% within 72 hours', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO reviews (id, plan_id, label, review_date, status, created_at, updated_at) VALUES
          (1, 1, 'Update March 26', '2026-03-20', 'closed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
          (2, 1, 'Update January 26', '2026-01-22', 'closed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        INSERT INTO scores (review_id, recommendation_id, level_id, narrative, narrative_date, evidence, sign_off_status, sign_off_by,
                            sign_off_at, updated_by, updated_at)
        SELECT 2, 1, id, 'Interviews started.', '2026-01-20', NULL, NULL, NULL, NULL, 'Jo Bloggs', '2026-01-20T10:00:00Z'
        FROM scale_levels WHERE scale_id = 2 AND value = 2;
        INSERT INTO scores (review_id, recommendation_id, level_id, narrative, updated_by, updated_at)
        SELECT 1, 1, id, 'Most children seen in time.', 'Jo Bloggs', '2026-03-18T10:00:00Z'
        FROM scale_levels WHERE scale_id = 2 AND value = 1;
        INSERT INTO reported_averages (review_id, priority_id, value, source, recorded_by, recorded_at) VALUES (1, 1, 1.0, 'Board report', 'Jo Bloggs', '2026-03-21T09:00:00Z');
        INSERT INTO audit_log (occurred_at, actor, entity_type, entity_id, plan_id, change, before_json, after_json)
        VALUES ('2026-01-01T00:00:00Z', 'Jo Bloggs', 'plan', 1, 1, 'create', NULL, '{"id":1}');
        """;

    [Test]
    public async Task A_database_made_by_the_first_release_upgrades_in_place_with_nothing_lost()
    {
        Migrator.Migrate(database, NullLogger.Instance, upTo: 10);
        await using (var old = await database.OpenAsync())
            await old.ExecuteAsync(FirstReleaseData);

        Migrator.Migrate(database, NullLogger.Instance);

        await using var connection = await database.OpenAsync();
        var recommendation = (await RecommendationData.FindAsync(connection, 1, 1))!;
        var action = (await ActionData.FindAsync(connection, 1, 1))!;
        var reviews = (await connection.QueryAsync<ReviewResponse>(ReviewData.ListSql, new { planId = 1 })).ToList();
        var analysis = new PlanAnalysis((await PlanSnapshot.LoadAsync(connection, 1))!, new DateOnly(2026, 11, 23));

        Assert.Multiple(() =>
        {
            // Leads keep their printed order; the responsible officer is the first owner, then the owners (each once).
            Assert.That(recommendation.Leads.Select(p => p.Id), Is.EqualTo(new long[] { 2, 1 }));
            Assert.That(recommendation.Number, Is.EqualTo("7 (14)"));
            Assert.That(action.Leads.Select(p => p.Id), Is.EqualTo(new long[] { 1 }));
            Assert.That(action.Owners.Select(p => p.Id), Is.EqualTo(new long[] { 3, 2 }));
            Assert.That((action.Code, action.DeadlineText), Is.EqualTo(("A", "Sept 16 / ongoing")));
            // Reviews keep the date order they had, now as explicit column positions.
            Assert.That(reviews.Select(r => (r.Label, r.Position)), Is.EqualTo(new[] { ("Update January 26", 1), ("Update March 26", 2) }));
            // The scores and the printed average are read as before: 2 then 1 on a lower-is-better scale is improving.
            Assert.That(analysis.ScoredItems.Single().Item.Direction!.Computed, Is.EqualTo(ActionPlanTracker.Domain.Direction.Improving));
            Assert.That(analysis.Snapshot.ReportedAverages.Single().Value, Is.EqualTo(1.0));
            Assert.That(analysis.HigherIsBetter, Is.False);
        });

        // Ids the audit log has seen are never handed out again, even the deleted person's.
        var newPerson = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO people (name, created_at, updated_at) VALUES ('New Person', 'x', 'x') RETURNING id");
        Assert.That(newPerson, Is.EqualTo(5));
        Assert.That(await connection.QueryAsync("SELECT * FROM pragma_foreign_key_check"), Is.Empty);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log"), Is.EqualTo(1));
    }

    [Test]
    public void Every_migration_applies_to_an_empty_database_and_leaves_no_dangling_reference()
    {
        Migrator.Migrate(database, NullLogger.Instance);
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToList();
        Assert.That(tables, Does.Contain("item_people").And.Not.Contain("recommendation_leads").And.Not.Contain("action_owners"));
        // Migrating again applies nothing and changes nothing.
        Assert.That(() => Migrator.Migrate(database, NullLogger.Instance), Throws.Nothing);
    }
}
