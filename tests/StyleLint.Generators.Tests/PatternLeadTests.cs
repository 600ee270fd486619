using System.Text.RegularExpressions;
using StyleLint.Analysis;
using StyleLint.Checking.Kinds;
using StyleLint.RuleCompiler.Emitting;

namespace StyleLint.Generators.Tests;

/// <summary>
/// The lead of space-led patterns: what the rule compiler proves about a pattern, and that the run-time test built
/// from it never skips a unit that holds a match.
/// </summary>
[TestClass]
public sealed class PatternLeadTests
{
    private const string DashSpacing = @"(?:(?<=\S) (?=[—–][\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?=[—–] \S))(?<dash>[—–]) ?";
    private const string SpaceBeforePunctuation = @"(?<=[^\s.]) +(?<mark>[,;:?!]|\.(?! \.))(?=\s|$|[""'”’)\]])";
    private const string SpaceInsideQuotes = @"(?<q>“)[ \u00A0]+(?=\S)|(?<=\S)[ \u00A0]+(?<q>”)";
    private const string ThousandsSpace = @"(?<=(?<![\d.,]|\d[ \u00A0\u202F])(?!0)\d{1,3}(?:[ \u00A0\u202F]\d{3})*)[ \u00A0\u202F](?=\d{3}(?!\d|[.,]\d|-))";

    [TestMethod]
    [DataRow(DashSpacing, " ", "–—", false, 0)]
    [DataRow(SpaceBeforePunctuation, " ", "!,.:;?", false, 1)]
    [DataRow(SpaceInsideQuotes, " \u00A0", "“”", false, 0)]
    [DataRow(ThousandsSpace, " \u00A0\u202F", "", true, 1)]
    [DataRow(@" {2,}(?=[a-c])", " ", "abc", false, 2)]
    [DataRow(@"\t*\u2014", "\t", "—", false, 0)]
    [DataRow(@"(?<=\w) +[]a-c]", " ", "]abc", false, 1)]
    [DataRow(@" ?[-,](?:x|y)", " ", ",-", false, 0)]
    public void Space_led_patterns_have_a_lead(string pattern, string leading, string anchors, bool digits, int min)
    {
        PatternLeadAnalysis? lead = PatternLeadAnalysis.Of(pattern, ignoreCase: false);

        Assert.IsNotNull(lead);
        Assert.AreEqual(leading, lead.Leading);
        Assert.AreEqual(anchors, lead.Anchors);
        Assert.AreEqual(digits, lead.AnchorDigits);
        Assert.AreEqual(min, lead.MinLeading);
    }

    [TestMethod]
    [DataRow(@"\d(?<finding>\s?%)", "starts with its anchor: the regex engine searches for it already")]
    [DataRow(@" +$", "nothing required after the spaces")]
    [DataRow(@" +\w", "the character after the spaces is any word character")]
    [DataRow(@" +[^a]", "a negated class")]
    [DataRow(@" +[a-z-[b]]", "a subtracted class")]
    [DataRow(@"(?i) +x", "inline options")]
    [DataRow(@"\G +x", "\\G")]
    [DataRow(@"(a) +\1", "a backreference")]
    [DataRow(@" +(?:x)?", "an optional anchor")]
    [DataRow(@" +[ x]", "an anchor that may be a space")]
    [DataRow(@"(?(x) +x| +y)", "a conditional")]
    [DataRow(@" +(?<a-b>x)", "a balancing group")]
    public void Other_patterns_have_none(string pattern, string why)
    {
        Assert.IsNull(PatternLeadAnalysis.Of(pattern, ignoreCase: false), why);
    }

    [TestMethod]
    public void Case_insensitive_patterns_have_none()
    {
        Assert.IsNull(PatternLeadAnalysis.Of(" +x", ignoreCase: true));
    }

