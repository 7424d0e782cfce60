using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

public sealed class ReviewOrderTests
{
    private static DateOnly?[] Dates(string dates) =>
        dates.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => d == "-" ? (DateOnly?)null : DateOnly.Parse(d)).ToArray();

    // existing columns (dates, "-" for undated) · the new review's date · a position asked for · where it goes (from 0)
    [TestCase("", null, null, 0)]
    [TestCase("2018-01-22 2018-03-20", "2018-05-21", null, 2)]
    [TestCase("2018-01-22 2018-03-20", "2018-02-19", null, 1)]
    [TestCase("2018-01-22 2018-03-20", "2017-12-01", null, 0)]
    [TestCase("2018-01-22 2018-03-20", "2018-03-20", null, 2)]
    [TestCase("2018-01-22 - 2018-03-20", "2018-02-19", null, 1)]
    [TestCase("- -", "2018-02-19", null, 2)]
    [TestCase("2018-01-22 2018-03-20", null, null, 2)]
    [TestCase("2018-01-22 2018-03-20", null, 1, 0)]
    [TestCase("2018-01-22 2018-03-20", "2018-05-21", 1, 0)]
    [TestCase("2018-01-22 2018-03-20", null, 99, 2)]
    public void A_review_goes_where_its_date_falls_unless_given_a_place(string existing, string? date, int? position, int expected)
    {
        Assert.That(ReviewOrder.PlaceFor(Dates(existing), date is null ? null : DateOnly.Parse(date), position), Is.EqualTo(expected));
    }
}
