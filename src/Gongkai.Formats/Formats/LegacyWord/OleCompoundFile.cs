using System.Buffers.Binary;

namespace Gongkai.Formats.LegacyWord;

/// <summary>
/// Just enough of the OLE2 compound file format (Word 97–2003, WPS, Excel 97–2003, encrypted OOXML) to tell them
/// apart: the signature, and whether a stream of a given name is listed in the directory. Directory entries are
/// 128-byte records aligned to 128 bytes in the file whatever the sector size, each starting with its UTF-16 name
/// and giving the name's byte length at offset 0x40, so a name is looked for only where an entry can start.
/// </summary>
internal static class OleCompoundFile
{
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.Length >= 8 && bytes[..8].SequenceEqual(Signature);

    /// <summary>True when a directory entry named <paramref name="name"/> (case-insensitive, as OLE2 compares) exists.</summary>
    public static bool HasStream(ReadOnlySpan<byte> bytes, string name)
    {
        Span<char> upper = stackalloc char[name.Length];
        name.AsSpan().ToUpperInvariant(upper);
        var nameBytes = (name.Length + 1) * 2;
        for (var at = 512; at + 128 <= bytes.Length; at += 128)
        {
            if (BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 0x40)..]) != nameBytes)
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < upper.Length && match; i++)
            {
                match = char.ToUpperInvariant((char)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + (2 * i))..])) == upper[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
