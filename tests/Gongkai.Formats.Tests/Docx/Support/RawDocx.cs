using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Tests.Docx;

/// <summary>DOCX packages assembled by hand, part by part, for damaged and hostile inputs the SDK would refuse to write.</summary>
internal static class RawDocx
{
    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public const string Rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    public const string Open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + PlanDocx.Ns + "><w:body>";
    public const string Close = "</w:body></w:document>";

    /// <summary>A package whose main part is <paramref name="documentXml"/> (or none), with optional extra entries.</summary>
    public static byte[] With(string? documentXml, params (string Name, byte[] Content)[] extra)
    {
        var entries = new List<(string, byte[])> { ("[Content_Types].xml", MiniDocx.Utf8(ContentTypes)), ("_rels/.rels", MiniDocx.Utf8(Rels)) };
        if (documentXml is not null)
        {
            entries.Add(("word/document.xml", MiniDocx.Utf8(documentXml)));
        }

        entries.AddRange(extra);
        return MiniDocx.Zip([.. entries]);
    }

    /// <summary>A zip whose one large entry of spaces is stored deflated; <paramref name="declare"/> rewrites the size it declares.</summary>
    public static byte[] Bomb(string name, int size, int? declare = null)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (n, c) in new[] { ("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels) })
            {
                using var s = zip.CreateEntry(n).Open();
                s.Write(Encoding.UTF8.GetBytes(c));
            }

            using var big = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 16));
            for (var written = 0; written < size; written += chunk.Length)
            {
                big.Write(chunk, 0, Math.Min(chunk.Length, size - written));
            }
        }

        var bytes = ms.ToArray();
        if (declare is { } lie)
        {
            Declare(bytes, name, (uint)lie);
        }

        return bytes;
    }

    /// <summary>Overwrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static void Declare(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var p = 0; p + 46 < zip.Length; p++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(p));
            if (sig == 0x04034b50 && zip.AsSpan(p + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(p + 22), size);
            }
            else if (sig == 0x02014b50 && zip.AsSpan(p + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(p + 24), size);
            }
        }
    }

    /// <summary>The first 1,024 bytes of an OLE2 compound file whose directory lists one stream named <paramref name="stream"/>.</summary>
    public static byte[] Ole2(string stream)
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(bytes, 512);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(512 + 0x40), (ushort)(("Root Entry".Length + 1) * 2));
        Encoding.Unicode.GetBytes(stream).CopyTo(bytes, 640);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(640 + 0x40), (ushort)((stream.Length + 1) * 2));
        return bytes;
    }
}
