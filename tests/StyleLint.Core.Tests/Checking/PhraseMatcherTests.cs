using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Checking;

[TestClass]
public sealed class PhraseMatcherTests
{
    private static string[] Find(PhraseMatcher matcher, string text)
    {
        var results = new List<PhraseMatch>();
        matcher.FindAll(text, 0, text.Length, results);
        return results.Select(m => text.Substring(m.Start, m.Length)).ToArray();
    }

    [TestMethod]
    public void Phrases_match_on_word_boundaries_only()
    {
        var matcher = new PhraseMatcher(["cat"], ignoreCase: false);

        CollectionAssert.AreEqual(new[] { "cat", "cat", "cat" }, Find(matcher, "cat concatenate (cat) cats cat."));
    }

    [TestMethod]
    public void A_phrase_ending_in_punctuation_has_no_boundary_at_that_end()
    {
        var matcher = new PhraseMatcher(["etc."], ignoreCase: false);

        CollectionAssert.AreEqual(new[] { "etc." }, Find(matcher, "apples, pears etc.and more"));
        CollectionAssert.AreEqual(Array.Empty<string>(), Find(matcher, "fetc. here"));
    }

    [TestMethod]
    public void Ignore_case_folds_both_sides()
    {
        var sensitive = new PhraseMatcher(["Prime Minister"], ignoreCase: false);
        var insensitive = new PhraseMatcher(["Prime Minister"], ignoreCase: true);

        CollectionAssert.AreEqual(Array.Empty<string>(), Find(sensitive, "the prime minister spoke"));
        CollectionAssert.AreEqual(new[] { "prime minister", "PRIME MINISTER" }, Find(insensitive, "the prime minister spoke; PRIME MINISTER"));
    }

    [TestMethod]
    public void A_run_of_white_space_matches_one_space_and_is_part_of_the_match()
    {
        var matcher = new PhraseMatcher(["ice  cream"], ignoreCase: false);

        CollectionAssert.AreEqual(new[] { "ice cream", "ice   cream", "ice\n\tcream" }, Find(matcher, "ice cream, ice   cream, ice\n\tcream, icecream"));
    }

    [TestMethod]
    public void Curly_and_straight_apostrophes_match_each_other()
    {
        var straight = new PhraseMatcher(["don't"], ignoreCase: false);
        var curly = new PhraseMatcher(["don\u2019t"], ignoreCase: false);
        const string text = "I don't and you don\u2019t";

        CollectionAssert.AreEqual(new[] { "don't", "don\u2019t" }, Find(straight, text));
        CollectionAssert.AreEqual(new[] { "don't", "don\u2019t" }, Find(curly, text));
    }

    [TestMethod]
    public void Overlapping_phrases_resolve_to_the_leftmost_then_longest()
    {
        var matcher = new PhraseMatcher(["New York", "York City", "New York City", "City hall"], ignoreCase: false);

        CollectionAssert.AreEqual(new[] { "New York City" }, Find(matcher, "New York City hall"));
        CollectionAssert.AreEqual(new[] { "York City" }, Find(matcher, "old York City hall"));
    }

    [TestMethod]
    public void Match_indexes_name_the_phrase()
    {
        var matcher = new PhraseMatcher(["alpha", "beta"], ignoreCase: false);
        var results = new List<PhraseMatch>();
        matcher.FindAll("beta alpha", 0, 10, results);

        CollectionAssert.AreEqual(new[] { 1, 0 }, results.Select(r => r.Phrase).ToArray());
        Assert.AreEqual("beta", matcher.Phrase(1));
        Assert.AreEqual(2, matcher.Count);
    }

    [TestMethod]
    public void Phrases_sharing_prefixes_and_suffixes()
    {
        var matcher = new PhraseMatcher(["car", "car park", "park", "car park fees", "park fees", "fees"], ignoreCase: false);

        CollectionAssert.AreEqual(
            new[] { "car park fees", "car", "park" },
            Find(matcher, "the car park fees rose and car parks park"));
    }

    [TestMethod]
    public void Only_the_given_range_is_searched_and_results_are_appended()
    {
        var matcher = new PhraseMatcher(["vote"], ignoreCase: false);
        const string text = "vote vote vote";
        var results = new List<PhraseMatch> { new(99, 1, 0) };

        matcher.FindAll(text, 5, 9, results);

        Assert.HasCount(2, results);
        Assert.AreEqual(new PhraseMatch(99, 1, 0), results[0], "earlier results are kept");
        Assert.AreEqual(new PhraseMatch(5, 4, 0), results[1]);
    }

