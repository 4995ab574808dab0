using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Lists the entry names of a zip from its bytes without inflating anything and without throwing: from the central
/// directory when the end record is intact, otherwise from the local headers at the front (a truncated file). Used for
/// detection, where a damaged document should still be recognised so its reader can say what is wrong.
/// </summary>
internal static class ZipDirectory
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndRecord = 0x06054b50;

    public readonly record struct Listing(List<string> Names, bool FromCentralDirectory);

    /// <summary>"PK\3\4" (an entry) or "PK\5\6" (an empty archive).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));

    public static Listing List(ReadOnlySpan<byte> bytes, int maxNames)
    {
        var names = new List<string>();
        if (TryCentral(bytes, maxNames, names))
        {
            return new Listing(names, true);
        }

        names.Clear();
        ScanLocal(bytes, Math.Min(maxNames, 64), names);
        return new Listing(names, false);
    }

    private static bool TryCentral(ReadOnlySpan<byte> bytes, int maxNames, List<string> names)
    {
        // the end record is 22 bytes plus a comment of at most 65,535 bytes
        var from = Math.Max(0, bytes.Length - 22 - 65_535);
        for (var at = bytes.Length - 22; at >= from; at--)
        {
            if (bytes[at] != 'P' || BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) != EndRecord)
            {
                continue;
            }

            int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 10)..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + 12)..]);
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(at + 16)..]);
            if (offset > (uint)at || size > (uint)at - offset)
            {
                // a ZIP64 archive or a damaged record: fall back to the local headers
                return false;
            }

            var p = (int)offset;
            var end = (int)(offset + size);
            for (var i = 0; i < count && names.Count < maxNames; i++)
            {
                if (p + 46 > end || BinaryPrimitives.ReadUInt32LittleEndian(bytes[p..]) != CentralHeader)
                {
                    return names.Count > 0;
                }

                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 28)..]);
                int extra = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 30)..]);
                int comment = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 32)..]);
                if (p + 46 + nameLength > end)
                {
                    return names.Count > 0;
                }

                names.Add(Encoding.UTF8.GetString(bytes.Slice(p + 46, nameLength)));
                p += 46 + nameLength + extra + comment;
            }

            return true;
        }

        return false;
    }

    private static void ScanLocal(ReadOnlySpan<byte> bytes, int maxNames, List<string> names)
    {
        var p = 0;
        while (names.Count < maxNames && p + 30 <= bytes.Length && BinaryPrimitives.ReadUInt32LittleEndian(bytes[p..]) == LocalHeader)
        {
            int flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 6)..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(p + 18)..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 26)..]);
            int extra = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 28)..]);
            if (p + 30 + nameLength > bytes.Length)
            {
                return;
            }

            names.Add(Encoding.UTF8.GetString(bytes.Slice(p + 30, nameLength)));

            // with a data descriptor (bit 3) the size is only known after the data: the next header cannot be found
            if ((flags & 8) != 0 || compressed > (uint)(bytes.Length - p))
            {
                return;
            }

            p += 30 + nameLength + extra + (int)compressed;
        }
    }
}
