using System.Text;

namespace StyleLint.Text;

/// <summary>
/// Bytes to text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary data and invalid UTF-8
/// are refused with the line where the problem is, rather than linted as garbage.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Larger inputs are refused: an article is kilobytes, and this bounds memory per file.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText ReadFile(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file");
            }
            if (info.Length > MaxBytes)
            {
                throw new InputException(path, $"file is {info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
            }
            return Decode(path, File.ReadAllBytes(path));
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(path, "permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(path, "cannot be read: " + e.Message);
        }
    }

    public static SourceText Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeWith(path, bytes, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true));
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeWith(path, bytes, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true));
        }
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        int start = bom ? 3 : 0;

        int nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            throw new InputException(path, "looks like a binary file (it contains NUL bytes); only UTF-8 or UTF-16 text can be linted", LineOfByte(bytes, nul), 1);
        }
        return DecodeWith(path, bytes, start, bom ? new UTF8Encoding(true, true) : StrictUtf8);
    }

    private static SourceText DecodeWith(string path, byte[] bytes, int start, Encoding encoding)
    {
        try
        {
            string text = encoding.GetString(bytes, start, bytes.Length - start);
            return new SourceText(path, text, encoding, start > 0);
        }
        catch (DecoderFallbackException e)
        {
            int at = start + Math.Max(0, e.Index);
            string what = encoding is UnicodeEncoding ? "UTF-16" : "UTF-8";
            throw new InputException(path, $"is not valid {what} (bad byte 0x{(e.BytesUnknown?.FirstOrDefault() ?? 0):X2} at byte {at}); save it as UTF-8", LineOfByte(bytes, at, encoding), 1);
        }
    }

    /// <summary>
    /// The 1-based line of the byte at <paramref name="index"/>, counting line ends as <see cref="LineMap"/> does
    /// (LF, CR LF, CR). UTF-16 is read in code units: a byte 0x0A inside another character is not a line end.
    /// </summary>
    private static int LineOfByte(byte[] bytes, int index, Encoding? encoding = null)
    {
        int line = 1;
        if (encoding is UnicodeEncoding)
        {
            bool bigEndian = bytes[0] == 0xFE;
            for (int i = 2; i + 1 < bytes.Length && i < index; i += 2)
            {
                int unit = Unit(bytes, i, bigEndian);
                if (unit == '\n' || (unit == '\r' && (i + 3 >= bytes.Length || Unit(bytes, i + 2, bigEndian) != '\n'))) line++;
            }
            return line;
        }
        for (int i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))) line++;
        }
        return line;
    }

    private static int Unit(byte[] bytes, int i, bool bigEndian) =>
        bigEndian ? (bytes[i] << 8) | bytes[i + 1] : (bytes[i + 1] << 8) | bytes[i];
}
