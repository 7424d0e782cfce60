using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>Deadline text and today's date in, the status a committee member would see out.</summary>
public class DeadlineStatusTests
{
    // Columns: the deadline as written; today (yyyy-MM-dd, fixed, never the machine's clock);
    // whether the item's latest score means complete; the status expected.
    [TestCase("31 March 2018", "2018-04-01", false, DeadlineStatus.Overdue)]
    [TestCase("31 March 2018", "2018-03-31", false, DeadlineStatus.DueSoon)]
    [TestCase("31 March 2018", "2018-03-01", false, DeadlineStatus.DueSoon)]
    [TestCase("31 March 2018", "2018-02-28", false, DeadlineStatus.NotDue)]
    [TestCase("Mar-18", "2017-12-01", false, DeadlineStatus.NotDue)]
    [TestCase("Mar-18", "2018-03-15", false, DeadlineStatus.DueSoon)]
    [TestCase("June - Dec 16", "2016-07-01", false, DeadlineStatus.NotDue)]
    [TestCase("August 16 & March 2017", "2016-09-15", false, DeadlineStatus.NotDue)]
    [TestCase("31 March 2018", "2019-01-01", true, DeadlineStatus.Completed)]
    [TestCase("Completed April 2022", "2023-01-01", false, DeadlineStatus.Completed)]
    [TestCase("Actions completed but needs to be monitored", "2023-01-01", false, DeadlineStatus.Completed)]
    [TestCase("", "2023-01-01", true, DeadlineStatus.Completed)]
    [TestCase("Ongoing", "2023-01-01", false, DeadlineStatus.Ongoing)]
    [TestCase("reviewed monthly", "2023-01-01", false, DeadlineStatus.Ongoing)]
    [TestCase("Ongoing - ends Sept 2022", "2022-10-01", false, DeadlineStatus.Overdue)]
    [TestCase("Sept 16 / ongoing", "2017-01-01", false, DeadlineStatus.Overdue)]
    [TestCase("Review in Sept 2022", "2022-09-15", false, DeadlineStatus.DueSoon)]
    [TestCase("", "2023-01-01", false, DeadlineStatus.NoDate)]
    [TestCase("Jun", "2023-01-01", false, DeadlineStatus.NoDate)]
    [TestCase("Update not available", "2023-01-01", false, DeadlineStatus.NoDate)]
    public void An_item_is_overdue_due_soon_or_not_due_by_its_deadline(
        string written, string today, bool itemIsComplete, DeadlineStatus expected)
    {
        var deadline = DeadlineParser.Parse(written);
        var day = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.That(DeadlineStatusRule.For(deadline, day, itemIsComplete), Is.EqualTo(expected));
    }

    [Test]
    public void Due_soon_means_within_thirty_days_of_today()
    {
        Assert.That(DeadlineStatusRule.DueSoonDays, Is.EqualTo(30));
    }
}
