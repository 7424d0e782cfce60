using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Tests.Import.Files;

namespace ActionPlanTracker.Tests.Import.Reading;

public class CompoundFileTests
{
    [Test]
    public void The_directory_lists_every_stream_name()
    {
        var names = CompoundFile.Names(CompoundFileBuilder.WithStreams("EncryptionInfo", "EncryptedPackage", "WordDocument"));

        Assert.That(names, Is.SupersetOf(new[] { "EncryptionInfo", "EncryptedPackage", "WordDocument" }));
    }

    [Test]
    public void A_directory_of_many_sectors_is_followed_to_its_end()
    {
        // Four entries fit a 512-byte sector, so forty streams need a chain of ten directory sectors.
        var wanted = Enumerable.Range(1, 40).Select(i => $"Stream{i}").ToArray();

        Assert.That(CompoundFile.Names(CompoundFileBuilder.WithStreams(wanted)), Is.SupersetOf(wanted));
    }

    [Test]
    public void A_damaged_directory_gives_no_names_rather_than_an_error()
    {
        var file = CompoundFileBuilder.WithStreams("Workbook");
        BitConverter.GetBytes(0x7FFFFFF0).CopyTo(file, 0x30); // the first directory sector, far past the end

        Assert.Multiple(() =>
        {
            Assert.That(CompoundFile.Names(file), Is.Empty);
            Assert.That(CompoundFile.Names(file[..100]), Is.Empty);
        });
    }
}
