using System.Text.RegularExpressions;
using StyleLint.RuleCompiler.Emitting;

namespace StyleLint.Generators.Tests;

/// <summary>
/// What the rule compiler proves for consistency patterns: every match consumes a decimal digit, so units without
/// one are not searched.
/// </summary>
[TestClass]
public sealed class RequiresDigitTests
{
    [TestMethod]
    [DataRow(@"\d(?<finding>\s?%)")]
    [DataRow(@"\d\s?(?<finding>per\s+cent)\b")]
    [DataRow(@"\b\d{1,2}(?:st|nd|rd|th)? (?:January|Jan)\b")]
    [DataRow(@"\b(?!September 11\b)(?:January|(?:Jan|Sept?)\.?) \d{1,2}(?:st|nd|rd|th)?\b(?!:)")]
    [DataRow(@"(?:a\d|b[0-9])")]
    [DataRow(@"x[2-5]+")]
    public void Patterns_that_consume_a_digit_require_one(string pattern)
    {
        Assert.IsTrue(PatternLeadAnalysis.RequiresDigit(pattern, ignoreCase: false), pattern);
    }

    [TestMethod]
    [DataRow(@"\d?x")]
    [DataRow(@"\d*x")]
    [DataRow(@"(?=\d)x")]
    [DataRow(@"(?<=\d)x")]
    [DataRow(@"a|\d")]
    [DataRow(@"[\d\w]")]
    [DataRow(@"[0-9a]")]
    [DataRow(@"\D")]
    [DataRow(@"(?:\d)?y")]
    [DataRow(@"(?i)\d")]
    [DataRow(@"(?<=[\p{L}\p{N}])’(?=\p{L})")]
    public void Patterns_that_may_match_without_a_digit_do_not(string pattern)
    {
        Assert.IsFalse(PatternLeadAnalysis.RequiresDigit(pattern, ignoreCase: false), pattern);
    }

    [TestMethod]
    public void Case_insensitive_patterns_are_not_analysed()
    {
        Assert.IsFalse(PatternLeadAnalysis.RequiresDigit(@"\d%", ignoreCase: true));
    }

    [TestMethod]
    public void Every_match_of_a_pattern_said_to_require_a_digit_holds_one()
    {
        string[] patterns = [@"\d\s?(?<f>[ap]m)\b", @"(?:a\d|b[0-9])", @"x[2-5]+", @"\b\d{1,2}(?:st|nd)? (?:Jan|Feb)\b", @"(?:(?:c\d)|(?:\d+d))e?"];
        string[] pieces = ["0", "1", "3", "7", "\u0663", "a", "b", "c", "d", "e", "x", "Jan", "Feb", "st", "nd", " ", "pm", "%"];
        var random = new Random(4);
        foreach (string pattern in patterns)
        {
            Assert.IsTrue(PatternLeadAnalysis.RequiresDigit(pattern, ignoreCase: false), pattern);
            var regex = new Regex(pattern, RegexOptions.CultureInvariant);
            int matches = 0;
            for (int k = 0; k < 5000; k++)
            {
                string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
                foreach (Match match in regex.Matches(text))
                {
                    if (match.Length == 0) continue;
                    matches++;
                    Assert.IsTrue(match.Value.Any(char.IsDigit), $"{pattern} matched '{match.Value}' in \"{text}\"");
                }
            }
            Assert.IsGreaterThan(0, matches, pattern);
        }
    }
}
