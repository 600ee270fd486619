using System.Collections.Frozen;

namespace StyleLint.Checking;

/// <summary>A fixed, case-insensitive set of words, looked up from spans without allocating.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(string[] words)
    {
        this.words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
