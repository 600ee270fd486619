using System.IO.Compression;
using System.Text;
using StyleLint.Checking.Detectors.Names;

namespace StyleLint.DataTables.Names;

/// <summary>
/// The names data's word sets, computed from names.tsv.gz and english-words.txt.gz as NameData computed them at
/// start-up before they became a table: every key of the table with the sets it belongs to.
/// </summary>
internal static class NameSets
{
    public static SortedDictionary<string, NameFlags> Build(string namesPath, string englishPath)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        var nonPerson = new HashSet<string>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var listedWords = new HashSet<string>(StringComparer.Ordinal);

        foreach (string line in ReadLines(namesPath))
        {
            if (line.Length < 3 || line[0] == '#') continue;
            string[] f = line.Split('\t');
            switch (f[0])
            {
                case "P":
                {
                    string[] given = NameWords.Split(f[1]);
                    string[] words = [.. given, .. NameWords.Split(f[2])];
                    foreach (string w in words) { known.Add(w); personWords.Add(w); listedWords.Add(w); }
                    if (given.Length > 0) firstNames.Add(given[0]);
                    break;
                }
                case "O":
                {
                    string[] words = NameWords.Split(f[2]);
                    foreach (string w in words) { known.Add(w); listedWords.Add(w); }
                    if (words.Length == 1) nonPerson.Add(words[0]);
                    break;
                }
                case "G":
                {
                    string[] words = NameWords.Split(f[2]);
                    foreach (string w in words) known.Add(w);
                    if (words.Length == 1 && f[1] != "city") nonPerson.Add(words[0]);
                    break;
                }
                case "F":
                    known.Add(f[1]);
                    firstNames.Add(f[1]);
                    break;
                case "K":
                    known.Add(f[1]);
                    break;
            }
        }
        nonPerson.ExceptWith(personWords);

        var keys = new SortedDictionary<string, NameFlags>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, NameFlags flag)
        {
            foreach (string word in words) keys[word] = keys.GetValueOrDefault(word) | flag;
        }
        Add(ReadLines(englishPath).Where(line => line.Length > 0), NameFlags.EnglishWord);
        Add(firstNames, NameFlags.FirstName);
        Add(nonPerson, NameFlags.NonPerson);
        Add(listedWords, NameFlags.ListedWord);
        // The set was case-insensitive (OrdinalIgnoreCase compares upper-cased characters): keyed by the upper-cased
        // word, and the reader upper-cases what it looks up the same way.
        Add(known.Select(w => w.ToUpperInvariant()), NameFlags.KnownUpper);
        return keys;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
