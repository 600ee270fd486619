using StyleLint.Analysis;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.Detectors.RunTogether.Tests;

/// <summary>
/// The document's word counts that the detector weighs, on a text written for these tests: any case, either
/// apostrophe, possessives, names inside sentences, and words written side by side.
/// </summary>
[TestClass]
public sealed class DocumentContextTests
{
    private const string Text =
        "Mefin's plan won. The mayor backed MEFIN and mefin’s allies. Blair spoke; then blair's aide and Blair met.\n" +
        "Voters in the the town said: Mefin will win, the town hall said.";

    private static readonly DocumentContext Context = new(Text, WordTokenizer.Tokenize(Text));

    [TestMethod]
    public void Count_folds_case_and_apostrophes_but_not_possessives()
    {
        Assert.AreEqual(2, Context.Count("mefin"));          // MEFIN, Mefin (not the two possessives)
        Assert.AreEqual(2, Context.Count("MEFIN’S"));        // Mefin's and mefin’s
        Assert.AreEqual(0, Context.Count("mefi"));
    }

    [TestMethod]
    public void CountWithPossessive_counts_a_form_and_its_possessive()
    {
        Assert.AreEqual(4, Context.CountWithPossessive("Mefin"));
        Assert.AreEqual(4, Context.CountWithPossessive("mefin's"));
        Assert.AreEqual(3, Context.CountWithPossessive("blair"));
    }

    [TestMethod]
    public void CountExact_counts_the_form_as_written()
    {
        Assert.AreEqual(2, Context.CountExact("Blair"));
        Assert.AreEqual(0, Context.CountExact("BLAIR"));
        Assert.AreEqual(1, Context.CountExact("mefin’s"));
        Assert.AreEqual(0, Context.CountExact("mefin's"));
    }

    [TestMethod]
    public void CountAsName_skips_capitals_that_start_a_sentence_or_a_line()
    {
        // MEFIN (mid-sentence) and Mefin after "said:" which starts a sentence: only MEFIN counts.
        Assert.AreEqual(1, Context.CountAsName("Mefin"));
        // Blair after "and" counts; Blair at the start of a sentence does not.
        Assert.AreEqual(1, Context.CountAsName("blair"));
        Assert.AreEqual(0, Context.CountAsName("voters"));
    }

    [TestMethod]
    public void HasPair_needs_the_two_words_side_by_side_with_only_space_between()
    {
        Assert.IsTrue(Context.HasPair("town", "hall"));
        Assert.IsTrue(Context.HasPair("THE", "Town"));
        Assert.IsFalse(Context.HasPair("hall", "town"));
        Assert.IsFalse(Context.HasPair("won", "the"));       // a full stop between
        Assert.IsFalse(Context.HasPair("town", "halls"));
    }

    [TestMethod]
    public void A_released_context_s_forms_are_not_the_next_document_s()
    {
        // The detector hands a context's tables to the thread's next document: nothing of the first may remain.
        const string first = "Qorvath met Zelnik. Qorvath left.";
        const string second = "Zelnik stayed; Blorvak came.";
        var context = new DocumentContext(first, WordTokenizer.Tokenize(first));
        Assert.AreEqual(2, context.Count("qorvath"));
        context.Release();
        var next = new DocumentContext(second, WordTokenizer.Tokenize(second));
        Assert.AreEqual(0, next.Count("Qorvath"));
        Assert.AreEqual(1, next.Count("Zelnik"));
        Assert.AreEqual(1, next.Count("blorvak"));
        Assert.IsFalse(next.HasPair("met", "Zelnik"));
    }

