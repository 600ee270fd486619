using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// Keys a document's words by their index and compares them by their text in the document, so counting the words
/// makes no string at all (a string per distinct word was most of what the run-together check allocated). Lookups
/// come as spans through the alternate lookup; new keys are only ever added by index.
/// </summary>
internal sealed class WordKeyComparer(string text, Word[] words, WordKeyComparer.Form form)
    : IEqualityComparer<int>, IAlternateEqualityComparer<ReadOnlySpan<char>, int>
{
    public enum Form
    {
        /// <summary>As written (Blair is not blair).</summary>
        Exact,

        /// <summary>Any case, ' and ’ the same.</summary>
        Folded,
    }

    public bool Equals(int x, int y) => Equals(Span(x), y);

    public int GetHashCode(int obj) => GetHashCode(Span(obj));

    public bool Equals(ReadOnlySpan<char> alternate, int other) => form == Form.Exact
        ? alternate.SequenceEqual(Span(other))
        : FoldedWordComparer.FoldedEquals(alternate, Span(other));

    public int GetHashCode(ReadOnlySpan<char> alternate) => form == Form.Exact
        ? string.GetHashCode(alternate)
        : FoldedWordComparer.FoldedHash(alternate);

    public int Create(ReadOnlySpan<char> alternate) =>
        throw new NotSupportedException("Words are added by their index in the document, never from a span.");

    private ReadOnlySpan<char> Span(int index) => text.AsSpan(words[index].Start, words[index].Length);
}
