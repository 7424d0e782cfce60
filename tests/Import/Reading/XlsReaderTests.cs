using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

public class XlsReaderTests
{
    private static SourceDocument Read(XlsBuilder workbook, string name = "plan.xls") => SourceReader.Read(name, workbook.Build());

    [Test]
    public void A_legacy_workbook_reads_its_values_in_sheet_order_and_notes_that_colours_cannot_be_read()
    {
        var document = Read(new XlsBuilder()
            .Sheet("Plan", sheet => sheet
                .Row("Northmoor improvement plan")
                .Row()
                .Row("No.", "Recommendation", "Score", "Deadline", "Done")
                .Row(1, "Strengthen the front door", 2.8, new DateTime(2017, 12, 31), true))
            .Sheet("Notes", sheet => sheet.Row("Reviewed monthly")));

        var table = document.Tables[0];
        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo("xls"));
            Assert.That(document.Tables.Select(t => t.Name), Is.EqualTo(new[] { "Plan", "Notes" }));
            Assert.That(table.Rows.Select(row => row.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(table.Texts(2), Is.All.Empty);
            Assert.That(table.Texts(4), Is.EqualTo(new[] { "1", "Strengthen the front door", "2.8", "31/12/2017", "TRUE" }));
            Assert.That(table.At(4, 3).IsNumber, Is.True);
            Assert.That(table.At(4, 4).IsNumber, Is.False);
            Assert.That((table.At(4, 3).IsDate, table.At(4, 4).IsDate, table.At(4, 2).IsDate), Is.EqualTo((false, true, false)));
            Assert.That(document.Notes, Is.EqualTo(new[] { XlsReader.NoColoursNote }));
        });
    }

    [Test]
    public void Rows_after_a_gap_keep_the_numbers_excel_shows()
    {
        var document = Read(new XlsBuilder().Sheet("Plan", sheet => sheet.RowAt(3, "Title").RowAt(7, "No.", "Action")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.TextAt(3, 1), Is.EqualTo("Title"));
            Assert.That(table.Texts(7), Is.EqualTo(new[] { "No.", "Action" }));
            Assert.That(table.Rows, Has.Count.EqualTo(7));
        });
    }

    [Test]
    public void Percentages_read_as_shown()
    {
        var document = Read(new XlsBuilder().Sheet("Plan", sheet => sheet.Row(new XlsPercent(0.45))));

        Assert.That(document.Tables.Single().TextAt(1, 1), Is.EqualTo("45%"));
    }

    [Test]
    public void Merged_cells_mark_their_origin_and_the_cells_they_cover()
    {
        var document = Read(new XlsBuilder().Sheet("Plan", sheet => sheet
            .Row("Priority 1: the front door").Merge("A1:C1")
            .Row("Audit referrals", "Measure one", "Green")
            .Row(null, "Measure two", "Amber").Merge("A2:A3")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(1, 1), Is.EqualTo(new SourceCell("Priority 1: the front door", Merge: CellMerge.Origin, SpanColumns: 3)));
            Assert.That(table.At(1, 3).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.At(2, 1), Is.EqualTo(new SourceCell("Audit referrals", Merge: CellMerge.Origin, SpanRows: 2)));
            Assert.That(table.At(3, 1).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
        });
    }

    [Test]
    public void A_hidden_sheet_is_read_and_noted()
    {
        var document = Read(new XlsBuilder()
            .Sheet("Plan", sheet => sheet.Row("No."))
            .Sheet("Lists", sheet => sheet.Row("Red"), hidden: true));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tables.Select(t => t.Name), Is.EqualTo(new[] { "Plan", "Lists" }));
            Assert.That(document.Notes, Does.Contain("Sheet 'Lists' is hidden in the workbook; it was read all the same."));
        });
    }

    [Test]
    public void A_truncated_legacy_workbook_is_called_damaged_not_a_server_error()
    {
        var bytes = new XlsBuilder().Sheet("Plan", sheet => sheet.Row("No.", "Action")).Build();

        var problem = Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("plan.xls", bytes[..1024]));

        Assert.That(problem!.Message, Does.StartWith("The file looks like an Excel workbook but could not be opened; it may be damaged."));
    }
}
