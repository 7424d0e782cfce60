using System.IO.Compression;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>What a zip holds, by its parts' names: a workbook, a Word document, or something else.</summary>
public enum PackageKind { Workbook, WordDocument }

/// <summary>
/// Looks inside a zip before any Office reader opens it: what kind of file it is, and whether unpacking it would cost the
/// server far more than any plan needs (a "zip bomb"). Only the zip's directory is read, by its declared sizes.
/// </summary>
public static class OfficePackage
{
    private const long LargeEntryBytes = 10L * 1024 * 1024;
    private const long MostPackedRatio = 200;

    public static PackageKind Inspect(byte[] content, string fileName)
    {
        using var zip = OpenZip(content, fileName);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            names.Add(entry.FullName);
            unpacked += entry.Length;
            if (unpacked > ReadingLimits.MaxUnpackedBytes)
                throw new SourceUnreadableException(
                    $"The file would unpack to more than {ReadingLimits.MaxUnpackedBytes / (1024 * 1024):N0} MB, far more than any plan needs, " +
                    "so the tracker did not open it. If it is your plan, copy the plan alone into a new workbook and upload that.");
            if (entry.Length > LargeEntryBytes && entry.Length > MostPackedRatio * Math.Max(1, entry.CompressedLength))
                throw new SourceUnreadableException(
                    $"A part of the file ('{entry.FullName}') is packed more than {MostPackedRatio} times smaller than it unpacks, " +
                    "which real workbooks and documents never are, so the tracker did not open it.");
        }
        if (names.Contains("xl/workbook.xml")) return PackageKind.Workbook;
        if (names.Contains("word/document.xml")) return PackageKind.WordDocument;
        if (names.Contains("xl/workbook.bin"))
            throw new SourceUnreadableException("The file is an Excel binary workbook (.xlsb), which the tracker cannot read. Save it as .xlsx in Excel and upload again.");
        if (names.Contains("content.xml") && names.Contains("mimetype"))
            throw new SourceUnreadableException("The file is an OpenDocument file (LibreOffice or OpenOffice), which the tracker cannot read. Save it as .xlsx or .docx and upload again.");
        throw new SourceUnreadableException(
            "The file is a zip archive, but not a workbook or a Word document. Upload the plan itself as .xlsx, .xls, .docx or .csv.");
    }

    private static ZipArchive OpenZip(byte[] content, string fileName)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw SourceReader.Damaged(fileName);
        }
    }
}
