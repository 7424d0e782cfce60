using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads an uploaded file into a <see cref="SourceDocument"/>, choosing the reader by the file's content (an Office file is
/// a zip or an OLE compound file whatever its name says) and then its name. Throws <see cref="SourceUnreadableException"/>
/// with a plain-English message for anything it cannot read.
/// </summary>
public static class SourceReader
{
    private enum Kind { Workbook, WordDocument, LegacyWorkbook, Text }

    public static SourceDocument Read(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new SourceUnreadableException("The file is empty.");
        if (content.Length > ReadingLimits.MaxFileBytes)
            throw new SourceUnreadableException(
                $"The file is larger than the {ReadingLimits.MaxFileBytes / (1024 * 1024)} MB the tracker reads. " +
                "Save a copy holding only the plan (without pictures or other sheets) and upload that.");
        Kind? kind = null;
        try
        {
            kind = KindOf(fileName, content);
            var budget = new RowBudget();
            var document = kind switch
            {
                Kind.Workbook => XlsxReader.Read(fileName, new MemoryStream(content, writable: false), budget),
                Kind.WordDocument => DocxReader.Read(fileName, new MemoryStream(content, writable: false), budget),
                Kind.LegacyWorkbook => XlsReader.Read(fileName, new MemoryStream(content, writable: false), budget),
                _ => DelimitedReader.ReadFile(fileName, content, budget),
            };
            return document.Tables.Count > 0 ? document : throw new SourceUnreadableException("The workbook has no cells with anything in them.");
        }
        catch (SourceUnreadableException)
        {
            throw;
        }
        catch (Exception) // Whatever a library throws on a damaged file, the person gets a sentence, never a server error.
        {
            throw kind switch
            {
                null => Damaged(fileName),
                Kind.WordDocument => DocxReader.Damaged(),
                Kind.Text => new SourceUnreadableException("The file could not be read as CSV text; it may be damaged. Save it again from Excel as CSV and upload the new copy."),
                _ => XlsxReader.Damaged(),
            };
        }
    }

    /// <summary>Cells copied from Excel and pasted into the web app: tab-separated lines.</summary>
    public static SourceDocument ReadPasted(string text)
    {
        try
        {
            var table = DelimitedReader.ReadTable("Pasted cells", text ?? "", '\t', new RowBudget())
                ?? throw new SourceUnreadableException("Nothing was pasted: copy the plan's cells in Excel, then paste them here.");
            return new SourceDocument("pasted cells", "tsv", [table], []);
        }
        catch (SourceUnreadableException)
        {
            throw;
        }
        catch (Exception)
        {
            throw new SourceUnreadableException("The pasted cells could not be read. Copy them from Excel again and paste them here.");
        }
    }

    private static Kind KindOf(string fileName, byte[] content)
    {
        var head = content.AsSpan();
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
            return OfficePackage.Inspect(content, fileName) == PackageKind.Workbook ? Kind.Workbook : Kind.WordDocument;
        if (head.StartsWith(CompoundFile.Signature)) return LegacyKind(content);
        if (head.StartsWith("%PDF"u8))
            throw new SourceUnreadableException(
                "A PDF cannot be imported: it keeps the look of a table but not its cells. Upload the workbook or Word document the PDF was made from.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        // A name that promises a workbook or a Word document over bytes that are neither is a mistake worth naming (a
        // report saved as HTML, a CSV renamed): reading it as text would import something the person never meant to.
        if (extension is ".xlsx" or ".xlsm" or ".xls" or ".docx")
            throw new SourceUnreadableException(
                $"'{fileName}' is named as {(extension == ".docx" ? "a Word document" : "an Excel workbook")} but is not one. " +
                "Open it in Excel or Word, save it again in that format (or as CSV) and upload the new copy.");
        var named = extension is ".csv" or ".txt" or ".tsv";
        if (TextDecoding.LooksLikeText(content, named)) return Kind.Text;
        throw new SourceUnreadableException(named
            ? $"'{fileName}' is named as a text file but does not hold text. Save the plan from Excel as CSV and upload again."
            : "The file is not a spreadsheet, Word document or CSV file. Upload the plan as .xlsx, .xls, .docx or .csv.");
    }

    /// <summary>An OLE compound file: a password-protected Office file of any age, a legacy Word document, or a legacy workbook.</summary>
    private static Kind LegacyKind(byte[] content)
    {
        var names = CompoundFile.Names(content);
        if (names.Contains("EncryptionInfo") || names.Contains("EncryptedPackage")) throw PasswordProtected();
        if (names.Contains("WordDocument"))
            throw new SourceUnreadableException(
                "The file is a Word 97-2003 document (.doc), which the tracker cannot read. Open it in Word, save it as .docx and upload again.");
        return Kind.LegacyWorkbook;
    }

    public static SourceUnreadableException PasswordProtected() =>
        new("The file is protected with a password, so the tracker cannot read it. Remove the password in Excel (or Word) and upload again.");

    /// <summary>A zip that cannot be opened: damaged, as a workbook or a Word document by the name it came with.</summary>
    public static SourceUnreadableException Damaged(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".docx" or ".docm" ? DocxReader.Damaged() : XlsxReader.Damaged();
}
