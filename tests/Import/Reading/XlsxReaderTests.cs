using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

public class XlsxReaderTests
{
    private static SourceDocument Read(WorkbookBuilder workbook, string name = "plan.xlsx") => SourceReader.Read(name, workbook.Build());

    [Test]
    public void A_plan_with_title_rows_above_its_header_keeps_every_row_numbered_as_excel_shows_it()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Northmoor ILACS improvement plan")
            .Row("Version 3, November 2016")
            .Row()
            .Row("No.", "Recommendation", "Lead", "Score")
            .Row(1, "Strengthen the front door", "Priya Raman", 2)
            .Row(2, "Audit plans", "Owen Hughes", 3)));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo("xlsx"));
            Assert.That(table.Name, Is.EqualTo("Plan"));
            Assert.That(table.Heading, Is.Null);
            Assert.That(table.ColumnCount, Is.EqualTo(4));
            Assert.That(table.Rows.Select(row => row.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
            Assert.That(table.Texts(1), Is.EqualTo(new[] { "Northmoor ILACS improvement plan", "", "", "" }));
            Assert.That(table.Texts(3), Is.EqualTo(new[] { "", "", "", "" }));
            Assert.That(table.Texts(5), Is.EqualTo(new[] { "1", "Strengthen the front door", "Priya Raman", "2" }));
            Assert.That(table.At(5, 4).IsNumber, Is.True);
            Assert.That(table.At(5, 2).IsNumber, Is.False);
            Assert.That(table.Rows.SelectMany(r => r.Cells).Where(c => c.IsDate), Is.Empty, "no cell here is a date");
            Assert.That(document.Notes, Is.Empty);
        });
    }

    [Test]
    public void Sheets_come_in_workbook_order_and_an_empty_sheet_is_left_out()
    {
        var document = Read(new WorkbookBuilder()
            .Sheet("Cover", sheet => sheet.Row("About this plan"))
            .Sheet("Blank", _ => { })
            .Sheet("Plan", sheet => sheet.Row("No.", "Action")));

        Assert.That(document.Tables.Select(table => table.Name), Is.EqualTo(new[] { "Cover", "Plan" }));
    }

    [Test]
    public void A_hidden_sheet_is_read_and_noted()
    {
        var document = Read(new WorkbookBuilder()
            .Sheet("Plan", sheet => sheet.Row("No.", "Action"))
            .Sheet("Lists", sheet => sheet.Row("Red", "Amber", "Green"), hidden: true));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tables.Select(table => table.Name), Is.EqualTo(new[] { "Plan", "Lists" }));
            Assert.That(document.Notes, Is.EqualTo(new[] { "Sheet 'Lists' is hidden in the workbook; it was read all the same." }));
        });
    }

    [Test]
    public void Horizontal_and_vertical_merges_mark_their_origin_and_the_cells_they_cover()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Priority 1: the front door").Merge("A1:D1")
            .Row("1", "Audit referrals", "Measure one", "Green")
            .Row(null, null, "Measure two", "Amber").Merge("A2:A3").Merge("B2:B3")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(1, 1), Is.EqualTo(new SourceCell("Priority 1: the front door", Merge: CellMerge.Origin, SpanColumns: 4, SpanRows: 1)));
            Assert.That(table.At(1, 2).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.At(1, 4).Merge, Is.EqualTo(CellMerge.CoveredFromLeft));
            Assert.That(table.At(2, 2), Is.EqualTo(new SourceCell("Audit referrals", Merge: CellMerge.Origin, SpanColumns: 1, SpanRows: 2)));
            Assert.That(table.At(3, 1).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
            Assert.That(table.At(3, 2).Merge, Is.EqualTo(CellMerge.CoveredFromAbove));
            Assert.That(table.At(3, 3).Merge, Is.EqualTo(CellMerge.None));
        });
    }

    [Test]
    public void A_merge_reaching_past_the_last_column_with_anything_in_it_is_cut_at_the_grid()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Title across the page").Merge("A1:Z1")
            .Row("No.", "Action")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.ColumnCount, Is.EqualTo(2));
            Assert.That(table.At(1, 1).SpanColumns, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_value_left_in_a_covered_cell_is_not_shown_because_excel_does_not_show_it()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Shown", "Hidden under the merge").Merge("A1:B1")));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "Shown", "" }));
    }

    [Test]
    public void Wrapped_text_keeps_its_line_breaks_and_loses_only_the_spaces_at_its_ends()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("  A. Audit the front door\r\nB. Train staff\nC. Report to the board  ")));

        Assert.That(document.Tables.Single().TextAt(1, 1), Is.EqualTo("A. Audit the front door\nB. Train staff\nC. Report to the board"));
    }

    [Test]
    public void Excel_escapes_in_strings_are_undone()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Update_x000D_\nMarch 2026", "cell_x005F_x0041_name")));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "Update\nMarch 2026", "cell_x0041_name" }));
    }

    [Test]
    public void Inline_and_rich_text_read_as_the_text_a_person_sees()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row(WorkbookCell.Inline("Written by an exporter"), WorkbookCell.Rich("GREEN", " - on track"))));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "Written by an exporter", "GREEN - on track" }));
    }

    [TestCase(3.0, "3")]
    [TestCase(2.8, "2.8")]
    [TestCase(2.7999999999999998, "2.8")]
    [TestCase(0.1 + 0.2, "0.3")]
    [TestCase(-1.5, "-1.5")]
    [TestCase(1234567.0, "1234567")]
    [TestCase(0.0, "0")]
    public void Numbers_read_as_excel_shows_them_without_binary_noise(double value, string shown)
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(value)));

        Assert.That(document.Tables.Single().At(1, 1), Is.EqualTo(new SourceCell(shown, IsNumber: true)));
    }

    [Test]
    public void Percentages_read_with_the_places_their_format_shows()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of(0.45).FormattedBuiltIn(9),
            WorkbookCell.Of(0.4567).FormattedBuiltIn(9),
            WorkbookCell.Of(0.455).Formatted("0.0%"),
            WorkbookCell.Of(0.5).FormattedBuiltIn(10))));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Texts(1), Is.EqualTo(new[] { "45%", "46%", "45.5%", "50.00%" }));
            Assert.That(table.At(1, 1).IsNumber, Is.True);
        });
    }

    [Test]
    public void Dates_read_as_dd_mm_yyyy_whatever_format_shows_their_day()
    {
        var deadline = new DateTime(2017, 12, 31);
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Date(deadline),
            WorkbookCell.Date(deadline, "d mmmm yyyy"),
            WorkbookCell.Date(deadline, "[$-809]dd/mm/yyyy;@"),
            WorkbookCell.Of(deadline.ToOADate()).FormattedBuiltIn(15),
            WorkbookCell.Of(deadline.AddHours(9).ToOADate()).FormattedBuiltIn(22),
            WorkbookCell.Of(deadline.ToOADate()).Formatted("yyyy-mm-dd hh:mm"))));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Texts(1), Is.All.EqualTo("31/12/2017"));
            Assert.That(table.At(1, 1).IsNumber, Is.False, "a date is a date, not a score");
            Assert.That(table.Rows[0].Cells.Select(c => c.IsDate), Is.All.True, "a date cell names its day exactly");
        });
    }

    [Test]
    public void A_date_shown_as_a_month_reads_as_that_month_so_no_day_is_made_up()
    {
        var march = new DateTime(2018, 3, 1);
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of(march.ToOADate()).FormattedBuiltIn(17),
            WorkbookCell.Date(march, "mmm-yy"),
            WorkbookCell.Date(march, "mmmm yyyy"),
            WorkbookCell.Date(march, "yyyy"))));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "Mar 2018", "Mar 2018", "Mar 2018", "2018" }));
    }

    [Test]
    public void Time_formats_read_as_times_not_as_dates()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of(0.5).FormattedBuiltIn(20),
            WorkbookCell.Of(0.75).Formatted("h:mm AM/PM"))));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "12:00", "18:00" }));
    }

    [Test]
    public void Numbers_in_other_formats_read_plainly()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of(1234.5).Formatted("#,##0.00"),
            WorkbookCell.Of(3).Formatted("0.0"),
            WorkbookCell.Of(12).Formatted("0 \"days\""),
            WorkbookCell.Of(1500).Formatted("0.00E+00"))));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "1234.5", "3", "12", "1500" }));
    }

    [Test]
    public void Booleans_and_error_values_read_as_excel_writes_them()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(true, false, WorkbookCell.Error("#N/A"), WorkbookCell.Error("#DIV/0!"))));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "TRUE", "FALSE", "#N/A", "#DIV/0!" }));
    }

    [Test]
    public void A_formula_reads_as_its_cached_value()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row(2, 4, WorkbookCell.Formula("AVERAGE(A1:B1)", 3), WorkbookCell.Formula("IF(C1>2,\"GREEN\",\"RED\")", "GREEN"))));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Texts(1), Is.EqualTo(new[] { "2", "4", "3", "GREEN" }));
            Assert.That(table.At(1, 3).FormulaWithoutValue, Is.False);
            Assert.That(document.Notes, Is.Empty);
        });
    }

    [Test]
    public void Formulas_never_calculated_read_as_empty_cells_so_marked_with_one_note()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Average", WorkbookCell.Formula("AVERAGE(B2:B9)", null))
            .Row("Total", WorkbookCell.Formula("SUM(B2:B9)", null))));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(1, 2), Is.EqualTo(new SourceCell("", FormulaWithoutValue: true)));
            Assert.That(table.At(2, 2).FormulaWithoutValue, Is.True);
            Assert.That(document.Notes, Has.Count.EqualTo(1));
            Assert.That(document.Notes[0], Does.StartWith("2 cells hold formulas that were never calculated").And.Contain("Sheet 'Plan', row 1, column B"));
        });
    }

    [Test]
    public void Solid_fills_by_rgb_read_as_lower_case_hex_and_white_or_none_as_no_fill()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Blank().Filled("FF92D050"),
            WorkbookCell.Of("Amber").Filled("FFCC00"),
            WorkbookCell.Of("White").Filled("FFFFFFFF"),
            "Plain")));

        var table = document.Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.At(1, 1), Is.EqualTo(new SourceCell("", Fill: "#92d050")), "a colour-only score cell is part of the grid");
            Assert.That(table.At(1, 2).Fill, Is.EqualTo("#ffcc00"));
            Assert.That(table.At(1, 3).Fill, Is.Null);
            Assert.That(table.At(1, 4).Fill, Is.Null);
        });
    }

    [Test]
    public void Indexed_fills_read_from_the_legacy_palette_or_the_workbooks_own()
    {
        var standard = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of("Amber").FilledIndexed(51), WorkbookCell.Of("Red").FilledIndexed(10), WorkbookCell.Of("Auto").FilledIndexed(64))));
        var redefined = Read(new WorkbookBuilder()
            .Palette(Fills.LegacyPalette.Select((rgb, i) => i == 10 ? "c00000" : rgb).ToList())
            .Sheet("Plan", sheet => sheet.Row(WorkbookCell.Of("Red").FilledIndexed(10))));

        Assert.Multiple(() =>
        {
            Assert.That(standard.Tables.Single().Cells(1).Select(cell => cell.Fill), Is.EqualTo(new[] { "#ffcc00", "#ff0000", null }));
            Assert.That(redefined.Tables.Single().At(1, 1).Fill, Is.EqualTo("#c00000"));
        });
    }

    [Test]
    public void Theme_fills_read_as_excel_shows_its_swatches_lighter_and_darker()
    {
        // The values are those Excel's colour picker names, e.g. "Green, Accent 6, Lighter 40%" is A9D08E.
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            WorkbookCell.Of("Green").FilledTheme(9),
            WorkbookCell.Of("Lighter 40%").FilledTheme(9, 0.3999755851924192),
            WorkbookCell.Of("Darker 25%").FilledTheme(9, -0.249977111117893),
            WorkbookCell.Of("Gold lighter 60%").FilledTheme(7, 0.5999938962981048),
            WorkbookCell.Of("Blue lighter 80%").FilledTheme(4, 0.7999816888943144),
            WorkbookCell.Of("Background").FilledTheme(0),
            WorkbookCell.Of("Background darker 15%").FilledTheme(0, -0.1499984740745262),
            WorkbookCell.Of("Text 2").FilledTheme(3))));

        // Excel rounds through whole-number HLS and the standard gives no rounding, so a channel may be one or two off.
        var expected = new[] { "#70ad47", "#a9d08e", "#548235", "#ffe699", "#d9e1f2", null, "#d9d9d9", "#44546a" };
        var fills = document.Tables.Single().Cells(1).Select(cell => cell.Fill).ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Length; i++)
                Assert.That(Distance(fills[i], expected[i]), Is.LessThanOrEqualTo(2), $"column {i + 1}: {fills[i]} for {expected[i]}");
        });
    }

    private static int Distance(string? actual, string? expected)
    {
        if (actual is null || expected is null) return actual == expected ? 0 : int.MaxValue;
        return new[] { 1, 3, 5 }.Max(at => Math.Abs(Convert.ToInt32(actual.Substring(at, 2), 16) - Convert.ToInt32(expected.Substring(at, 2), 16)));
    }

    [Test]
    public void Theme_fills_read_from_the_workbooks_own_theme()
    {
        var colours = WorkbookBuilder.OfficeThemeColours.ToArray();
        colours[9] = "00B050"; // accent6 made the council's own green
        var document = Read(new WorkbookBuilder().Theme(colours).Sheet("Plan", sheet => sheet.Row(WorkbookCell.Of("Green").FilledTheme(9))));

        Assert.That(document.Tables.Single().At(1, 1).Fill, Is.EqualTo("#00b050"));
    }

    [Test]
    public void Colours_from_conditional_formatting_are_not_read_and_a_note_says_so()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Score", 3).ColouredWhenOverTwo("B1:B20", "92D050")));

        Assert.Multiple(() =>
        {
            Assert.That(document.Tables.Single().At(1, 2), Is.EqualTo(new SourceCell("3", IsNumber: true)));
            Assert.That(document.Notes, Is.EqualTo(new[] { "Sheet 'Plan' colours some cells by conditional formatting; those colours were not read (the cells' values were)." }));
        });
    }

    [Test]
    public void A_patterned_fill_is_not_read_as_a_colour()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row(
            "Text", WorkbookCell.Of("Hatched").FilledPattern("FF0000", "darkGray"))));

        Assert.That(document.Tables.Single().At(1, 2).Fill, Is.Null);
    }

    [Test]
    public void A_macro_enabled_workbook_is_read_as_xlsm_and_its_macros_noted_not_run()
    {
        var document = Read(new WorkbookBuilder().MacroEnabled().Sheet("Plan", sheet => sheet.Row("No.", "Action")), "plan.xlsm");

        Assert.Multiple(() =>
        {
            Assert.That(document.Format, Is.EqualTo("xlsm"));
            Assert.That(document.Notes, Is.EqualTo(new[] { "The workbook has macros; they were not run." }));
            Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "No.", "Action" }));
        });
    }

    [Test]
    public void The_file_name_does_not_decide_the_format_the_content_does()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row("No.")), "plan.csv");

        Assert.That(document.Format, Is.EqualTo("xlsx"));
    }

    [Test]
    public void Characters_xml_cannot_hold_are_taken_out_of_cell_text()
    {
        var document = Read(new WorkbookBuilder().Sheet("Plan", sheet => sheet.Row("Bell_x0007_ and_x001F_ unit", "tab\tkept")));

        Assert.That(document.Tables.Single().Texts(1), Is.EqualTo(new[] { "Bell and unit", "tab\tkept" }));
    }

    [Test]
    public void A_sheet_of_two_thousand_rows_and_forty_columns_reads_whole()
    {
        var workbook = new WorkbookBuilder().Sheet("Plan", sheet =>
        {
            for (var row = 1; row <= 2_000; row++) sheet.Row(Enumerable.Range(1, 40).Select(column => (object)(column % 2 == 0 ? $"R{row}C{column}" : row * column)).ToArray());
        });

        var table = Read(workbook).Tables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Rows, Has.Count.EqualTo(2_000));
            Assert.That(table.ColumnCount, Is.EqualTo(40));
            Assert.That(table.TextAt(2_000, 40), Is.EqualTo("R2000C40"));
            Assert.That(table.TextAt(1_999, 39), Is.EqualTo((1_999 * 39).ToString()));
        });
    }
}
