using ActionPlanTracker.Features.Import.Reading;

namespace ActionPlanTracker.Tests.Import.Reading;

public class CellTextTests
{
    [TestCase("  Audit  ", "Audit")]
    [TestCase("A\r\nB", "A\nB")]
    [TestCase("A\rB", "A\nB")]
    [TestCase("A\tB", "A\tB")]
    [TestCase("Bell\u0007 and null\u0000", "Bell and null")]
    [TestCase("Not a character\uFFFE\uFFFF", "Not a character")]
    [TestCase("\n\n Trimmed \n", "Trimmed")]
    [TestCase(null, "")]
    public void Cell_text_keeps_only_what_xml_can_hold_with_line_breaks_as_line_feeds(string? raw, string clean)
    {
        Assert.That(CellText.Clean(raw), Is.EqualTo(clean));
    }

    [Test]
    public void Half_a_surrogate_pair_is_taken_out_and_a_whole_pair_kept()
    {
        // Built at run time: an attribute's strings are stored as UTF-8, which cannot carry half a pair.
        var high = char.ConvertFromUtf32(0x1F600)[0];
        var low = char.ConvertFromUtf32(0x1F600)[1];

        Assert.Multiple(() =>
        {
            Assert.That(CellText.Clean($"Half {high} pair"), Is.EqualTo("Half  pair"));
            Assert.That(CellText.Clean($"Lone low {low} half{high}"), Is.EqualTo("Lone low  half"));
            Assert.That(CellText.Clean($"Whole pair {high}{low} kept"), Is.EqualTo($"Whole pair {high}{low} kept"));
        });
    }
}