    [TestMethod]
    [DataRow(DashSpacing)]
    [DataRow(SpaceBeforePunctuation)]
    [DataRow(SpaceInsideQuotes)]
    [DataRow(ThousandsSpace)]
    [DataRow(@" {2,}(?=[a-c])")]
    [DataRow(@"(?<=^| ) ?(?:—|,)(?! )")]
    [DataRow(@"[ \u00A0]*(?<x>[!?])\b")]
    public void The_run_time_test_skips_only_units_without_a_match(string source)
    {
        PatternLeadAnalysis? analysis = PatternLeadAnalysis.Of(source, ignoreCase: false);
        Assert.IsNotNull(analysis);
        var pattern = new Regex(source, RegexOptions.CultureInvariant, PatternKind.MatchTimeout);
        var lead = new PatternLead(pattern, analysis.Leading, analysis.Anchors, analysis.AnchorDigits, analysis.MinLeading);
        // Texts of the characters these patterns are about, with a unit inside each text so that lookbehinds and
        // lookaheads meet the unit's bounds.
        string[] pieces = [" ", " ", "  ", "\u00A0", "\u202F", "a", "b", "ab", "1", "12", "200", "000", "0", "1 200", "45 000", ".", ",", ";", "!", "?", "—", "–", "-", "“", "”", "'", "\n"];
        var random = new Random(9);
        int matched = 0;
        for (int n = 0; n < 30000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (int k = random.Next(0, 12); k > 0; k--) builder.Append(pieces[random.Next(pieces.Length)]);
            string text = builder.ToString();
            int start = random.Next(0, Math.Min(3, text.Length) + 1);
            int end = random.Next(start, text.Length + 1);
            var unit = new TextSpan(start, end - start);

            bool expected = HasMatch(pattern, text, unit);
            if (expected) matched++;
            Assert.AreEqual(expected, lead.MayMatch(text, unit), $"'{text}' [{start}, {end}) for {source}");
        }
        Assert.IsGreaterThan(50, matched, "the texts exercise the pattern");
    }

    [TestMethod]
    public void Random_patterns_with_a_lead_never_skip_a_match()
    {
        // Patterns put together from the constructs the analysis reads; for each with a lead, texts of the same
        // characters must never be skipped when they hold a match.
        string[] atoms = [" ", " ", "\u00A0", "[ \u00A0]", "x", "y", "[xy]", @"\d", ",", @"\b", "^", "$", "(?=x)", "(?!y)", "(?<=x)", "(?<!y)", "."];
        string[] quantifiers = ["", "", "", "+", "*", "?", "{1,2}", "{2}"];
        string[] pieces = [" ", "  ", "\u00A0", "x", "y", "xy", "1", "12", ",", "\n"];
        var random = new Random(11);
        int withLead = 0;
        for (int n = 0; n < 3000; n++)
        {
            string source = RandomPattern(random, atoms, quantifiers, depth: 0);
            Regex pattern;
            try
            {
                pattern = new Regex(source, RegexOptions.CultureInvariant, PatternKind.MatchTimeout);
            }
            catch (ArgumentException)
            {
                continue;
            }
            PatternLeadAnalysis? analysis = PatternLeadAnalysis.Of(source, ignoreCase: false);
            if (analysis == null) continue;
            withLead++;
            var lead = new PatternLead(pattern, analysis.Leading, analysis.Anchors, analysis.AnchorDigits, analysis.MinLeading);
            for (int t = 0; t < 200; t++)
            {
                var builder = new System.Text.StringBuilder();
                for (int k = random.Next(0, 10); k > 0; k--) builder.Append(pieces[random.Next(pieces.Length)]);
                string text = builder.ToString();
                int start = random.Next(0, Math.Min(2, text.Length) + 1);
                var unit = new TextSpan(start, text.Length - start);
                if (HasMatch(pattern, text, unit)) Assert.IsTrue(lead.MayMatch(text, unit), $"'{text}' from {start} for {source}");
            }
        }
        Assert.IsGreaterThan(100, withLead, "enough random patterns have a lead");
    }

    private static string RandomPattern(Random random, string[] atoms, string[] quantifiers, int depth)
    {
        var builder = new System.Text.StringBuilder();
        int branches = depth < 2 && random.Next(4) == 0 ? 2 : 1;
        for (int b = 0; b < branches; b++)
        {
            if (b > 0) builder.Append('|');
            for (int k = random.Next(1, 5); k > 0; k--)
            {
                if (depth < 2 && random.Next(6) == 0)
                {
                    string open = random.Next(3) switch { 0 => "(?:", 1 => "(", _ => "(?=" };
                    builder.Append(open).Append(RandomPattern(random, atoms, quantifiers, depth + 1)).Append(')');
                }
                else
                {
                    builder.Append(atoms[random.Next(atoms.Length)]);
                }
                builder.Append(quantifiers[random.Next(quantifiers.Length)]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether the pattern, run on the unit as PatternKind runs it, has a non-empty match.</summary>
    private static bool HasMatch(Regex pattern, string text, TextSpan unit)
    {
        for (Match m = pattern.Match(text, unit.Start, unit.Length); m.Success; m = m.NextMatch())
        {
            if (m.Length > 0) return true;
        }
        return false;
    }
}
