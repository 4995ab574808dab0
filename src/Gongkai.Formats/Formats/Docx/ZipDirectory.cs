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

    /// <summary>An entry as the central directory describes it, and where its compressed data starts.</summary>
    public readonly record struct Entry(string Name, int Method, long CompressedSize, long DeclaredSize, int DataStart);

    /// <summary>
    /// Every entry of the central directory with the offset of its data (after its local header), or null when the
    /// directory cannot be read this way (damaged, ZIP64).
    /// </summary>
    public static List<Entry>? Entries(ReadOnlySpan<byte> bytes, int maxEntries)
    {
        var names = new List<string>();
        var entries = new List<Entry>();
        if (!TryCentral(bytes, maxEntries, names, entries))
        {
            return null;
        }

        return entries;
    }

    /// <summary>"PK\3\4" (an entry) or "PK\5\6" (an empty archive).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));

    public static Listing List(ReadOnlySpan<byte> bytes, int maxNames)
    {
        var names = new List<string>();
        if (TryCentral(bytes, maxNames, names, null))
        {
            return new Listing(names, true);
        }

        names.Clear();
        ScanLocal(bytes, Math.Min(maxNames, 64), names);
        return new Listing(names, false);
    }

    private static bool TryCentral(ReadOnlySpan<byte> bytes, int maxNames, List<string> names, List<Entry>? entries)
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

                var name = Encoding.UTF8.GetString(bytes.Slice(p + 46, nameLength));
                names.Add(name);
                if (entries is not null)
                {
                    int method = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(p + 10)..]);
                    var compressed = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(p + 20)..]);
                    var declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(p + 24)..]);
                    var local = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(p + 42)..]);
                    if (local > (uint)bytes.Length - 30 || BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)local..]) != LocalHeader)
                    {
                        return false;
                    }

                    var dataStart = (long)local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(bytes[((int)local + 28)..]);
                    if (dataStart + compressed > bytes.Length)
                    {
                        return false;
                    }

                    entries.Add(new Entry(name, method, compressed, declared, (int)dataStart));
                }

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
            var next = p + 30 + nameLength + extra;
            if ((flags & 8) == 0 && compressed <= (uint)(bytes.Length - next))
            {
                p = next + (int)compressed;
                continue;
            }

            // with a data descriptor (bit 3) the size is only known after the data: look for the next header instead
            var found = next < bytes.Length ? bytes[next..].IndexOf("PK\u0003\u0004"u8) : -1;
            if (found < 0)
            {
                return;
            }

            p = next + found;
        }
    }
}
