using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

public class DocxReaderTests
{
    private static SourceDocument Read(WordBuilder document) => SourceReader.Read("plan.docx", document.Build());

    [Test]
    public void Each_table_is_named_in_body_order_with_the_last_paragraph_above_it_as_its_heading()
    {
        var document = Read(new WordBuilder()
            .Paragraph("Service development plan 2017-18")
            .Heading("Priority 1: The front door")
            .EmptyParagraph()
            .Table(table => table.Row("No.", "Action").Row("1.1", "Audit referrals"))
            .Table(table => table.Row("No.", "Action").Row("1.2", "Train staff"))
            .Heading("Priority 2: Children in care")
            .Table(table => table.Row("No.", "Action").Row("2.1", "Review placements")));

        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo("docx"));
            Assert.That(document.Tables.Select(table => table.Name), Is.EqualTo(new[] { "Table 1", "Table 2", "Table 3" }));
            Assert.That(document.Tables.Select(table => table.Heading), Is.EqualTo(new[] { "Priority 1: The front door", null, "Priority 2: Children in care" }));
            Assert.That(document.Tables.Select(table => string.Join(" | ", table.TextAbove!)),
                Is.EqualTo(new[] { "Service development plan 2017-18 | Priority 1: The front door", "", "Priority 2: Children in care" }),
                "every paragraph since the table before, the document's title above the first");
            Assert.That(document.Tables[2].Texts(2), Is.EqualTo(new[] { "2.1", "Review placements" }));
            Assert.That(document.Tables[0].Rows.Select(row => row.Number), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(document.Tables[0].Where, Is.EqualTo("Table 1"));
        });
    }

    [Test]
    public void A_cells_paragraphs_are_joined_with_line_breaks()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row("A. Audit the front door\nB. Train staff\nC. Report to the board", "Done\n\n")));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "A. Audit the front door\nB. Train staff\nC. Report to the board", "Done" }));
    }

    [Test]
    public void A_cell_spanning_columns_is_an_origin_with_the_columns_it_covers_after_it()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row(WordCell.Of("Outcome 1: children are safe").Spanning(3))
            .Row("1.1", "Audit referrals", "Green")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.ColumnCount, Is.EqualTo(3));
            Assert.That(table.At(1, 1), Is.EqualTo(new SourceCell("Outcome 1: children are safe", Merge: CellMerge.Origin, SpanColumns: 3)));
            Assert.That(table.At(1, 2).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.At(1, 3).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.Texts(2), Is.EqualTo(new[] { "1.1", "Audit referrals", "Green" }));
        });
    }

    [Test]
    public void A_cell_merged_down_rows_is_an_origin_with_the_cells_below_covered_from_above()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row("Action", "Success measure")
            .Row(WordCell.Of("Audit referrals").MergedDown(), "95% audited")
            .Row(WordCell.Continued(), "75% judged good")
            .Row(WordCell.Continued(), "Reported monthly")
            .Row("Train staff", "All staff trained")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(2, 1), Is.EqualTo(new SourceCell("Audit referrals", Merge: CellMerge.Origin, SpanRows: 3)));
            Assert.That(table.At(3, 1), Is.EqualTo(new SourceCell("", Merge: CellMerge.CoveredFromAbove)));
            Assert.That(table.At(4, 1).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
            Assert.That(table.At(5, 1), Is.EqualTo(new SourceCell("Train staff")));
            Assert.That(table.TextAt(4, 2), Is.EqualTo("Reported monthly"));
        });
    }

    [Test]
    public void A_merge_down_that_also_spans_columns_covers_the_whole_block()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row(WordCell.Of("Priority 1").Spanning(2).MergedDown(), "a")
            .Row(WordCell.Continued().Spanning(2), "b")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(1, 1), Is.EqualTo(new SourceCell("Priority 1", Merge: CellMerge.Origin, SpanColumns: 2, SpanRows: 2)));
            Assert.That(table.At(1, 2).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.At(2, 1).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
            Assert.That(table.At(2, 2).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
            Assert.That(table.TextAt(2, 3), Is.EqualTo("b"));
        });
    }

    [Test]
    public void Shaded_cells_read_their_fill_and_white_or_automatic_shading_reads_as_none()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row(WordCell.Of("Green").Shaded("92D050"), WordCell.Of("Amber").Shaded("FFCC00"), WordCell.Of("White").Shaded("FFFFFF"),
                WordCell.Of("Auto").Shaded("auto"), "Plain")));

        Assert.That(document.Tables.Single().Cells(1).Select(cell => cell.Fill), Is.EqualTo(new[] { "#92d050", "#ffcc00", null, null, null }));
    }

    [Test]
    public void A_table_inside_a_cell_is_read_into_that_cells_text_and_noted()
    {
        var document = Read(new WordBuilder().Table(table => table
            .Row("Indicator", "Values")
            .Row("Re-referrals", WordCell.Of("Monthly").Holding(inner => inner.Row("Jul", "Aug").Row("21%", "19%")))));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Tables, Has.Count.EqualTo(1), "a nested table is not a table of the document");
            Assert.That(table.TextAt(2, 2), Is.EqualTo("Monthly\nJul\tAug\n21%\t19%"));
            Assert.That(document.Notes, Is.EqualTo(new[] { "Table 1, row 2, column 2 holds a table of its own; its cells were read into that cell's text, a row to a line." }));
        });
    }

    [Test]
    public void Empty_rows_of_a_word_table_stay_part_of_it()
    {
        var document = Read(new WordBuilder().Table(table => table.Row("No.", "Action").Row("", "").Row("", "")));

        Assert.That(document.Tables.Single().Rows, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_document_without_tables_is_refused_with_a_reason()
    {
        var problem = Assert.Throws<SourceUnreadableException>(() => Read(new WordBuilder().Heading("Our plan").Paragraph("Written as prose.")));

        Assert.That(problem!.Message, Does.StartWith("The Word document has no tables."));
    }

    [Test]
    public void A_macro_enabled_document_is_read_and_its_macros_noted_not_run()
    {
        var document = Read(new WordBuilder().MacroEnabled().Table(table => table.Row("No.", "Action")));

        Assert.That(document.Notes, Is.EqualTo(new[] { "The document has macros; they were not run." }));
    }

    [Test]
    public void A_table_wider_than_the_limit_is_refused_naming_the_cell()
    {
        var problem = Assert.Throws<SourceUnreadableException>(() =>
            Read(new WordBuilder().Table(table => table.Row(Enumerable.Range(1, 201).Select(i => (object)$"c{i}").ToArray()))));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Message, Does.StartWith("Table 1, row 1, column 201: the table is wider than the 200 columns the tracker reads."));
            Assert.That((problem.Where, problem.Row, problem.Column), Is.EqualTo(("Table 1", (int?)1, (int?)201)));
        });
    }

    [Test]
    public void A_cell_longer_than_a_cell_can_hold_is_refused_naming_it()
    {
        var problem = Assert.Throws<SourceUnreadableException>(() =>
            Read(new WordBuilder().Table(table => table.Row("No.", "Action").Row("1", new string('x', 40_000)))));

        Assert.That(problem!.Message, Does.StartWith("Table 1, row 2, column 2 holds 40,000 characters, more than the 32,767 a cell can hold."));
    }
}
