using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Quotes;

namespace StyleLint.Detectors.Quotes.Tests;

/// <summary>Any text, however broken its quotation marks, gives sound spans and no exception.</summary>
[TestClass]
public sealed class RobustnessTests
{
    private const string Alphabet = "ab Cd.,:?!-—'\"“”‘’5\n\n";

    [TestMethod]
    public void Random_marks_give_spans_inside_the_text()
    {
        var random = new Random(20);
        var strict = new UnattributedQuoteDetector(DetectorOptions.None);
        var relaxed = new UnattributedQuoteDetector(new DetectorOptions([new("style", ["relaxed"])]));
        var pairs = new QuotePairsDetector(DetectorOptions.None);
        for (int n = 0; n < 3000; n++)
        {
            char[] chars = new char[random.Next(1, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            string text = new(chars);
            if (string.IsNullOrWhiteSpace(text)) continue;

            AnalyzedDocument document = Texts.Analyze(text);
            int length = document.Text.Length;
            foreach (Quotation q in document.QuoteAnalysis.Quotations)
            {
                Assert.IsTrue(q.Content.Start > q.Open && q.Content.End <= length && q.Content.Length >= 0, text);
                Assert.IsTrue(!q.IsClosed || q.Close == q.Content.End, text);
            }
            foreach (TextSpan unit in document.Units(Checking.RuleScope.NonQuote)) Assert.IsTrue(unit.Start >= 0 && unit.End <= length && unit.Length > 0, text);
            foreach (TextSpan span in strict.Find(document).Concat(relaxed.Find(document))) Assert.IsTrue(span.Start >= 0 && span.End <= length && span.Length > 0, text);
            foreach (QuotePairsDetector.Problem p in pairs.Find(document)) Assert.IsTrue(p.Start >= 0 && p.Start + p.Length <= length && p.Length == 1, text);
        }
    }
}
