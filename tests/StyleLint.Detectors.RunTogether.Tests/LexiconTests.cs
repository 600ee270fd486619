using System.Globalization;
using System.IO.Compression;
using StyleLint.Checking.Detectors.RunTogether;
using StyleLint.Tests;

namespace StyleLint.Detectors.RunTogether.Tests;

/// <summary>
/// The embedded lexicon table (built from Data/lexicon.tsv.gz at build time) says what the list says: every form is
/// found with its columns, in any case, and words the list lacks are not.
/// </summary>
[TestClass]
public sealed class LexiconTests
{
    [TestMethod]
    public void Every_form_of_the_list_is_found_with_its_count_flags_and_compound_columns()
    {
        int forms = 0;
        foreach (string[] f in ListedLines())
        {
            forms++;
            Assert.IsTrue(Lexicon.Instance.TryGet(f[0], out LexiconEntry entry), $"'{f[0]}' is not found");
            var expected = new LexiconEntry(Number(f[1]), Flags(f[2]), Number(f[3]), Number(f[4]), Number(f[5]));
            if (entry != expected) Assert.AreEqual(expected, entry, $"'{f[0]}'");
        }
        Assert.AreEqual(forms, Lexicon.Instance.Count);
        Assert.IsGreaterThan(400_000, forms, "the list should hold the full lexicon");
    }

    [TestMethod]
    [DataRow("LONDON")]
    [DataRow("London")]
    [DataRow("don\u2019t")]
    [DataRow("Don't")]
    public void Any_case_and_either_apostrophe_finds_a_form(string word)
    {
        Assert.IsTrue(Lexicon.Instance.Contains(word));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("weekon")]
    [DataRow("xqzvbnkt")]
    [DataRow("londo")]
    [DataRow("londonn")]
    [DataRow("caf\u00e9x")]
    [DataRow("\ud800abc")]
    public void Words_the_list_lacks_are_not_found(string word)
    {
        Assert.IsFalse(Lexicon.Instance.Contains(word));
    }

    [TestMethod]
    public void A_word_longer_than_any_form_is_not_found()
    {
        Assert.IsFalse(Lexicon.Instance.Contains(new string('a', 65)));
    }

    [TestMethod]
    public void Possessives_of_known_words_are_known()
    {
        Assert.IsTrue(Lexicon.Instance.IsKnown("Trump\u2019s"));
        Assert.IsTrue(Lexicon.Instance.IsKnown("voters'"));
        Assert.IsFalse(Lexicon.Instance.IsKnown("weekon's"));
    }

    [TestMethod]
    public void The_list_holds_no_possessive_form()
    {
        // The document context does not ask the table about possessive forms (Lexicon.IsPossessiveForm): the list
        // must leave them out, as tools/lexicon does.
        string[] possessives = [.. ListedLines().Select(columns => columns[0]).Where(form => Lexicon.IsPossessiveForm(form)).Take(5)];
        Assert.AreEqual(0, possessives.Length, "possessive forms in the list: " + string.Join(", ", possessives));
        Assert.IsTrue(Lexicon.IsPossessiveForm("Trump\u2019s") && Lexicon.IsPossessiveForm("MEFIN'S"));
        Assert.IsFalse(Lexicon.IsPossessiveForm("'s") || Lexicon.IsPossessiveForm("its") || Lexicon.IsPossessiveForm("voters'"));
    }