    [TestMethod]
    public void Answers_are_the_same_by_scanning_and_from_the_index()
    {
        // A fresh context answers its first questions by scanning the words; one that has been asked many questions
        // answers from its index. Both must say the same for every kind of question.
        Word[] words = WordTokenizer.Tokenize(Text);
        var indexed = new DocumentContext(Text, words);
        for (int i = 0; i < 20; i++) indexed.Count("warm-up");
        string[] forms = ["mefin", "MEFIN’S", "Mefin", "mefin's", "mefin’s", "blair", "Blair", "BLAIR", "voters", "town", "hall", "the", "mefi", "said"];
        foreach (string form in forms)
        {
            Assert.AreEqual(new DocumentContext(Text, words).Count(form), indexed.Count(form), "Count " + form);
            Assert.AreEqual(new DocumentContext(Text, words).CountWithPossessive(form), indexed.CountWithPossessive(form), "CountWithPossessive " + form);
            Assert.AreEqual(new DocumentContext(Text, words).CountExact(form), indexed.CountExact(form), "CountExact " + form);
            Assert.AreEqual(new DocumentContext(Text, words).CountAsName(form), indexed.CountAsName(form), "CountAsName " + form);
            foreach (string second in forms)
            {
                Assert.AreEqual(new DocumentContext(Text, words).HasPair(form, second), indexed.HasPair(form, second), $"HasPair {form} {second}");
            }
        }
        Assert.IsTrue(indexed.HasPair("town", "hall"), "the index answers what the scans answer, not always no");
    }

    [TestMethod]
    public void Answers_match_a_direct_count_of_the_text()
    {
        // Random sentences of words the lexicon knows and names it lacks, in every case, with both apostrophes and
        // possessives: each answer (by form ids, scanned or indexed) must be what comparing the text itself gives.
        // Forms the lexicon lacks are numbered by a packed key when they fold to 16 ASCII characters or fewer, by their
        // text otherwise: long ones, letters beyond ASCII, and the Kelvin sign, which folds to an ASCII k.
        string[] vocabulary = ["the", "a", "in", "on", "town", "hall", "said", "Mefin", "Blair", "Qorvath", "Zelnik", "it's", "US",
            "Zélnik", "ZÉLNIK", "\u212Axyzzy", "kxyzzy", "Kxyzzy", "Qorvathianizations", "qorvathianizationz"];
        var random = new Random(11);
        for (int round = 0; round < 20; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < 120; i++)
            {
                string word = vocabulary[random.Next(vocabulary.Length)];
                word = random.Next(4) switch { 0 => word.ToUpperInvariant(), 1 => word.ToLowerInvariant(), _ => word };
                if (random.Next(5) == 0) word += random.Next(2) == 0 ? "'s" : "\u2019s";
                text.Append(word).Append(random.Next(8) == 0 ? ". " : " ");
            }
            string s = text.ToString();
            Word[] words = WordTokenizer.Tokenize(s);
            var context = new DocumentContext(s, words);
            string[] forms = [.. vocabulary, "mefin's", "QORVATH\u2019S", "zelnik", "hall's", "nowhere", "Qorvath", "zélnik", "KXYZZY", "qorvathianizationS"];
            for (int ask = 0; ask < 3; ask++)   // the later rounds are answered from the index
            {
                foreach (string form in forms)
                {
                    Assert.AreEqual(Direct(s, words, w => Folded(w) == Folded(form)), context.Count(form), "Count " + form);
                    Assert.AreEqual(Direct(s, words, w => Folded(Strip(w)) == Folded(Strip(form))), context.CountWithPossessive(form), "CountWithPossessive " + form);
                    int index = Array.FindIndex(words, w => Text(s, w) == form);
                    if (index >= 0) Assert.AreEqual(context.CountWithPossessive(form), context.CountWithPossessive(index), "CountWithPossessive of word " + index);
                    Assert.AreEqual(Direct(s, words, w => w == form), context.CountExact(form), "CountExact " + form);
                    foreach (string second in forms)
                    {
                        bool pair = Enumerable.Range(0, words.Length - 1).Any(i =>
                            Folded(Text(s, words[i])) == Folded(form) && Folded(Text(s, words[i + 1])) == Folded(second)
                            && string.IsNullOrWhiteSpace(s[words[i].End..words[i + 1].Start]));
                        Assert.AreEqual(pair, context.HasPair(form, second), $"HasPair {form} {second}");
                    }
                }
            }
        }

        static string Text(string s, Word w) => s.Substring(w.Start, w.Length);
        static int Direct(string s, Word[] words, Func<string, bool> match) => words.Count(w => match(Text(s, w)));
        static string Folded(string w) => w.Replace('\u2019', '\'').ToLowerInvariant();
        static string Strip(string w) => w.Length > 2 && w[^1] is 's' or 'S' && w[^2] is '\'' or '\u2019' ? w[..^2] : w;
    }
}
