using ActionPlanTracker.Domain.Deletions;

namespace ActionPlanTracker.Tests.Domain.Deletions;

public sealed class RowWordsTests
{
    [Test]
    public void A_deletion_is_described_by_kind_reference_and_the_start_of_its_text()
    {
        Assert.That(RowWords.Describe("action", RowWords.Reference("2", null, "3"), "Recruit twelve experienced social workers by spring and keep agency use below 10%."),
            Is.EqualTo("action 2 / 3 “Recruit twelve experienced social workers by spring and keep …”"));
        Assert.That(RowWords.Describe("measure", RowWords.Reference(null, " ", null), "  Vacancies\nbelow 10%. "), Is.EqualTo("success measure “Vacancies below 10%.”"));
        Assert.That(RowWords.Describe("priority", "1", null), Is.EqualTo("priority 1"));
        Assert.That(RowWords.Quote(new string('x', 80)), Is.EqualTo($"“{new string('x', 60)} …”"), "a text without spaces is cut where it must be");
    }

    [Test]
    public void Rows_are_named_as_a_person_would_name_them()
    {
        Assert.That(RowWords.Label(new Row("recommendations", ["id", "number", "text"], [1L, "7 (14)", "Improve plans."])), Is.EqualTo("recommendation 7 (14)"));
        Assert.That(RowWords.Label(new Row("actions", ["id", "code", "description"], [1L, null, "Audit plans."])), Is.EqualTo("action “Audit plans.”"));
        Assert.That(RowWords.Label(new Row("reviews", ["id", "label"], [1L, "RAG 03/18"])), Is.EqualTo("review “RAG 03/18”"));
        Assert.That(RowWords.Label(new Row("people", ["id", "name", "job_title"], [1L, null, "Head of Service"])), Is.EqualTo("person “Head of Service”"));
        Assert.That(RowWords.Label(new Row("gadgets", ["id"], [4L])), Is.EqualTo("gadgets 4"));
    }

    [Test]
    public void Counts_name_each_kind_of_row_and_include_the_item_itself()
    {
        Row R(string table) => new(table, ["id"], [1L]);
        var counts = DeletionCounts.Of([R("actions"), R("success_measures"), R("success_measures"), R("scores"), R("item_people"),
            R("item_updates"), R("inspection_recommendation_links"), R("recommendation_addressees")]);
        Assert.That(counts, Is.EqualTo(new DeletionCounts { Actions = 1, Measures = 2, Scores = 1, People = 1, Updates = 1, Links = 1 }));
    }
}
