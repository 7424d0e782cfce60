using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

/// <summary>Damaged files of every format give a sentence (or a reading), never a library's exception.</summary>
public class DamagedFileTests
{
    private static IEnumerable<TestCaseData> Files()
    {
        yield return new TestCaseData("plan.xlsx", new WorkbookBuilder().Sheet("Plan", sheet => sheet
            .Row("Title").Merge("A1:C1").Row("No.", "Action", WorkbookCell.Of("Green").Filled("92D050")).Row(1, WorkbookCell.Formula("1+1", 2), new DateTime(2017, 3, 31))).Build()).SetArgDisplayNames("xlsx");
        yield return new TestCaseData("plan.docx", new WordBuilder().Heading("Priority 1").Table(table => table
            .Row(WordCell.Of("Outcome").Spanning(2)).Row(WordCell.Of("a").MergedDown(), "b").Row(WordCell.Continued(), "c")).Build()).SetArgDisplayNames("docx");
        yield return new TestCaseData("plan.xls", new XlsBuilder().Sheet("Plan", sheet => sheet.Row("No.", "Action").Row(1, "Audit").Merge("A1:B1")).Build()).SetArgDisplayNames("xls");
    }

    [TestCaseSource(nameof(Files))]
    public void Every_truncation_and_changed_byte_gives_a_reading_or_a_sentence(string fileName, byte[] file)
    {
        var random = new Random(11);
        var unexpected = new List<string>();
        for (var trial = 0; trial < 150; trial++)
        {
            var damaged = trial < 30 ? file[..random.Next(1, file.Length)] : Mutated(file, random);
            try
            {
                SourceReader.Read(fileName, damaged);
            }
            catch (SourceUnreadableException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"trial {trial}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.That(unexpected, Is.Empty);
    }

    private static byte[] Mutated(byte[] file, Random random)
    {
        var copy = file.ToArray();
        for (var i = random.Next(1, 8); i > 0; i--) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }
}
