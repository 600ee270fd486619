using System.Runtime.CompilerServices;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// The lexicon ids of every form of one to three ASCII letters, in an array indexed by the letters themselves. Such
/// words are nearly half of all running text (a, in, of, the, and, said is the first that is not), so answering them
/// without hashing or probing the 15 MB table matters. Each entry is looked up the first time it is asked for.
/// </summary>
internal sealed class ShortFormIds
{
    /// <summary>Longest form kept here.</summary>
    public const int MaxLength = 3;

    /// <summary>An entry not asked for yet (lexicon ids are -1 or more).</summary>
    private const int NotYetAsked = int.MinValue;

    /// <summary>Each position takes 0 (no letter) or 1 to 26; 27^3 entries, 77 KB.</summary>
    private readonly int[] ids = NewTable();

    /// <summary>The entry of a form of one to three ASCII letters, in any case, or -1 for any other form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return -1;
        int index = 0;
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c)) return -1;
            index = index * 27 + ((c | 0x20) - 'a' + 1);
        }
        return index;
    }

    /// <summary>The id at an entry <see cref="IndexOf"/> gave for <paramref name="word"/>, looked up in the lexicon the first time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int index, Lexicon lexicon, ReadOnlySpan<char> word)
    {
        int id = ids[index];
        return id != NotYetAsked ? id : Fill(index, lexicon, word);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Fill(int index, Lexicon lexicon, ReadOnlySpan<char> word)
    {
        // Threads may race to fill an entry; they write the same value, and an int is written whole.
        int id = lexicon.IdOfLetters(word);
        ids[index] = id;
        return id;
    }

    private static int[] NewTable()
    {
        int[] table = new int[27 * 27 * 27];
        Array.Fill(table, NotYetAsked);
        return table;
    }
}