    [TestMethod]
    public void Ids_name_forms_in_any_case_and_stay_the_same_when_asked_again()
    {
        // Repeated look-ups are answered from a small per-thread table of recent answers, and forms of up to three
        // letters from a table indexed by their letters: they must agree with the first answer for every form, in
        // any case, for words the lexicon lacks, and for keys longer than the recent answers keep.
        List<string> forms = [.. ListedLines().Select(f => f[0])];
        var random = new Random(7);
        string[] sample = [.. forms.OrderBy(_ => random.Next()).Take(30_000).Union(["internationalisation", "internationalization", "zqxjkv", "huckabeeq", "a", "I", "in", "of", "the", "zq", "qzx", "3d", "é"], StringComparer.Ordinal)];
        var first = sample.ToDictionary(f => f, f => Lexicon.Instance.IdOf(f), StringComparer.Ordinal);
        var seen = new Dictionary<int, string>();
        foreach (string form in sample.OrderBy(_ => random.Next()))
        {
            int id = Lexicon.Instance.IdOf(form);
            Assert.AreEqual(first[form], id, form);
            Assert.AreEqual(id, Lexicon.Instance.IdOf(form.ToUpperInvariant()), form + " in capitals");
            Assert.AreEqual(id >= 0, Lexicon.Instance.TryGet(form, out _), form);
            if (id >= 0 && !seen.TryAdd(id, form)) Assert.AreEqual(seen[id], form, $"two forms share id {id}");
        }
        Assert.AreEqual(-1, Lexicon.Instance.IdOf("zqxjkv"));
        Assert.AreEqual(Lexicon.Instance.IdOf("don't"), Lexicon.Instance.IdOf("Don’t"));
    }

    [TestMethod]
    public void Ids_of_a_whole_text_at_once_are_each_word_s_id()
    {
        // IdsOf packs words with vector loads that read past a word's end, batches them, and answers from the recent
        // answers or the table in steps. Text of listed forms in random case, with words the lexicon lacks, words
        // beyond ASCII, curly apostrophes, words longer than a packed key, and a last word at the text's very end.
        string[] forms = [.. ListedLines().Select(f => f[0])];
        var random = new Random(11);
        string[] extras = ["weekon", "Trump’s", "café", "naïve", "internationalisation", "IN", "a", "x9z", "zqxjkv", "été"];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 40_000; i++)
        {
            string form = random.Next(10) == 0 ? extras[random.Next(extras.Length)] : forms[random.Next(forms.Length)];
            form = random.Next(3) switch { 0 => form.ToUpperInvariant(), 1 => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(form), _ => form };
            text.Append(form).Append(random.Next(8) == 0 ? ", " : " ");
        }
        text.Append("Huckabee");
        string document = text.ToString();
        StyleLint.Analysis.Word[] words = StyleLint.Analysis.WordTokenizer.Tokenize(document);
        int[] ids = new int[words.Length];
        Array.Fill(ids, int.MinValue);
        Lexicon.Instance.IdsOf(document, words, 3, ids);
        for (int i = 0; i < words.Length; i++)
        {
            ReadOnlySpan<char> word = document.AsSpan(words[i].Start, words[i].Length);
            int expected = word.Length < 3 ? int.MinValue : Lexicon.Instance.IdOf(word);
            if (ids[i] != expected) Assert.AreEqual(expected, ids[i], $"word {i}: {word}");
        }
        Assert.IsTrue(ids.Count(id => id >= 0) > words.Length / 2, "most words should be known");
        Assert.IsTrue(ids.Any(id => id == -1), "some words should be unknown");
    }

    /// <summary>The columns of every form line of Data/lexicon.tsv.gz, the list the table is built from.</summary>
    private static IEnumerable<string[]> ListedLines()
    {
        string path = TestPaths.InRepository("src", "StyleLint.Core", "Data", "lexicon.tsv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') yield return line.Split('\t');
        }
    }

    private static int Number(string s) => s.Length == 0 ? 0 : int.Parse(s, CultureInfo.InvariantCulture);

    private static LexiconFlags Flags(string letters)
    {
        LexiconFlags flags = LexiconFlags.None;
        if (letters.Contains('l')) flags |= LexiconFlags.Lower;
        if (letters.Contains('c')) flags |= LexiconFlags.Capitalised;
        if (letters.Contains('u')) flags |= LexiconFlags.Upper;
        if (letters.Contains('m')) flags |= LexiconFlags.Mixed;
        if (letters.Contains('r')) flags |= LexiconFlags.Rare;
        if (letters.Contains('f')) flags |= LexiconFlags.FirstName;
        if (letters.Contains('s')) flags |= LexiconFlags.SpokenName;
        return flags;
    }
}
