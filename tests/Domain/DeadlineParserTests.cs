using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>
/// Deadline text in, understanding out. The rows are deadlines as they appear in real plans'
/// "By when" and "Timescale" columns (docs/domain.md, "Deadlines as people write them").
/// </summary>
public class DeadlineParserTests
{
    // Columns: as written; the state; the start of a range; the final due date; every due date in
    // the order written, separated by spaces. Dates are yyyy-MM-dd; null means none.
    [TestCase("June - Dec 16", DeadlineState.None, "2016-06-01", "2016-12-31", "2016-12-31")]
    [TestCase("Sept 16 / ongoing", DeadlineState.Ongoing, null, "2016-09-30", "2016-09-30")]
    [TestCase("Nov' 2016", DeadlineState.None, null, "2016-11-30", "2016-11-30")]
    [TestCase("May 16 - March 17", DeadlineState.None, "2016-05-01", "2017-03-31", "2017-03-31")]
    [TestCase("August 16 & March 2017", DeadlineState.None, null, "2017-03-31", "2016-08-31 2017-03-31")]
    [TestCase("01/09/2016", DeadlineState.None, null, "2016-09-01", "2016-09-01")]
    [TestCase("Mar-18", DeadlineState.None, null, "2018-03-31", "2018-03-31")]
    [TestCase("December 31 st 2017", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("October 31 st 2017 Completed", DeadlineState.Completed, null, "2017-10-31", "2017-10-31")]
    [TestCase("Ongoing", DeadlineState.Ongoing, null, null, "")]
    [TestCase("Review in Sept 2022", DeadlineState.ReviewBy, null, "2022-09-30", "2022-09-30")]
    [TestCase("Review in September 2022", DeadlineState.ReviewBy, null, "2022-09-30", "2022-09-30")]
    [TestCase("Sep-22", DeadlineState.None, null, "2022-09-30", "2022-09-30")]
    [TestCase("reviewed monthly", DeadlineState.Recurring, null, null, "")]
    [TestCase("monthly", DeadlineState.Recurring, null, null, "")]
    [TestCase("Quarterly", DeadlineState.Recurring, null, null, "")]
    [TestCase("Completed April 2022", DeadlineState.Completed, null, "2022-04-30", "2022-04-30")]
    [TestCase("Ongoing - ends Sept 2022", DeadlineState.Ongoing, null, "2022-09-30", "2022-09-30")]
    [TestCase("Actions completed but needs to be monitored", DeadlineState.Completed, null, null, "")]
    [TestCase("Sept 16 / ongoing. Actions A & C completed.", DeadlineState.Ongoing, null, "2016-09-30", "2016-09-30")]
    [TestCase("31 December 2017", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("31st December 2017", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("1 st January 2018", DeadlineState.None, null, "2018-01-01", "2018-01-01")]
    [TestCase("31-Dec-17", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("01/02/2018", DeadlineState.None, null, "2018-02-01", "2018-02-01")]
    [TestCase("01/16/2018", DeadlineState.None, null, "2018-01-16", "2018-01-16")]
    [TestCase("25/12/2017", DeadlineState.None, null, "2017-12-25", "2017-12-25")]
    [TestCase("01/09/16", DeadlineState.None, null, "2016-09-01", "2016-09-01")]
    [TestCase("Sept 16", DeadlineState.None, null, "2016-09-30", "2016-09-30")]
    [TestCase("SEPT 16", DeadlineState.None, null, "2016-09-30", "2016-09-30")]
    [TestCase("june - dec 16", DeadlineState.None, "2016-06-01", "2016-12-31", "2016-12-31")]
    [TestCase("Feb 2020", DeadlineState.None, null, "2020-02-29", "2020-02-29")]
    [TestCase("Nov - Mar 17", DeadlineState.None, "2016-11-01", "2017-03-31", "2017-03-31")]
    [TestCase("May 2016 to Dec", DeadlineState.None, "2016-05-01", "2016-12-31", "2016-12-31")]
    [TestCase("Jan '17", DeadlineState.None, null, "2017-01-31", "2017-01-31")]
    [TestCase("To be completed by March 2018", DeadlineState.None, null, "2018-03-31", "2018-03-31")]
    [TestCase("Ongoing from April 2017", DeadlineState.Ongoing, "2017-04-01", null, "")]
    [TestCase("Ongoing, reviewed monthly", DeadlineState.Recurring, null, null, "")]
    [TestCase("Completed - ongoing monitoring", DeadlineState.Completed, null, null, "")]
    [TestCase("In progress", DeadlineState.Ongoing, null, null, "")]
    [TestCase("2017/18", DeadlineState.None, null, "2018-03-31", "2018-03-31")]
    [TestCase("By 2018", DeadlineState.None, null, "2018-12-31", "2018-12-31")]
    [TestCase("end of Sept 16", DeadlineState.None, null, "2016-09-30", "2016-09-30")]
    [TestCase("Dec-17 to Mar-18", DeadlineState.None, "2017-12-01", "2018-03-31", "2018-03-31")]
    [TestCase("Closed - business as usual", DeadlineState.Completed, null, null, "")]
    [TestCase("Monthly from Sept 2022", DeadlineState.Recurring, "2022-09-01", null, "")]
    [TestCase("Dec 16, though actions may slip", DeadlineState.None, null, "2016-12-31", "2016-12-31")]
    // Digits of any script read as 0 to 9.
    [TestCase("٠١/٠٩/٢٠١٦", DeadlineState.None, null, "2016-09-01", "2016-09-01")]
    [TestCase("۳۱/۱۲/۲۰۱۷", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("３１/１２/２０１７", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("３１／１２／２０１７", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("३१ March २०१८", DeadlineState.None, null, "2018-03-31", "2018-03-31")]
    [TestCase("Sept ১৬", DeadlineState.None, null, "2016-09-30", "2016-09-30")]
    [TestCase("𝟑𝟏/𝟏𝟐/𝟐𝟎𝟏𝟕", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("٣١/١٢/2017", DeadlineState.None, null, "2017-12-31", "2017-12-31")]
    [TestCase("Ongoing - ends Sept ٢٠٢٢", DeadlineState.Ongoing, null, "2022-09-30", "2022-09-30")]
    [TestCase("1 January 1900", DeadlineState.None, null, "1900-01-01", "1900-01-01")]
    [TestCase("31 December 2200", DeadlineState.None, null, "2200-12-31", "2200-12-31")]
    // Status words without a date.
    [TestCase("Progressing", DeadlineState.Ongoing, null, null, "")]
    [TestCase("On track", DeadlineState.Ongoing, null, null, "")]
    [TestCase("on-track", DeadlineState.Ongoing, null, null, "")]
    [TestCase("Underway", DeadlineState.Ongoing, null, null, "")]
    [TestCase("Under way", DeadlineState.Ongoing, null, null, "")]
    [TestCase("Started", DeadlineState.Ongoing, null, null, "")]
    [TestCase("Progressing well with partners", DeadlineState.Ongoing, null, null, "")]
    [TestCase("On track for March 2018", DeadlineState.Ongoing, null, "2018-03-31", "2018-03-31")]
    [TestCase("Started April 2017", DeadlineState.Ongoing, "2017-04-01", null, "")]
    [TestCase("Work started with partners. Target Dec 16", DeadlineState.None, null, "2016-12-31", "2016-12-31")]
    [TestCase("On track. Dec 16", DeadlineState.None, null, "2016-12-31", "2016-12-31")]
    [TestCase("Not started", DeadlineState.None, null, null, "")]
    [TestCase("Not yet started - Dec 16", DeadlineState.None, null, "2016-12-31", "2016-12-31")]
    // A range whose start has no year takes the end's, or the year before when it comes later in the year.
    [TestCase("June/July 2022", DeadlineState.None, "2022-06-01", "2022-07-31", "2022-07-31")]
    [TestCase("June - July 2022", DeadlineState.None, "2022-06-01", "2022-07-31", "2022-07-31")]
    [TestCase("June / July 22", DeadlineState.None, "2022-06-01", "2022-07-31", "2022-07-31")]
    [TestCase("Nov/Dec 2016", DeadlineState.None, "2016-11-01", "2016-12-31", "2016-12-31")]
    [TestCase("Nov - Feb 2017", DeadlineState.None, "2016-11-01", "2017-02-28", "2017-02-28")]
    [TestCase("Dec/Jan 2017", DeadlineState.None, "2016-12-01", "2017-01-31", "2017-01-31")]
    [TestCase("Nov 2016 - Feb", DeadlineState.None, "2016-11-01", "2017-02-28", "2017-02-28")]
    [TestCase("Sept 16 / March 17", DeadlineState.None, null, "2017-03-31", "2016-09-30 2017-03-31")]
    public void A_deadline_is_understood_as_the_council_meant_it(
        string written, DeadlineState state, string? dueFrom, string? dueBy, string dueDates)
    {
        var understood = DeadlineParser.Parse(written);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(understood.Problems, Is.Empty, "problems");
            Assert.That(understood.IsUnderstood, Is.True);
            Assert.That(understood.State, Is.EqualTo(state), "state");
            Assert.That(understood.DueFrom, Is.EqualTo(Date(dueFrom)), "due from");
            Assert.That(understood.DueBy, Is.EqualTo(Date(dueBy)), "due by");
            Assert.That(understood.DueDates, Is.EqualTo(Dates(dueDates)), "due dates");
            Assert.That(understood.Text, Is.EqualTo(written));
        }
    }

    [TestCase("Jun", "\"Jun\" has no year")]
    [TestCase("December 31st", "\"December 31st\" has no year")]
    [TestCase("31 March", "\"31 March\" has no year")]
    [TestCase("31st", "\"31st\" gives a day but no month or year")]
    [TestCase("31/02/2018", "\"31/02/2018\" is not a real date")]
    [TestCase("30/02/2018", "\"30/02/2018\" is not a real date")]
    [TestCase("02/30/2018", "\"02/30/2018\" is not a real date")]
    [TestCase("13/13/2018", "neither 13 nor 13 can be a month")]
    [TestCase("31 June 2017", "\"31 June 2017\" is not a real date")]
    [TestCase("09/16", "Could not tell whether \"09/16\" is a day and a month or a month and a year")]
    [TestCase("Dec 17 - June 17", "\"Dec 17 - June 17\" ends before it starts")]
    [TestCase("29 Feb - 1 Mar 2017", "\"29 Feb\" is not a real date in 2017")]
    [TestCase("2016/18", "Could not read \"2016/18\" as a financial year")]
    [TestCase("Q3 2018", "Could not tell which part of the year \"Q3 2018\" means")]
    [TestCase("Spring 2018", "Could not tell which part of the year \"Spring 2018\" means")]
    [TestCase("TBC", "still to be decided")]
    [TestCase("Update not available", "Could not find a date or a status in \"Update not available\"")]
    [TestCase("Lead officer on leave", "Could not find a date or a status in \"Lead officer on leave\"")]
    [TestCase("asap!!", "Could not find a date or a status in \"asap!!\"")]
    [TestCase("Ofsted rec 14", "Could not find a date or a status in \"Ofsted rec 14\"")]
    // Years no plan could mean, and days or months that do not exist, in any script's digits.
    [TestCase("00/00/0000", "\"00/00/0000\" is not a date a plan could mean: its year is outside 1900 to 2200")]
    [TestCase("31/12/0000", "\"31/12/0000\" is not a date a plan could mean")]
    [TestCase("Dec 0000", "\"Dec 0000\" is not a date a plan could mean")]
    [TestCase("December 99999", "\"December 99999\" is not a date a plan could mean")]
    [TestCase("01/02/99999", "\"01/02/99999\" is not a date a plan could mean")]
    [TestCase("July 31st 99999", "\"July 31st 99999\" is not a date a plan could mean")]
    [TestCase("31 Dec 1899", "\"31 Dec 1899\" is not a date a plan could mean")]
    [TestCase("1 January 2201", "\"1 January 2201\" is not a date a plan could mean")]
    [TestCase("31/12/9999", "\"31/12/9999\" is not a date a plan could mean")]
    [TestCase("Dec 9999 - Jan", "\"Dec 9999\" is not a date a plan could mean")]
    [TestCase("Dec 2200 - Jan", "\"Dec 2200 - Jan\" is not a date a plan could mean")]
    [TestCase("Dec - Jan 1900", "\"Dec - Jan 1900\" is not a date a plan could mean")]
    [TestCase("٣١/٠٢/٢٠١٨", "\"31/02/2018\" is not a real date")]
    [TestCase("٠٠/٠٠/٠٠٠٠", "\"00/00/0000\" is not a date a plan could mean")]
    [TestCase("١٣/١٣/٢٠١٨", "neither 13 nor 13 can be a month")]
    [TestCase("۰۹/۱۶", "Could not tell whether \"09/16\" is a day and a month")]
    public void Text_it_cannot_read_is_reported_and_no_date_is_guessed(string written, string problem)
    {
        var understood = DeadlineParser.Parse(written);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(understood.IsUnderstood, Is.False);
            Assert.That(understood.Problems, Has.Some.Contains(problem));
            Assert.That(understood.DueBy, Is.Null, "due by");
            Assert.That(understood.DueFrom, Is.Null, "due from");
            Assert.That(understood.DueDates, Is.Empty, "due dates");
        }
    }

    [TestCase("01/02/2018", "Read 01/02/2018 as 1 February 2018: day first, the UK default.")]
    [TestCase("01/09/2016", "Read 01/09/2016 as 1 September 2016: day first, the UK default.")]
    [TestCase("01/16/2018", "Read 01/16/2018 as 16 January 2018: month first, because 16 cannot be a month.")]
    [TestCase("Sept 16 / ongoing. Actions A & C completed.", "the rest is narrative: \"Actions A & C completed.\"")]
    [TestCase("Actions completed but needs to be monitored", "Marked as completed, but still to be monitored.")]
    [TestCase("June - Dec 16", "Took the year of \"June\" from the end of the range, 2016.")]
    [TestCase("Nov - Mar 17", "Took the year of \"Nov\" from the end of the range as 2016, the year before, because it comes later in the year than \"Mar 17\".")]
    [TestCase("Nov - Feb 2017", "Took the year of \"Nov\" from the end of the range as 2016, the year before, because it comes later in the year than \"Feb 2017\".")]
    [TestCase("June/July 2022", "Took the year of \"June\" from the end of the range, 2022.")]
    [TestCase("Nov 2016 - Feb", "Took the year of \"Feb\" from the start of the range as 2017, the year after, because it comes earlier in the year than \"Nov 2016\".")]
    [TestCase("٠١/٠٢/٢٠١٨", "Read digits of another script as 0 to 9: \"٠١/٠٢/٢٠١٨\" as \"01/02/2018\".")]
    [TestCase("٠١/٠٢/٢٠١٨", "Read 01/02/2018 as 1 February 2018: day first, the UK default.")]
    [TestCase("３１／１２／２０１７", "and full-width characters as ordinary ones: \"３１／１２／２０１７\" as \"31/12/2017\".")]
    [TestCase("Not started", "Did not read \"Not started\" as ongoing.")]
    [TestCase("Work started with partners. Target Dec 16", "Did not read \"Work started with partners.\" as part of the deadline.")]
    [TestCase("August 16 & March 2017", "took the latest, 31 March 2017, as the final one")]
    [TestCase("2017/18", "financial year from 1 April 2017 to 31 March 2018")]
    [TestCase("2018", "as the end of 2018, 31 December 2018")]
    [TestCase("Ongoing, reviewed monthly", "Also says ongoing; took it as recurring (monthly).")]
    [TestCase("Sept 16 hopefully", "Took no meaning from \"hopefully\".")]
    [TestCase("To be completed by March 2018", "as a target, not as done")]
    [TestCase("Ongoing from April 2017", "Read \"April 2017\" as when the work starts, not as a deadline.")]
    [TestCase("Review", "Says it is to be reviewed but gives no date.")]
    [TestCase("Ongoing. Review in March 2023.", "The narrative also mentions \"March 2023\", not taken as the deadline.")]
    [TestCase("Board agreed the plan. Mar-18", "Did not read \"Board agreed the plan.\" as part of the deadline.")]
    public void Choices_it_made_are_explained_in_notes(string written, string note)
    {
        var understood = DeadlineParser.Parse(written);

        Assert.That(understood.Notes, Has.Some.Contains(note));
    }

    [TestCase("31 December 2017")]
    [TestCase("Mar-18")]
    [TestCase("Ongoing")]
    [TestCase("31/12/2017")]
    [TestCase("07/07/2017")]
    public void A_plain_deadline_needs_no_explaining(string written)
    {
        Assert.That(DeadlineParser.Parse(written).Notes, Is.Empty);
    }

    // Column: the reason to confirm, in full.
    [TestCase("01/02/2018", "\"01/02/2018\" could be 1 February 2018 (day first) or 2 January 2018 (month first); it was read day first, the UK default.")]
    [TestCase("01/16/2018", "\"01/16/2018\" only reads month first, as 16 January 2018, which is not the UK way round; check that date was meant.")]
    [TestCase("05.06.17", "\"05.06.17\" could be 5 June 2017 (day first) or 6 May 2017 (month first); it was read day first, the UK default.")]
    [TestCase("12-30-2017", "\"12-30-2017\" only reads month first, as 30 December 2017, which is not the UK way round; check that date was meant.")]
    [TestCase("Ongoing - ends 01/02/2018", "\"01/02/2018\" could be 1 February 2018 (day first) or 2 January 2018 (month first); it was read day first, the UK default.")]
    [TestCase("٠١/٠٢/٢٠١٨", "\"01/02/2018\" could be 1 February 2018 (day first) or 2 January 2018 (month first); it was read day first, the UK default.")]
    [TestCase("Sept 16 & 03/04/2017", "\"03/04/2017\" could be 3 April 2017 (day first) or 4 March 2017 (month first); it was read day first, the UK default.")]
    [TestCase("01/02/2018 - 01/03/2018", "\"01/03/2018\" could be 1 March 2018 (day first) or 3 January 2018 (month first); it was read day first, the UK default.")]
    public void A_date_whose_day_and_month_order_cannot_be_told_for_certain_is_listed_to_confirm(string written, string reason)
    {
        var understood = DeadlineParser.Parse(written);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(understood.ToConfirm, Has.Some.EqualTo(reason));
            Assert.That(understood.NeedsConfirming, Is.True);
            Assert.That(understood.IsUnderstood, Is.True, "a date to confirm is still understood, and its due date counts meanwhile");
            Assert.That(understood.DueBy, Is.Not.Null);
        }
    }

    [TestCase("31/12/2017")]
    [TestCase("25/12/2017")]
    [TestCase("07/07/2017")]
    [TestCase("31 December 2017")]
    [TestCase("Mar-18")]
    [TestCase("June/July 2022")]
    [TestCase("2017/18")]
    [TestCase("Ongoing. Next review 01/03/2017.")]
    [TestCase("31/02/2018")]
    [TestCase("Progressing")]
    public void A_date_that_reads_only_one_way_needs_no_confirming(string written)
    {
        Assert.That(DeadlineParser.Parse(written).ToConfirm, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_deadline_is_blank_not_a_problem(string? written)
    {
        var understood = DeadlineParser.Parse(written);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(understood.IsBlank, Is.True);
            Assert.That(understood.IsUnderstood, Is.True);
            Assert.That(understood.State, Is.EqualTo(DeadlineState.None));
            Assert.That(understood.DueBy, Is.Null);
            Assert.That(understood.Text, Is.EqualTo(written ?? ""));
        }
    }

    [TestCase("Jun & Dec 16", "2016-12-31", "\"Jun\" has no year")]
    [TestCase("31/02/2018 or 31 March 2018", "2018-03-31", "\"31/02/2018\" is not a real date")]
    [TestCase("Ongoing from April 2017, ends Dec 2016", "2016-12-31", "\"April 2017\" starts after the deadline, 31 December 2016, so no start was taken from it.")]
    [TestCase("Dec 0000 & March 2018", "2018-03-31", "\"Dec 0000\" is not a date a plan could mean")]
    public void A_part_it_cannot_read_is_reported_while_the_rest_is_kept(string written, string dueBy, string problem)
    {
        var understood = DeadlineParser.Parse(written);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(understood.DueBy, Is.EqualTo(Date(dueBy)));
            Assert.That(understood.Problems, Has.Some.Contains(problem));
        }
    }

    [TestCase("Sept 16 / ongoing. Actions A & C completed. Next review 01/03/2017.")]
    [TestCase("  Mar-18\n(was Dec 17)  ")]
    [TestCase("////")]
    [TestCase("00/00/0000")]
    [TestCase("31/31/31")]
    [TestCase("99 December 9999")]
    [TestCase("December 9999 - January 9999")]
    [TestCase("- - -")]
    [TestCase("\uD800/\uDC00/2018")]
    [TestCase("Dec 0000")]
    [TestCase("Dec 9999 - Jan")]
    [TestCase("٠١/٠٢/٢٠١٨")]
    [TestCase("December 31 st 00000000000000000000001")]
    public void Odd_text_never_breaks_the_parser_and_is_kept_as_written(string written)
    {
        var understood = DeadlineParser.Parse(written);

        Assert.That(understood.Text, Is.EqualTo(written));
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly[] Dates(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(date => Date(date)!.Value).ToArray();
}
