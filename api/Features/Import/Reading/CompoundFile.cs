using System.Buffers.Binary;
using System.Text;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// The names of the streams in an OLE compound file (the container of legacy .xls and .doc files, and of password-protected
/// Office files of any age), so the tracker can tell which it was given before choosing a reader. It reads only the
/// directory ([MS-CFB] 2.2 and 2.6), never the streams themselves.
/// </summary>
public static class CompoundFile
{
    public static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>Every storage and stream name in the directory; empty when the directory cannot be followed.</summary>
    public static IReadOnlySet<string> Names(byte[] file)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (file.Length < 512) return names;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x1E));
        if (shift is not (9 or 12)) return names;
        var sectorSize = 1 << shift;
        var fat = AllocationTable(file, sectorSize);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x30));
        // A chain can never be longer than the file has sectors; a loop in a damaged file stops there.
        for (var hops = 0; sector != EndOfChain && hops <= file.Length / sectorSize; hops++)
        {
            var start = (long)(sector + 1) * sectorSize;
            if (start + sectorSize > file.Length) break;
            for (var entry = start; entry < start + sectorSize; entry += 128) AddName(file, (int)entry, names);
            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }
        return names;
    }

    private static void AddName(byte[] file, int entry, HashSet<string> names)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(entry + 0x40));
        var type = file[entry + 0x42];
        if (type is not (1 or 2) || length < 2 || length > 64) return;
        names.Add(Encoding.Unicode.GetString(file, entry, length - 2));
    }

    /// <summary>The sector chain table: its sectors are listed in the header (the first 109) and then in DIFAT sectors.</summary>
    private static List<uint> AllocationTable(byte[] file, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++) fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x4C + i * 4)));
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(0x44));
        for (var hops = 0; difat < EndOfChain && hops <= file.Length / sectorSize; hops++)
        {
            var start = (long)(difat + 1) * sectorSize;
            if (start + sectorSize > file.Length) break;
            for (var i = 0; i < sectorSize / 4 - 1; i++)
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)start + i * 4)));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)start + sectorSize - 4));
        }
        var table = new List<uint>();
        foreach (var sector in fatSectors.Where(sector => sector < EndOfChain - 3))
        {
            var start = (long)(sector + 1) * sectorSize;
            if (start + sectorSize > file.Length) continue;
            for (var i = 0; i < sectorSize / 4; i++) table.Add(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)start + i * 4)));
        }
        return table;
    }
}
