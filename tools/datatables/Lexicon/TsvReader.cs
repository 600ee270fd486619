using System.Globalization;
using System.IO.Compression;
using System.Text;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Lexicon;

/// <summary>Reads lexicon.tsv.gz as tools/lexicon/build_lexicon.py documents it.</summary>
internal static class TsvReader
{
    public static IReadOnlyList<TsvEntry> Read(string path)
    {
        var entries = new List<TsvEntry>();
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        // Strict UTF-8: a bad byte in the source must fail the build, not become a form nobody can look up.
        using var reader = new StreamReader(gzip, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            string[] f = line.Split('\t');
            if (f.Length != 6) throw new InvalidDataException($"line {lineNumber}: {f.Length} columns, expected 6");
            entries.Add(new TsvEntry(
                Encoding.UTF8.GetBytes(f[0]),
                Number(f[1], lineNumber), Flags(f[2]), Number(f[3], lineNumber), Number(f[4], lineNumber), Number(f[5], lineNumber)));
        }
        return entries;
    }

    private static int Number(string s, int lineNumber) =>
        s.Length == 0 ? 0
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value
        : throw new InvalidDataException($"line {lineNumber}: bad number '{s}'");

    private static LexiconFlags Flags(string s)
    {
        LexiconFlags flags = LexiconFlags.None;
        foreach (char c in s)
        {
            flags |= c switch
            {
                'l' => LexiconFlags.Lower,
                'c' => LexiconFlags.Capitalised,
                'u' => LexiconFlags.Upper,
                'm' => LexiconFlags.Mixed,
                'r' => LexiconFlags.Rare,
                'f' => LexiconFlags.FirstName,
                's' => LexiconFlags.SpokenName,
                _ => LexiconFlags.None,
            };
        }
        return flags;
    }
}
