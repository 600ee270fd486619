using StyleLint.Analysis;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Support;

/// <summary>Runs an adapter and checks that prose maps back to the exact place it came from.</summary>
internal static class Prose
{
    public static ProseDocument Extract(IMarkupAdapter adapter, string text, string path = "input") =>
        adapter.Extract(SourceText.FromString(path, text));

    /// <summary>The text of each block, in order.</summary>
    public static string[] Blocks(ProseDocument document) =>
        document.Blocks.Select(b => document.Text.Substring(b.Span.Start, b.Span.Length)).ToArray();

    /// <summary>
    /// Finds <paramref name="prose"/> (its <paramref name="occurrence"/>-th occurrence) in the analysed text,
    /// maps it to the source and returns the source range.
    /// </summary>
    public static (int Start, int End) SourceOf(ProseDocument document, string prose, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = document.Text.IndexOf(prose, at + 1, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, at, $"'{prose}' (occurrence {occurrence}) is not in the prose: \"{document.Text}\"");
        }
        return document.Map.ToSource(at, at + prose.Length);
    }

    /// <summary>The source text a piece of prose maps to.</summary>
    public static string SourceTextOf(ProseDocument document, string prose, int occurrence = 0)
    {
        (int start, int end) = SourceOf(document, prose, occurrence);
        return document.Source.Text[start..end];
    }

    /// <summary>Asserts that a verbatim piece of prose maps to the same characters at <paramref name="expectedOffset"/>.</summary>
    public static void AssertMapsExactly(ProseDocument document, string prose, int expectedOffset, int occurrence = 0)
    {
        (int start, int end) = SourceOf(document, prose, occurrence);
        Assert.AreEqual(expectedOffset, start, $"start of '{prose}'");
        Assert.AreEqual(prose, document.Source.Text[start..end], $"source of '{prose}'");
    }

    /// <summary>Asserts that a word's prose maps to the same word in the source, wherever the source has it.</summary>
    public static void AssertMapsToItself(ProseDocument document, string prose, int occurrence = 0) =>
        Assert.AreEqual(prose, SourceTextOf(document, prose, occurrence), $"source of '{prose}'");

    /// <summary>Every character of every block maps into the source, and verbatim characters to themselves.</summary>
    public static void AssertEveryCharacterMaps(ProseDocument document)
    {
        string source = document.Source.Text;
        foreach (Block block in document.Blocks)
        {
            for (int i = block.Span.Start; i < block.Span.End; i++)
            {
                (int start, int end) = document.Map.ToSource(i, i + 1);
                Assert.IsTrue(start >= 0 && end <= source.Length && start < end, $"prose {i} maps to no source ({start}..{end})");
                char c = document.Text[i];
                if (end - start == 1 && !char.IsWhiteSpace(c) && c != ProseBuilder.Placeholder && source[start] != '&')
                {
                    Assert.AreEqual(c, source[start], $"prose {i} '{c}' maps to '{source[start]}' at {start}");
                }
            }
        }
    }

    /// <summary>The 1-based line and column a piece of prose maps to.</summary>
    public static (int Line, int Column) LineColumnOf(ProseDocument document, string prose, int occurrence = 0) =>
        document.Source.Lines.ToLineColumn(SourceOf(document, prose, occurrence).Start);
}
