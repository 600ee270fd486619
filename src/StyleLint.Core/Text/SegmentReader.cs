using System.Text;

namespace StyleLint.Text;

/// <summary>
/// Reads a file in segments (<see cref="SegmentSplitter"/>) without ever holding all of it: the bytes are decoded
/// block by block, as strictly as <see cref="SourceDecoder"/> decodes them. Where the file is not clean text (a NUL
/// byte, an invalid byte) reading stops with <see cref="InputException"/> from <see cref="SourceDecoder.ReadFile"/>
/// itself, so the refusal and its line are exactly those of a whole read.
/// </summary>
public sealed class SegmentReader(string path, int targetChars, bool markdown)
{
    private const int BlockBytes = 1 << 16;

    /// <summary>The file's encoding and whether it began with a BOM, known once the first segment is read.</summary>
    public Encoding Encoding { get; private set; } = new UTF8Encoding(false);

    public bool HadByteOrderMark { get; private set; }

    public IEnumerable<TextSegment> Read()
    {
        FileStream stream;
        try
        {
            if (new FileInfo(path).Length > SourceDecoder.MaxBytes) throw Refusal();
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BlockBytes, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refusal();
        }

        using (stream)
        {
            var bytes = new byte[BlockBytes];
            int read = ReadBlock(stream, bytes);
            int start = DetectEncoding(bytes, read);
            Decoder decoder = Encoding.GetDecoder();
            var chars = new char[Encoding.GetMaxCharCount(BlockBytes)];
            var splitter = new SegmentSplitter(targetChars, markdown);
            bool checkNul = Encoding is UTF8Encoding;
            while (true)
            {
                bool last = read < bytes.Length;
                int count;
                try
                {
                    count = decoder.GetChars(bytes, start, read - start, chars, 0, flush: last);
                }
                catch (DecoderFallbackException)
                {
                    throw Refusal();
                }
                if (checkNul && chars.AsSpan(0, count).Contains('\0')) throw Refusal();
                foreach (TextSegment segment in splitter.Add(chars.AsSpan(0, count))) yield return segment;
                if (last) break;
                read = ReadBlock(stream, bytes);
                start = 0;
            }
            if (splitter.Finish() is { } rest) yield return rest;
        }
    }

    /// <summary>What a whole read says about this file (it throws for every file this reader cannot read).</summary>
    private Exception Refusal()
    {
        SourceDecoder.ReadFile(path);
        return new InputException(path, "cannot be read in segments although it reads whole; please report it");
    }

    private int DetectEncoding(byte[] bytes, int read)
    {
        if (read >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Use(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        if (read >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Use(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        if (read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Use(new UTF8Encoding(true, true), 3);
        return Use(new UTF8Encoding(false, true), 0);
    }

    private int Use(Encoding encoding, int bomLength)
    {
        Encoding = encoding;
        HadByteOrderMark = bomLength > 0;
        return bomLength;
    }

    /// <summary>Fills the buffer unless the file ends first: a short block means the end.</summary>
    private static int ReadBlock(Stream stream, byte[] bytes)
    {
        int total = 0;
        while (total < bytes.Length)
        {
            int n = stream.Read(bytes, total, bytes.Length - total);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
