using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>Updates spread over continuation rows or kept as a log in a review's column, update dates, and matching people.</summary>
public class UpdatesAndPeopleTests
{
    private static ImportMapping Mapping(params ColumnMapping[] extra) => new()
    {
        Tables = [new TableChoice(0, 1, 1)],
        Columns =
        [
            new(1, "No.", ColumnRole.Number, ItemLevel.Recommendation),
            new(2, "Recommendation", ColumnRole.Text, ItemLevel.Recommendation),
            new(3, "Lead", ColumnRole.Lead),
            new(4, "Score", ColumnRole.Score, Review: "March"),
            new(5, "Update", ColumnRole.Update, Review: "March"),
            .. extra,
        ],
        Levels = [ItemLevel.Recommendation],
        Reviews = [new ReviewColumn("March")],
        Scale = new ScaleChoice { ScaleId = 3 },
    };

    [Test]
    public void A_row_that_starts_no_item_continues_the_one_above_with_its_update_and_people()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 5)
            .Row("No.", "Recommendation", "Lead", "Score", "Update")
            .Row("1", "Improve assessments", "Priya Raman", "Amber", "Audit started")
            .Row("^", "^", "Owen Hughes", "", "Training booked")
            .Build());

        var read = Sources.Interpret(source, Mapping());
        var score = read.Draft.Scores.Single();

        Assert.That((score.Level, score.Narrative), Is.EqualTo(((int?)2, "Audit started\nTraining booked")));
        Assert.That(read.Draft.Named(read.Draft.Recommendations.Single().Leads), Is.EqualTo(new[] { "Priya Raman / -", "Owen Hughes / -" }));
        Assert.That(read.Preview.Select(p => $"{p.Item} {p.Number ?? "-"}"), Is.EqualTo(new[] { "recommendation 1", "recommendation -" }));
    }

    [Test]
    public void A_reviews_update_with_several_dated_notes_is_kept_as_that_reviews_log()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 5)
            .Row("No.", "Recommendation", "Lead", "Score", "Update")
            .Row("1", "Improve assessments", "", "Green", "01/03/2026 Audit done\n20/03/2026 Panel met")
            .Build());

        var draft = Sources.Interpret(source, Mapping()).Draft;

        Assert.That(draft.Updates.Select(u => $"{u.Review}|{u.Position}|{u.WrittenOn}|{u.Text}"),
            Is.EqualTo(new[] { "0|1|2026-03-01|01/03/2026 Audit done", "0|2|2026-03-20|20/03/2026 Panel met" }));
        Assert.That(draft.Scores.Single().Narrative, Is.Null);
        Assert.That(draft.Scores.Single().Level, Is.EqualTo(3));
    }

    [Test]
    public void An_update_date_column_dates_the_narrative_only_when_it_is_a_whole_date()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 6)
            .Row("No.", "Recommendation", "Lead", "Score", "Update", "Updated")
            .Row("1", "Improve assessments", "", "Green", "Audit done", "14/03/2026")
            .Row("2", "Hear children", "", "Red", "Survey late", "March 2026")
            .Build());

        var read = Sources.Interpret(source, Mapping(new ColumnMapping(6, "Updated", ColumnRole.UpdateDate, Review: "March")));

        Assert.That(read.Draft.Scores.Select(s => s.NarrativeDate), Is.EqualTo(new[] { "2026-03-14", null }));
        Assert.That(read.Of(FindingKind.Note).Select(f => f.Where), Has.Member("Sheet 'Plan', row 3, column F"));
    }

    [Test]
    public void Evidence_goes_with_the_reviews_score()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 6)
            .Row("No.", "Recommendation", "Lead", "Score", "Update", "Evidence")
            .Row("1", "Improve assessments", "", "Completed", "", "Audit report, March")
            .Build());

        var draft = Sources.Interpret(source, Mapping(new ColumnMapping(6, "Evidence", ColumnRole.Evidence, Review: "March"))).Draft;

        Assert.That((draft.Scores.Single().Level, draft.Scores.Single().Evidence), Is.EqualTo(((int?)4, "Audit report, March")));
    }

    [Test]
    public void People_are_matched_by_email_then_name_then_job_title_or_as_the_person_chose()
    {
        var source = Sources.Workbook(new TableBuilder("Plan", 5)
            .Row("No.", "Recommendation", "Lead", "Score", "Update")
            .Row("1", "Improve assessments", "P. Raman <priya.raman@council.gov.uk>", "", "")
            .Row("2", "Hear children", "owen hughes", "", "")
            .Row("3", "Stable homes", "Head of Quality", "", "")
            .Row("4", "Share learning", "SL", "", "")
            .Row("5", "Track outcomes", "Sam Lee", "", "")
            .Build());
        var mapping = Mapping() with { People = [new PersonMapping("SL", 12, null, null)] };
        KnownPerson[] known =
        [
            new(7, "Priya Raman", "Head of Service", "priya.raman@council.gov.uk"),
            new(8, "Owen Hughes", null, null),
            new(9, null, "Head of Quality", null),
            new(12, "Sam Lee", "Service Manager", null),
            new(13, "Sam Lee", "Social Worker", null),
        ];

        var read = Sources.Interpret(source, mapping, known);

        Assert.That(read.Draft.People.Select(p => $"{p.ExistingId?.ToString() ?? "new"} {p.MatchedBy ?? "-"}"),
            Is.EqualTo(new[] { "7 email", "8 name", "9 jobTitle", "12 chosen", "new -" }));
        Assert.That(read.Of(FindingKind.PersonMatched).First().Message,
            Is.EqualTo("\"P. Raman <priya.raman@council.gov.uk>\" is Priya Raman (Head of Service), priya.raman@council.gov.uk, already in the tracker (same email)."));
        Assert.That(read.Of(FindingKind.PersonCreated).Single().Message, Is.EqualTo("Will add Sam Lee as a new person."));
    }
}
