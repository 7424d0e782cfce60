using NPOI.HSSF.UserModel;
using NPOI.POIFS.FileSystem;
using NPOI.SS.UserModel;
using NPOI.SS.Util;

namespace ActionPlanTracker.Tests.Import.Files;

/// <summary>
/// Builds a legacy .xls (Excel 97-2003) in code with NPOI, which writes the real binary format, so the reader is tested
/// against the bytes Excel would save: numbers, text, dates in a date format, merged ranges, hidden sheets.
/// </summary>
public sealed class XlsBuilder
{
    private readonly HSSFWorkbook workbook = new();

    public XlsBuilder Sheet(string name, Action<XlsSheet> build, bool hidden = false)
    {
        var sheet = new XlsSheet(workbook, workbook.CreateSheet(name));
        build(sheet);
        if (hidden) workbook.SetSheetHidden(workbook.GetSheetIndex(name), SheetState.Hidden);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        workbook.Write(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// The workbook as Excel 97-2003 marks one that needs a password to open: an RC4 FILEPASS record straight after the
    /// first record of its Workbook stream. NPOI 2.4 cannot encrypt, and a reader only needs the record to find the
    /// password it does not have (the verifier here matches no password), so the rest of the stream is left as it was.
    /// </summary>
    public byte[] BuildNeedingPassword()
    {
        var fileSystem = new POIFSFileSystem(new MemoryStream(Build()));
        var stream = new byte[((DocumentEntry)fileSystem.Root.GetEntry("Workbook")).Size];
        using (var workbookStream = fileSystem.CreateDocumentInputStream("Workbook")) workbookStream.ReadFully(stream);
        var firstRecordEnd = 4 + BitConverter.ToUInt16(stream, 2);
        byte[] filePass = [0x2F, 0x00, 54, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, .. Enumerable.Range(1, 48).Select(i => (byte)(i * 7))];
        var encrypted = new MemoryStream();
        var output = new POIFSFileSystem();
        output.CreateDocument(new MemoryStream([.. stream[..firstRecordEnd], .. filePass, .. stream[firstRecordEnd..]]), "Workbook");
        output.WriteFileSystem(encrypted);
        return encrypted.ToArray();
    }

    /// <summary>One sheet: rows of plain values (string, number, bool, DateTime) and merged ranges.</summary>
    public sealed class XlsSheet(HSSFWorkbook workbook, ISheet sheet)
    {
        private int next;

        public XlsSheet Row(params object?[] values) => RowAt(next + 1, values);

        public XlsSheet RowAt(int number, params object?[] values)
        {
            next = number;
            var row = sheet.CreateRow(number - 1);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null) continue;
                var cell = row.CreateCell(i);
                switch (values[i])
                {
                    case string text: cell.SetCellValue(text); break;
                    case bool flag: cell.SetCellValue(flag); break;
                    case DateTime date:
                        cell.SetCellValue(date);
                        cell.CellStyle = Style("dd/mm/yyyy");
                        break;
                    case XlsPercent percent:
                        cell.SetCellValue(percent.Value);
                        cell.CellStyle = Style("0%");
                        break;
                    default: cell.SetCellValue(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            return this;
        }

        public XlsSheet Merge(string range)
        {
            sheet.AddMergedRegion(CellRangeAddress.ValueOf(range));
            return this;
        }

        private ICellStyle Style(string format)
        {
            var style = workbook.CreateCellStyle();
            style.DataFormat = workbook.CreateDataFormat().GetFormat(format);
            return style;
        }
    }
}

/// <summary>A number shown as a percentage in an .xls cell.</summary>
public sealed record XlsPercent(double Value);

/// <summary>
/// OLE compound files holding the named streams, as Office writes around a password-protected file (EncryptionInfo,
/// EncryptedPackage) or a Word 97-2003 document (WordDocument). Only the container is real; the streams hold filler.
/// </summary>
public static class CompoundFileBuilder
{
    public static byte[] WithStreams(params string[] names)
    {
        var fileSystem = new POIFSFileSystem();
        foreach (var name in names) fileSystem.CreateDocument(new MemoryStream(new byte[4096]), name);
        using var stream = new MemoryStream();
        fileSystem.WriteFileSystem(stream);
        return stream.ToArray();
    }
}
