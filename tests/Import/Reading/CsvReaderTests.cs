using System.Text;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;

namespace ActionPlanTracker.Tests.Import.Reading;

public class CsvReaderTests
{
    private const string Plan =
        "No.,Recommendation,Lead,Deadline\r\n" +
        "1,Café staff trained; cost £500,Siobhán O’Neill,31/12/2017\r\n";

    private static readonly string[] Row2 = ["1", "Café staff trained; cost £500", "Siobhán O’Neill", "31/12/2017"];

    /// <summary>
    /// Windows-1252 bytes, written by hand for the few letters the tests use rather than through .NET's code pages, so
    /// the test cannot register the code pages the reader itself must register.
    /// </summary>
    private static byte[] Windows1252(string text) => text.Select(c => c switch
    {
        'é' => (byte)0xE9,
        'á' => (byte)0xE1,
        '£' => (byte)0xA3,
        '’' => (byte)0x92,
        _ when c < 0x80 => (byte)c,
        _ => throw new ArgumentException($"No Windows-1252 byte written for '{c}' in this test."),
    }).ToArray();

    [Test]
    public void Utf8_without_a_byte_order_mark_reads_as_written()
    {
        var document = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes(Plan));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo("csv"));
            Assert.That(table.Name, Is.EqualTo("plan"));
            Assert.That(table.Texts(2), Is.EqualTo(Row2));
            Assert.That(document.Notes, Is.Empty);
        });
    }

    [Test]
    public void Utf8_with_a_byte_order_mark_reads_without_the_mark()
    {
        var document = SourceReader.Read("plan.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Plan)]);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tables.Single().TextAt(1, 1), Is.EqualTo("No."));
            Assert.That(document.Tables.Single().Texts(2), Is.EqualTo(Row2));
        });
    }

    [Test]
    public void Utf16_little_and_big_endian_read_by_their_byte_order_marks()
    {
        var little = SourceReader.Read("plan.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Plan)]);
        var big = SourceReader.Read("plan.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Plan)]);

        Assert.Multiple(() =>
        {
            Assert.That(little.Tables.Single().Texts(2), Is.EqualTo(Row2));
            Assert.That(big.Tables.Single().Texts(2), Is.EqualTo(Row2));
        });
    }

    [Test]
    public void Utf16_without_a_byte_order_mark_is_recognised()
    {
        var document = SourceReader.Read("plan.csv", Encoding.Unicode.GetBytes(Plan));

        Assert.That(document.Tables.Single().Texts(2), Is.EqualTo(Row2));
    }

    [Test]
    public void Windows_1252_reads_pound_signs_accents_and_curly_apostrophes_right_and_says_how_it_was_read()
    {
        var document = SourceReader.Read("plan.csv", Windows1252(Plan));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tables.Single().Texts(2), Is.EqualTo(Row2));
            Assert.That(document.Notes.Single(), Does.StartWith("The file does not say how its text is encoded and is not UTF-8; it was read as windows-1252."));
        });
    }

    [Test]
    public void A_short_windows_1252_file_with_one_accented_letter_still_reads_right()
    {
        var document = SourceReader.Read("plan.csv", Windows1252("Lead\r\nRenée\r\n"));

        Assert.That(document.Tables.Single().TextAt(2, 1), Is.EqualTo("Renée"));
    }

    [Test]
    public void Semicolon_delimited_files_as_excel_writes_them_in_much_of_europe_are_split_on_semicolons()
    {
        var document = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes("No.;Action;Score\r\n1;Audit, then report;2,5\r\n2;Train;3\r\n"));

        Assert.That(document.Tables.Single().Texts(2), Is.EqualTo(new[] { "1", "Audit, then report", "2,5" }));
    }

    [Test]
    public void Tab_delimited_files_are_split_on_tabs()
    {
        var document = SourceReader.Read("plan.txt", Encoding.UTF8.GetBytes("No.\tAction\tLead\r\n1\tAudit, then report\tPR\r\n"));

        Assert.That(document.Tables.Single().Texts(2), Is.EqualTo(new[] { "1", "Audit, then report", "PR" }));
    }

    [Test]
    public void Quoted_cells_keep_their_line_breaks_delimiters_and_quotes_and_count_as_one_row()
    {
        var csv = "No.,Actions,Lead\r\n1,\"A. Audit\r\nB. Train, then report\r\nC. The \"\"front door\"\"\",PR\r\n2,Review,OH\r\n";

        var table = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes(csv)).Tables.Single();

        Assert.Multiple(() =>
        {
            Assert.That(table.TextAt(2, 2), Is.EqualTo("A. Audit\nB. Train, then report\nC. The \"front door\""));
            Assert.That(table.Texts(3), Is.EqualTo(new[] { "2", "Review", "OH" }));
        });
    }

    [Test]
    public void Blank_lines_stay_rows_so_numbers_match_the_sheet_excel_would_show()
    {
        var table = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes("Title\r\n\r\nNo.,Action\r\n1,Audit\r\n\r\n\r\n")).Tables.Single();

        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(row => row.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }), "trailing blank lines are not rows");
            Assert.That(table.Texts(4), Is.EqualTo(new[] { "1", "Audit" }));
            Assert.That(table.Texts(2), Is.EqualTo(new[] { "", "" }));
            Assert.That(table.ColumnCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void Numbers_in_a_csv_are_text_as_written()
    {
        var table = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes("Score\r\n3\r\n")).Tables.Single();

        Assert.That(table.At(2, 1), Is.EqualTo(new SourceCell("3")));
    }

    [Test]
    public void A_fifty_thousand_row_csv_is_refused_naming_the_first_row_over_the_limit()
    {
        var csv = new StringBuilder("No.,Action\r\n");
        for (var i = 1; i < 50_000; i++) csv.Append(i).Append(",Action ").Append(i).Append("\r\n");

        var problem = Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("export.csv", Encoding.UTF8.GetBytes(csv.ToString())));

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Message, Does.StartWith("Sheet 'export' goes past the 20,000 rows the tracker reads from one file"));
            Assert.That(problem.Message, Does.Contain("row 20,001 is over the limit"));
            Assert.That((problem.Where, problem.Row), Is.EqualTo(("Sheet 'export'", (int?)20_001)));
        });
    }

    [Test]
    public void Characters_xml_cannot_hold_are_stripped_from_cells()
    {
        var table = SourceReader.Read("plan.csv", Encoding.UTF8.GetBytes("A\u0001udit\u0008,Review\uFFFF,\u000BTrain\r\n")).Tables.Single();

        Assert.That(table.Texts(1), Is.EqualTo(new[] { "Audit", "Review", "Train" }));
    }

    [Test]
    public void An_empty_csv_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("plan.csv", []))!.Message, Is.EqualTo("The file is empty."));
            Assert.That(Assert.Throws<SourceUnreadableException>(() => SourceReader.Read("plan.csv", "\r\n,,\r\n"u8.ToArray()))!.Message,
                Is.EqualTo("The file has no cells with anything in them."));
        });
    }
}
