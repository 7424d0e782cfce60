using ActionPlanTracker.Features.Import.Reading;

namespace ActionPlanTracker.Tests.Import.Reading;

public class NumberFormatTests
{
    [TestCase("General", NumberShape.General)]
    [TestCase("0.00", NumberShape.General)]
    [TestCase("#,##0", NumberShape.General)]
    [TestCase("\"£\"#,##0.00", NumberShape.General)]
    [TestCase("0 \"days\"", NumberShape.General)]
    [TestCase("0.00E+00", NumberShape.General)]
    [TestCase("@", NumberShape.General)]
    [TestCase("0%", NumberShape.Percent)]
    [TestCase("dd/mm/yyyy", NumberShape.Date)]
    [TestCase("[$-809]dd mmmm yyyy;@", NumberShape.Date)]
    [TestCase("d-mmm", NumberShape.Date)]
    [TestCase("dd/mm/yyyy hh:mm", NumberShape.Date)]
    [TestCase("mmm-yy", NumberShape.MonthAndYear)]
    [TestCase("mmmm", NumberShape.MonthAndYear)]
    [TestCase("yyyy", NumberShape.Year)]
    [TestCase("h:mm", NumberShape.Time)]
    [TestCase("[h]:mm:ss", NumberShape.Time)]
    [TestCase("[Red]0.0;[Blue]-0.0", NumberShape.General)]
    [TestCase("0;\"dd\"", NumberShape.General)]
    public void A_formats_code_gives_the_shape_a_person_sees(string code, NumberShape shape)
    {
        Assert.That(NumberFormat.FromCode(code).Shape, Is.EqualTo(shape));
    }

    [TestCase("0.0%", 1)]
    [TestCase("0.00%", 2)]
    [TestCase("0%", 0)]
    public void A_percentage_format_shows_its_decimal_places(string code, int decimals)
    {
        Assert.That(NumberFormat.FromCode(code), Is.EqualTo(new NumberFormat(NumberShape.Percent, decimals)));
    }

    [Test]
    public void A_mac_workbooks_dates_count_from_1904()
    {
        var format = new NumberFormat(NumberShape.Date);

        Assert.Multiple(() =>
        {
            Assert.That(format.Show(43100), Is.EqualTo("31/12/2017"));
            Assert.That(format.Show(43100 - 1462, date1904: true), Is.EqualTo("31/12/2017"));
        });
    }

    [Test]
    public void A_date_outside_excels_calendar_shows_as_its_number()
    {
        Assert.That(new NumberFormat(NumberShape.Date).Show(-5), Is.EqualTo("-5"));
    }
}
