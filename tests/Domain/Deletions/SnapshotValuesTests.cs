using ActionPlanTracker.Domain.Deletions;

namespace ActionPlanTracker.Tests.Domain.Deletions;

/// <summary>A snapshot keeps SQLite's types through JSON, so a restore writes back exactly the values that were there.</summary>
public sealed class SnapshotValuesTests
{
    private static Row Sample() => new("scores", ["id", "level_id", "value", "narrative", "evidence", "picture"],
        [long.MaxValue, null, 3.0, "Ten posts filled. “Quoted”, ünïcode and \"escapes\"\n", "", new byte[] { 0, 1, 254, 255 }]);

    [Test]
    public void Every_SQLite_type_survives_the_round_trip_with_its_type()
    {
        var back = SnapshotValues.RowFromJson(SnapshotValues.RowToJson(Sample()));
        Assert.That(back.Table, Is.EqualTo("scores"));
        Assert.That(back.Columns, Is.EqualTo(Sample().Columns), "columns keep the table's order");
        Assert.That(back["id"], Is.TypeOf<long>().And.EqualTo(long.MaxValue));
        Assert.That(back["level_id"], Is.Null);
        Assert.That(back["value"], Is.TypeOf<double>().And.EqualTo(3.0), "a real that looks whole stays a real");
        Assert.That(back["narrative"], Is.EqualTo(Sample()["narrative"]));
        Assert.That(back["evidence"], Is.EqualTo(""), "empty text is not null");
        Assert.That(back["picture"], Is.EqualTo(new byte[] { 0, 1, 254, 255 }));
        Assert.That(SnapshotValues.RowToJson(Sample()).ToJsonString(), Does.Contain("\"value\":{\"real\":3}"));
    }

    [Test]
    public void A_whole_snapshot_reads_back_as_it_was_written()
    {
        var key = new Row("recommendations", ["id"], [7L]);
        var snapshot = new Snapshot([Sample(), new Row("item_people", ["id", "role"], [3L, "lead"])],
            [new NulledColumn(key, "priority_id", 4L)],
            [new ExternalReference("scores", "review_id", "reviews", "id", 12L, "CASCADE", false, "review “RAG 03/18”")], 1, "measure");
        var back = SnapshotValues.Read(SnapshotValues.Write(snapshot));
        Assert.That(back.Rows.Select(r => (r.Table, string.Join(",", r.Values.Select(SnapshotValues.Text)))),
            Is.EqualTo(snapshot.Rows.Select(r => (r.Table, string.Join(",", r.Values.Select(SnapshotValues.Text))))));
        Assert.That((back.Nulled[0].Key.Table, back.Nulled[0].Key["id"], back.Nulled[0].Column, back.Nulled[0].Value),
            Is.EqualTo(("recommendations", (object)7L, "priority_id", (object)4L)));
        Assert.That(back.References, Is.EqualTo(snapshot.References));
        Assert.That((back.ScaleId, back.ScoreLevel, back.Root.Table), Is.EqualTo(((long?)1, "measure", "scores")));
    }

    [Test]
    public void Values_that_are_not_SQLite_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new Row("t", ["a"], [42]), "an int is not how SQLite hands back an integer");
        Assert.Throws<ArgumentException>(() => _ = new Row("t", ["a", "b"], [1L]));
        Assert.Throws<FormatException>(() => SnapshotValues.Read("{\"format\":99}"));
    }
}
