using StyleLint.Analysis;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Detectors.Quotes.Tests;

/// <summary>Our own sentences, analysed as plain text: one paragraph per line.</summary>
internal static class Texts
{
    public static AnalyzedDocument Analyze(string text) =>
        new(new PlainTextAdapter().Extract(SourceText.FromString("test.txt", text)));

    public static string At(AnalyzedDocument document, TextSpan span) => document.Text.Substring(span.Start, span.Length);

    public static string[] Contents(AnalyzedDocument document, QuoteKind? kind = null) =>
        document.QuoteAnalysis.Quotations.Where(q => kind == null || q.Kind == kind).Select(q => At(document, q.Content)).ToArray();
}
