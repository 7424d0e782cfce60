using System.IO.Compression;
using System.Text;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

/// <summary>What the reader makes of files that are not a readable plan: each gets a sentence a person can act on.</summary>
public class SourceSniffingTests
{
    private static string Refusal(string fileName, byte[] content) =>
        Assert.Throws<SourceUnreadableException>(() => SourceReader.Read(fileName, content))!.Message;

    private static byte[] SmallWorkbook() => new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row("No.", "Action").Row(1, "Audit")).Build();

    [Test]
    public void A_password_protected_office_file_is_refused_with_how_to_remove_the_password()
    {
        var encrypted = CompoundFileBuilder.WithStreams("EncryptionInfo", "EncryptedPackage");

        Assert.Multiple(() =>
        {
            Assert.That(Refusal("plan.xlsx", encrypted), Does.StartWith("The file is protected with a password").And.Contain("Remove the password in Excel"));
            Assert.That(Refusal("plan.docx", CompoundFileBuilder.WithStreams("EncryptedPackage")), Does.StartWith("The file is protected with a password"));
        });
    }

    [Test]
    public void A_word_97_document_is_refused_with_save_it_as_docx()
    {
        Assert.That(Refusal("plan.doc", CompoundFileBuilder.WithStreams("WordDocument", "1Table")), Does.Contain("save it as .docx"));
    }

    [Test]
    public void A_legacy_workbook_with_a_password_is_refused_with_how_to_remove_it()
    {
        var encrypted = new XlsBuilder().Sheet("Plan", sheet => sheet.Row("No.", "Action")).BuildNeedingPassword();

        Assert.That(Refusal("plan.xls", encrypted), Does.StartWith("The file is protected with a password"));
    }

    [Test]
    public void An_ole_file_that_is_no_workbook_is_called_damaged_not_a_server_error()
    {
        Assert.That(Refusal("plan.xls", CompoundFileBuilder.WithStreams("Something")),
            Does.StartWith("The file looks like an Excel workbook but could not be opened; it may be damaged."));
    }

    [Test]
    public void A_pdf_is_refused_saying_to_upload_what_it_was_made_from()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

        Assert.That(Refusal("plan.pdf", pdf), Does.StartWith("A PDF cannot be imported:"));
    }

    [Test]
    public void A_picture_is_not_a_spreadsheet_word_document_or_csv_file()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06];

        Assert.Multiple(() =>
        {
            Assert.That(Refusal("plan.png", png), Is.EqualTo("The file is not a spreadsheet, Word document or CSV file. Upload the plan as .xlsx, .xls, .docx or .csv."));
            Assert.That(Refusal("plan.csv", png), Does.StartWith("'plan.csv' is named as a text file but does not hold text."));
        });
    }

    [Test]
    public void Text_named_as_a_workbook_or_word_document_is_refused_rather_than_read_as_csv()
    {
        var text = "No.,Recommendation\n1,Improve the front door\n"u8.ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Refusal("plan.xlsx", text), Does.StartWith("'plan.xlsx' is named as an Excel workbook but is not one."));
            Assert.That(Refusal("plan.docx", text), Does.StartWith("'plan.docx' is named as a Word document but is not one."));
            Assert.That(SourceReader.Read("plan.csv", text).Format, Is.EqualTo("csv"));
        });
    }

    [Test]
    public void A_zip_that_is_not_an_office_file_is_refused_as_such()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Refusal("plan.xlsx", Zip(("readme.txt", "hello"u8.ToArray()))), Does.StartWith("The file is a zip archive, but not a workbook or a Word document."));
            Assert.That(Refusal("plan.xlsb", Zip(("xl/workbook.bin", [1, 2, 3]))), Does.Contain("(.xlsb)"));
            Assert.That(Refusal("plan.ods", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray()), ("content.xml", "<x/>"u8.ToArray()))),
                Does.Contain("OpenDocument"));
        });
    }

    [Test]
    public void A_truncated_workbook_is_called_damaged()
    {
        var workbook = SmallWorkbook();

        Assert.That(Refusal("plan.xlsx", workbook[..(workbook.Length / 2)]),
            Is.EqualTo("The file looks like an Excel workbook but could not be opened; it may be damaged. Open it in Excel, save it again and upload the new copy."));
    }

    [Test]
    public void A_workbook_whose_parts_are_corrupt_is_called_damaged()
    {
        var workbook = Zip(("[Content_Types].xml", "<Types"u8.ToArray()), ("xl/workbook.xml", "<workbook><sheets>"u8.ToArray()));

        Assert.That(Refusal("plan.xlsx", workbook), Does.StartWith("The file looks like an Excel workbook but could not be opened; it may be damaged."));
    }

    [Test]
    public void A_truncated_word_document_is_called_a_damaged_word_document()
    {
        var document = new WordBuilder().Table(table => table.Row("No.", "Action")).Build();

        Assert.That(Refusal("plan.docx", document[..(document.Length / 2)]), Does.StartWith("The file looks like a Word document but could not be opened; it may be damaged."));
    }

    [Test]
    public void A_zip_bomb_part_packed_far_smaller_than_it_unpacks_is_not_opened()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/worksheets/sheet1.xml", new byte[11 * 1024 * 1024]));

        Assert.That(Refusal("plan.xlsx", bomb), Does.StartWith("A part of the file ('xl/worksheets/sheet1.xml') is packed more than 200 times smaller than it unpacks"));
    }

    [Test]
    public void A_file_that_would_unpack_to_more_than_the_limit_is_not_opened()
    {
        // 25 parts that each say they unpack to 9 MB: none is suspicious alone, together they pass 200 MB.
        var parts = Enumerable.Range(1, 25).Select(i => ($"xl/media/image{i}.png", new byte[16])).Prepend(("xl/workbook.xml", "<workbook/>"u8.ToArray())).ToArray();
        var zip = WithDeclaredSizes(Zip(parts), name => name.StartsWith("xl/media/", StringComparison.Ordinal) ? 9 * 1024 * 1024 : null);

        Assert.That(Refusal("plan.xlsx", zip), Does.StartWith("The file would unpack to more than 200 MB"));
    }

    [Test]
    public void A_file_over_the_upload_limit_is_refused_naming_the_limit()
    {
        Assert.That(Refusal("plan.csv", new byte[ReadingLimits.MaxFileBytes + 1]), Does.StartWith("The file is larger than the 20 MB the tracker reads."));
    }

    [Test]
    public void Rows_are_counted_over_every_sheet_and_the_first_row_over_the_limit_is_named()
    {
        var workbook = new WorkbookBuilder()
            .Sheet("First", sheet => Fill(sheet, 12_000))
            .Sheet("Second", sheet => Fill(sheet, 12_000))
            .Build();

        var problem = Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("plan.xlsx", workbook))!;

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.StartWith("Sheet 'Second' goes past the 20,000 rows the tracker reads from one file (counting every sheet or table in it): row 8,001 is over the limit."));
            Assert.That((problem.Where, problem.Row), Is.EqualTo(("Sheet 'Second'", (int?)8_001)));
        });
    }

    [Test]
    public void A_cell_beyond_the_column_limit_is_named_by_its_column_letters()
    {
        var workbook = new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row("No.").Cell("GS3", "Far right")).Build();

        var problem = Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("plan.xlsx", workbook))!;

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.StartWith("Sheet 'Plan', row 3, column GS: the table is wider than the 200 columns the tracker reads."));
            Assert.That((problem.Where, problem.Row, problem.Column), Is.EqualTo(("Sheet 'Plan'", (int?)3, (int?)201)));
        });
    }

    [Test]
    public void Cells_that_are_only_formatted_below_or_beside_the_plan_are_not_part_of_the_grid()
    {
        var workbook = new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("No.", "Action")
            .Cell("F1", WorkbookCell.Blank().FormattedBuiltIn(14))
            .Cell("A500", WorkbookCell.Blank().Formatted("0.0"))).Build();

        var table = SourceReader.Read("plan.xlsx", workbook).Tables.Single();

        Assert.That((table.Rows.Count, table.ColumnCount), Is.EqualTo((1, 2)));
    }

    [Test]
    public void A_workbook_with_nothing_in_it_is_refused()
    {
        Assert.That(Refusal("plan.xlsx", new WorkbookBuilder().Sheet("Plan", _ => { }).Build()), Is.EqualTo("The workbook has no cells with anything in them."));
    }

    private static void Fill(WorkbookBuilder.SheetBuilder sheet, int rows)
    {
        for (var i = 1; i <= rows; i++) sheet.Row(i);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed sizes the zip's central directory declares, as a hostile file would.</summary>
    private static byte[] WithDeclaredSizes(byte[] zip, Func<string, int?> declared)
    {
        var bytes = zip.ToArray();
        for (var at = 0; at + 46 <= bytes.Length; at++)
        {
            if (bytes[at] != 0x50 || bytes[at + 1] != 0x4B || bytes[at + 2] != 0x01 || bytes[at + 3] != 0x02) continue;
            var nameLength = BitConverter.ToUInt16(bytes, at + 28);
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            if (declared(name) is { } size) BitConverter.GetBytes(size).CopyTo(bytes, at + 24);
        }
        return bytes;
    }
}
