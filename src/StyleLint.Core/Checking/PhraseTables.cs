namespace StyleLint.Checking;

// PhraseMatcher's two lookup tables. They were FrozenDictionary<long, int> and FrozenDictionary<string, int> with a
// span lookup: generic code over framework types that ReadyToRun cannot precompile into this assembly, so every
// start-up compiled it (about 60 methods) and then spent more time choosing a frozen layout for each of the pack's
// matchers. These are plain open-addressing tables, built in one pass and compiled ahead of time like the rest.

/// <summary>
/// The trie's edges: a map from a non-negative 64-bit key to a non-negative int. Linear probing over a
/// power-of-two table at most half full; no removal.
/// </summary>
internal sealed class EdgeTable
{
    private const long Empty = -1;
    private readonly long[] keys;
    private readonly int[] values;
    private readonly int shift;
    private int count;

    /// <param name="capacity">The most keys that will be added.</param>
    public EdgeTable(int capacity)
    {
        int size = 4, bits = 2;
        while (size < capacity * 2)
        {
            size <<= 1;
            bits++;
        }
        keys = new long[size];
        Array.Fill(keys, Empty);
        values = new int[size];
        shift = 64 - bits;
    }

    public int Count => count;

    public bool TryGetValue(long key, out int value)
    {
        int mask = keys.Length - 1;
        for (int i = Slot(key); ; i = (i + 1) & mask)
        {
            long k = keys[i];
            if (k == key)
            {
                value = values[i];
                return true;
            }
            if (k == Empty)
            {
                value = 0;
                return false;
            }
        }
    }

    /// <summary>Adds a key that is not in the table yet.</summary>
    public void Add(long key, int value)
    {
        if (key < 0) throw new ArgumentOutOfRangeException(nameof(key));
        if ((count + 1) * 2 > keys.Length) throw new InvalidOperationException("EdgeTable is full");
        int mask = keys.Length - 1;
        int i = Slot(key);
        while (keys[i] != Empty) i = (i + 1) & mask;
        keys[i] = key;
        values[i] = value;
        count++;
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);
}

/// <summary>
/// The phrases' first words: a map from a word to an int, looked up by a span of the text without making a
/// string. Linear probing over a power-of-two table at most half full; no removal. Ordinal comparison.
/// </summary>
internal sealed class WordTable
{
    private readonly string?[] keys;
    private readonly int[] values;
    private readonly int shift;
    private int count;
    // The shortest and longest key: most words of a document are ruled out by their length alone.
    private int minLength = int.MaxValue, maxLength;

    /// <param name="capacity">The most keys that will be added.</param>
    public WordTable(int capacity)
    {
        int size = 4, bits = 2;
        while (size < capacity * 2)
        {
            size <<= 1;
            bits++;
        }
        keys = new string?[size];
        values = new int[size];
        shift = 32 - bits;
    }

    public int Count => count;

    /// <summary>The length of the longest key (0 when there is none).</summary>
    public int MaxLength => maxLength;

    /// <summary>Every key, in table order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (string? key in keys)
            {
                if (key != null) yield return key;
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        if ((uint)(word.Length - minLength) > (uint)(maxLength - minLength))
        {
            value = 0;
            return false;
        }
        int mask = keys.Length - 1;
        for (int i = Slot(word); ; i = (i + 1) & mask)
        {
            string? k = keys[i];
            if (k == null)
            {
                value = 0;
                return false;
            }
            if (word.Equals(k, StringComparison.Ordinal))
            {
                value = values[i];
                return true;
            }
        }
    }

    /// <summary>Sets the value of a word, adding the word when it is not there.</summary>
    public void Set(string word, int value)
    {
        int mask = keys.Length - 1;
        int i = Slot(word);
        while (keys[i] is { } k)
        {
            if (k == word)
            {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        if ((count + 1) * 2 > keys.Length) throw new InvalidOperationException("WordTable is full");
        keys[i] = word;
        values[i] = value;
        count++;
        minLength = Math.Min(minLength, word.Length);
        maxLength = Math.Max(maxLength, word.Length);
    }

    /// <summary>
    /// A hash of the length and four characters (first, middle, last two), then a multiplicative step so the top
    /// bits are mixed: constant time per word, as the table is probed for most words of a document.
    /// </summary>
    private int Slot(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        uint hash = (uint)length;
        if (length > 0)
        {
            hash = hash * 31 + word[0];
            hash = hash * 31 + word[length >> 1];
            hash = hash * 31 + word[length - 1];
            if (length > 1) hash = hash * 31 + word[length - 2];
        }
        return (int)((hash * 0x9E3779B1U) >> shift);
    }
}
