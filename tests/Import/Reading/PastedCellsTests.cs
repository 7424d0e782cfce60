using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;

namespace ActionPlanTracker.Tests.Import.Reading;

public class PastedCellsTests
{
    [Test]
    public void Cells_copied_from_excel_read_as_one_table_of_tab_separated_rows()
    {
        var document = SourceReader.ReadPasted("No.\tRecommendation\tScore\r\n1\tAudit, then report\t2\r\n2\tTrain\t\r\n");

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That((document.FileName, document.Format), Is.EqualTo(("pasted cells", "tsv")));
            Assert.That(table.Name, Is.EqualTo("Pasted cells"));
            Assert.That(table.Rows, Has.Count.EqualTo(3));
            Assert.That(table.Texts(2), Is.EqualTo(new[] { "1", "Audit, then report", "2" }));
            Assert.That(table.Texts(3), Is.EqualTo(new[] { "2", "Train", "" }));
        });
    }

    [Test]
    public void A_cell_holding_line_breaks_or_quotes_comes_quoted_and_reads_as_one_cell()
    {
        var table = SourceReader.ReadPasted("1\t\"A. Audit\nB. Train the \"\"front door\"\" team\"\tPR\r\n").Tables.Single();

        Assert.That(table.Texts(1), Is.EqualTo(new[] { "1", "A. Audit\nB. Train the \"front door\" team", "PR" }));
    }

    [Test]
    public void Semicolons_and_commas_in_pasted_cells_are_text_not_separators()
    {
        var table = SourceReader.ReadPasted("Audit; then report\tCost, in £\r\n").Tables.Single();

        Assert.That(table.Texts(1), Is.EqualTo(new[] { "Audit; then report", "Cost, in £" }));
    }

    [Test]
    public void Nothing_pasted_is_refused_with_what_to_do()
    {
        var problem = Assert.Throws<SourceUnreadableException>(() => SourceReader.ReadPasted("  \r\n"));

        Assert.That(problem!.Message, Does.StartWith("Nothing was pasted"));
    }
}
