using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using StyleLint.Checking;
using StyleLint.Checking.Kinds;
using StyleLint.Rules;

namespace StyleLint.Rules.Tests;

/// <summary>
/// The built-in pack's patterns run without a regex match timeout (the generator is told the pack is trusted:
/// StyleLintTrustedPatterns in StyleLint.Rules.csproj), because a timeout makes every match read the clock. What the
/// timeout guarded against is checked here instead: each pattern, given a timeout again, must get through long runs of
/// the text that makes regexes backtrack (repeated letters, digits, spaces, punctuation, quotes, money) in time.
/// </summary>
[TestClass]
public sealed class PatternSafetyTests
{
    [TestMethod]
    public void Built_in_patterns_have_no_match_timeout()
    {
        Regex[] patterns = BuiltInPatterns();
        Assert.IsTrue(patterns.Length >= 15, $"found only {patterns.Length} built-in patterns");
        foreach (Regex pattern in patterns)
        {
            Assert.AreEqual(Regex.InfiniteMatchTimeout, pattern.MatchTimeout, pattern.ToString());
        }
    }

    [TestMethod]
    public void Built_in_patterns_get_through_pathological_text_in_time()
    {
        string[] texts = PathologicalTexts();
        foreach (Regex trusted in BuiltInPatterns())
        {
            // The same pattern with the timeout house rules get: a pattern that backtracks without bound throws.
            var guarded = new Regex(trusted.ToString(), trusted.Options & ~RegexOptions.Compiled, PatternKind.MatchTimeout);
            foreach (string text in texts)
            {
                try
                {
                    for (Match match = guarded.Match(text); match.Success; match = match.NextMatch())
                    {
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    Assert.Fail($"{trusted} took more than {PatternKind.MatchTimeout.TotalSeconds} s on a text of {text.Length} characters starting \"{text[..40]}\"");
                }
            }
        }
    }

    /// <summary>Every regex of the built-in checkers: their pattern fields and their consistency variants' patterns.</summary>
    private static Regex[] BuiltInPatterns()
    {
        var patterns = new List<Regex>();
        foreach (Checker checker in BuiltInRules.Checkers)
        {
            foreach (FieldInfo field in checker.GetType().GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                object? value = field.GetValue(null);
                if (value is Regex regex) patterns.Add(regex);
                if (value is ConsistencyVariant[] variants) patterns.AddRange(variants.Select(v => v.Pattern).OfType<Regex>());
            }
        }
        return [.. patterns];
    }

    private static string[] PathologicalTexts()
    {
        string[] units =
        [
            "a", "aa ", "A", "1", "1,", "1 ", "1.", " ", "  ", ".", "..", "!?", "-", "--", "—", "’", "'s", "“", "”", "\"",
            "$1", "£1,0", "per cent ", "January ", "10th ", "Mr. ", "the ", "The ", "x.", "a.m.", "%", "\u00A0",
        ];
        var texts = new List<string>();
        foreach (string unit in units)
        {
            texts.Add(Repeat(unit, 20_000));
            texts.Add(Repeat(unit, 20_000) + "x");
        }
        var random = new Random(7);
        for (int i = 0; i < 8; i++)
        {
            var mixed = new StringBuilder();
            while (mixed.Length < 20_000) mixed.Append(units[random.Next(units.Length)]);
            texts.Add(mixed.ToString());
        }
        return [.. texts];
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length) text.Append(unit);
        return text.ToString();
    }
}