    [TestMethod]
    public void Empty_phrases_and_empty_matchers_find_nothing()
    {
        Assert.IsEmpty(Find(new PhraseMatcher([], ignoreCase: false), "anything"));
        Assert.IsEmpty(Find(new PhraseMatcher(["", "   "], ignoreCase: true), "anything at all"));
    }

    [TestMethod]
    public void Agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7081);
        char[] alphabet = ['a', 'b', 'c', 'A', ' ', ' ', '\t', '\'', '\u2019', '-'];
        int matches = 0;
        for (int round = 0; round < 400; round++)
        {
            bool ignoreCase = round % 2 == 0;
            string[] phrases = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => RandomString(random, alphabet, random.Next(1, 6)))
                .Where(p => Normalize(p, ignoreCase).Length > 0)
                .DistinctBy(p => Normalize(p, ignoreCase))
                .ToArray();
            string text = RandomString(random, alphabet, random.Next(0, 60));
            var matcher = new PhraseMatcher(phrases, ignoreCase);

            var actual = new List<PhraseMatch>();
            matcher.FindAll(text, 0, text.Length, actual);
            List<PhraseMatch> expected = NaiveFind(phrases, ignoreCase, text);

            CollectionAssert.AreEqual(expected, actual, $"round {round}: text \"{text}\", phrases [{string.Join(" | ", phrases)}], ignoreCase {ignoreCase}");
            matches += expected.Count;
        }
        Assert.IsGreaterThan(300, matches, "the random cases must actually match something");
    }

    private static string RandomString(Random random, char[] alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
        return builder.ToString();
    }

    private static char Fold(char c, bool ignoreCase) =>
        c == '\u2019' ? '\'' : char.IsWhiteSpace(c) ? ' ' : ignoreCase ? char.ToLowerInvariant(c) : c;

    private static string Normalize(string phrase, bool ignoreCase)
    {
        var builder = new StringBuilder();
        foreach (char c in phrase.Trim())
        {
            char f = Fold(c, ignoreCase);
            if (f == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(f);
        }
        return builder.ToString();
    }

    /// <summary>Every occurrence by plain string search over the folded text, then leftmost-longest.</summary>
    private static List<PhraseMatch> NaiveFind(string[] phrases, bool ignoreCase, string text)
    {
        var folded = new StringBuilder();
        var original = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            char f = Fold(text[i], ignoreCase);
            if (f == ' ' && folded.Length > 0 && folded[^1] == ' ') continue;
            folded.Append(f);
            original.Add(i);
        }
        string haystack = folded.ToString();

        var all = new List<PhraseMatch>();
        for (int p = 0; p < phrases.Length; p++)
        {
            string needle = Normalize(phrases[p], ignoreCase);
            for (int at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                int start = original[at], end = original[at + needle.Length - 1] + 1;
                if (char.IsLetterOrDigit(needle[0]) && start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
                if (char.IsLetterOrDigit(needle[^1]) && end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                all.Add(new PhraseMatch(start, end - start, p));
            }
        }

        var kept = new List<PhraseMatch>();
        int lastEnd = -1;
        foreach (PhraseMatch match in all.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (match.Start < lastEnd) continue;
            kept.Add(match);
            lastEnd = match.End;
        }
        return kept;
    }

    [TestMethod]
    public void Lists_looked_up_from_letter_runs_match_as_the_trie_does()
    {
        // Lists matched from the document's letter runs (every phrase starts with a letter or digit) and the same
        // lists with a phrase that starts with a space (never in these texts), matched by the trie alone. They must
        // agree everywhere: one-word lists, and lists with phrases of several words or with punctuation.
        string[] oneWord = ["colour", "Colour", "centre", "é", "a1", "colours", "İstanbul", "straße", "x"];
        string[] mixed = [.. oneWord, "colour centre", "a1 x x", "x-ray", "centre.", "e.g.", "colours’", "é é"];
        const string alphabet = "colurentsaé1İßxg '’-.\n\u212A";
        var random = new Random(9);
        foreach ((bool ignoreCase, string[] words) in new[] { (false, oneWord), (true, oneWord), (false, mixed), (true, mixed) })
        {
            var byRuns = new PhraseMatcher(words, ignoreCase);
            var byTrie = new PhraseMatcher([.. words, " qq"], ignoreCase);
            for (int k = 0; k < 3000; k++)
            {
                var builder = new StringBuilder();
                for (int n = random.Next(0, 40); n > 0; n--)
                {
                    builder.Append(random.Next(4) == 0 ? words[random.Next(words.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
                }
                string text = builder.ToString();
                var document = new AnalyzedDocument(new PlainTextAdapter().Extract(SourceText.FromString("t.txt", text)));
                foreach (Block block in document.Blocks)
                {
                    // The block, and a part of it cut anywhere (a sentence, the text outside quotations).
                    int from = random.Next(block.Span.Start, block.Span.End + 1);
                    foreach (TextSpan unit in new[] { block.Span, TextSpan.FromBounds(from, random.Next(from, block.Span.End + 1)) })
                    {
                        var expected = new List<PhraseMatch>();
                        var actual = new List<PhraseMatch>();
                        byTrie.FindAll(document.Text, unit.Start, unit.End, expected);
                        byRuns.FindAll(document, unit, actual);
                        CollectionAssert.AreEqual(expected, actual, $"ignoreCase {ignoreCase}, {unit}: \"{document.Text}\"");
                    }
                }
            }
        }
    }

    [TestMethod]
    public void Lists_matched_over_many_units_at_once_match_as_unit_after_unit_with_or_without_the_prefilter()
    {
        // Units in order without overlap (blocks, sentences, random cuts) are walked in one pass; overlapping ones
        // (quotations nested in quotations) unit by unit. The pack's prefilter, shared by lists of both cases and
        // by lists whose phrases do not all start with a word (which it does not know), changes nothing.
        string[] oneWord = ["colour", "Colour", "centre", "é", "a1", "colours", "İstanbul", "straße", "x"];
        string[] mixed = [.. oneWord, "colour centre", "a1 x x", "x-ray", "centre.", "e.g.", "colours’", "é é"];
        const string alphabet = "colurentsaé1İßxg '’-.\n\u212A";
        PhraseMatcher[] matchers =
        [
            new(oneWord, ignoreCase: false), new(oneWord, ignoreCase: true), new(mixed, ignoreCase: false),
            new(mixed, ignoreCase: true), new([.. mixed, "-qq"], ignoreCase: true),
        ];
        var prefilter = new FirstWordPrefilter(matchers);
        Assert.AreEqual(4, prefilter.Count);
        var random = new Random(17);
        for (int k = 0; k < 3000; k++)
        {
            var builder = new StringBuilder();
            for (int n = random.Next(0, 60); n > 0; n--)
            {
                builder.Append(random.Next(4) == 0 ? mixed[random.Next(mixed.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            }
            var source = SourceText.FromString("t.txt", builder.ToString());
            var plain = new AnalyzedDocument(new PlainTextAdapter().Extract(source));
            var prefiltered = new AnalyzedDocument(new PlainTextAdapter().Extract(source)) { Prefilter = prefilter };
            foreach (TextSpan[] units in new[] { plain.Units(RuleScope.Text), plain.Units(RuleScope.Sentence), RandomUnits(random, plain.Text.Length, overlap: false), RandomUnits(random, plain.Text.Length, overlap: true) })
            {
                foreach (PhraseMatcher matcher in matchers)
                {
                    var expected = new List<PhraseMatch>();
                    foreach (TextSpan unit in units) matcher.FindAll(plain, unit, expected);
                    var actual = new List<PhraseMatch>();
                    matcher.FindAll(plain, units, actual);
                    CollectionAssert.AreEqual(expected, actual, $"no prefilter, units {string.Join(" ", units)}: \"{plain.Text}\"");
                    actual.Clear();
                    matcher.FindAll(prefiltered, units, actual);
                    CollectionAssert.AreEqual(expected, actual, $"prefilter, units {string.Join(" ", units)}: \"{plain.Text}\"");
                }
            }
        }
    }

    private static TextSpan[] RandomUnits(Random random, int length, bool overlap)
    {
        var units = new List<TextSpan>();
        int at = 0;
        while (at < length)
        {
            int start = random.Next(at, length + 1);
            int end = random.Next(start, length + 1);
            units.Add(TextSpan.FromBounds(start, end));
            at = overlap ? start + 1 : end + 1;
        }
        return units.ToArray();
    }
}
