using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>One lexicon entry: frequency, case facts, and how the word takes part in compounds and names.</summary>
public readonly record struct LexiconEntry(int Count, LexiconFlags Flags, int Modifier, int Head, int NameTail)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;

    /// <summary>Only ever written with a capital: a proper noun (Huckabee, London).</summary>
    public bool IsProperOnly => Has(LexiconFlags.Capitalised) && !Has(LexiconFlags.Lower);
}

/// <summary>
/// English word forms with SUBTLEX-US counts, opened once per process from the embedded lexicon table (built from
/// Data/lexicon.tsv.gz at build time, see <see cref="LexiconTableFormat"/>) and looked up from spans without
/// allocating (any case: the lookup lowercases and encodes into stack buffers).
/// </summary>
public sealed class Lexicon
{
    /// <summary>Words in the SUBTLEX-US corpus the counts come from.</summary>
    public const double CorpusSize = 51_000_000;

    /// <summary>lexicon.bin, built at build time from Data/lexicon.tsv.gz (<see cref="LexiconTableFormat"/>).</summary>
    public const string ResourceName = "StyleLint.Data.lexicon.bin";

    private static readonly Lazy<Lexicon> Shared = new(
        () => new Lexicon(EmbeddedHashTable<LexiconRecord>.Open(ResourceName, LexiconTableFormat.Magic, "lexicon table")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Each thread's recent answers: the lexicon is one per process, so these need no owner.</summary>
    [ThreadStatic]
    private static RecentLookups? recentLookups;

    private readonly EmbeddedHashTable<LexiconRecord> table;
    private readonly ShortFormIds shortFormIds = new();

    private Lexicon(EmbeddedHashTable<LexiconRecord> table) => this.table = table;

    /// <summary>
    /// This thread's recent answers, made the first time. Not inlined: the table is a pinned array, whose allocation
    /// would give the look-up loops a native-call frame to set up on every call, and fewer registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RecentLookups NewRecentLookups() => recentLookups = new RecentLookups();

    public static Lexicon Instance => Shared.Value;

    public int Count => table.RecordCount;

    /// <summary>Looks a form up in any case; apostrophes may be straight or curly.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        int id = IdOf(word);
        entry = id >= 0 ? EntryAt(id) : default;
        return id >= 0;
    }

    /// <summary>
    /// The form's id (its record's index in the table), or -1 when the lexicon lacks it. Two words have the same id
    /// exactly when they are the same form in any case, with either apostrophe, so the id stands in for the word.
    /// </summary>
    public int IdOf(ReadOnlySpan<char> word) => IdOf(word, remember: true);

    /// <summary>
    /// <see cref="IdOf"/> of a piece of a token, a candidate word of a split: the answer is read from the recent ones
    /// but not kept there, since most pieces are no word and would push real words' answers out.
    /// </summary>
    public int IdOfPiece(ReadOnlySpan<char> piece) => IdOf(piece, remember: false);

    private int IdOf(ReadOnlySpan<char> word, bool remember)
    {
        if (word.Length == 0 || word.Length > LexiconTableFormat.MaxFormChars) return -1;
        int shortForm = ShortFormIds.IndexOf(word);
        if (shortForm >= 0) return shortFormIds.Get(shortForm, this, word);
        // The table holds lower-cased UTF-8, as the list does. Nearly every word is ASCII and short enough to pack
        // into a key whose answer the recent answers may hold; anything else goes to the table. (The buffers the
        // table needs are in methods of their own: a stack buffer here would cost every call a guarded frame.)
        if (!PackedKey.TryPackLower(word, word.Length, out ulong low, out ulong high)) return IdOfUnpacked(word);
        RecentLookups recent = recentLookups ?? NewRecentLookups();
        int slot = RecentLookups.SlotOf(low, high, word.Length);
        if (recent.TryGet(slot, low, high, word.Length, out int known)) return known;
        int id = IdOfPacked(low, high, word.Length);
        if (remember) recent.Add(slot, low, high, word.Length, id);
        return id;
    }

    [SkipLocalsInit]
    private int IdOfPacked(ulong low, ulong high, int length)
    {
        Span<byte> key = stackalloc byte[PackedKey.MaxLength];
        return table.IndexOf(PackedKey.Bytes(low, high, length, key));
    }

    /// <summary>A form longer than a packed key, or with a letter beyond ASCII.</summary>
    [SkipLocalsInit]
    private int IdOfUnpacked(ReadOnlySpan<char> word)
    {
        Span<byte> utf8 = stackalloc byte[LexiconTableFormat.MaxFormChars];
        if (Ascii.ToLower(word, utf8, out int written) != OperationStatus.Done) return IdOfNonAscii(word);
        return table.IndexOf(utf8[..written]);
    }

    /// <summary>
    /// Words a batch of <see cref="IdsOf"/> takes through each step together. Each step of a batch waits about one
    /// read from memory for the words that miss the recent answers (one in seven), so the bigger the batch, the fewer
    /// waits: the rule alone ran in 0.92-0.94 of its time with 128 rather than 32, and about 0.96 of that with 256
    /// (most articles are one or two batches; the batch is 12 KB of stack).
    /// </summary>
    private const int BatchSize = 256;

    /// <summary>
    /// <see cref="IdOf"/> of every word of at least <paramref name="shortest"/> characters, into <paramref name="ids"/>
    /// (shorter words' entries are left as they are). The same answers, faster: a look-up that misses the caches waits
    /// on memory, so the words go through the steps of a look-up in batches, and each step asks for the memory of the
    /// next before any is read (see <see cref="EmbeddedHashTable{TRecord}.FirstSlot"/>).
    /// </summary>
    public void IdsOf(string text, ReadOnlySpan<Word> words, int shortest, Span<int> ids) =>
        IdsOf(text, words, shortest, ids, remember: true);

    /// <summary>
    /// <see cref="IdOf"/> of pieces of a token (the candidate words of its splits), in batches as <see cref="IdsOf"/>
    /// does, but the answers are not kept among the recent ones: most pieces are no word (eko, kon, Hucka) and would
    /// push real words' answers out.
    /// </summary>
    public void IdsOfPieces(ReadOnlySpan<char> token, ReadOnlySpan<Word> pieces, Span<int> ids) =>
        IdsOf(token, pieces, 1, ids, remember: false);

    [SkipLocalsInit]
    private void IdsOf(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int shortest, Span<int> ids, bool remember)
    {
        RecentLookups recent = recentLookups ?? NewRecentLookups();
        Span<PendingLookup> batch = stackalloc PendingLookup[BatchSize];
        Span<byte> key = stackalloc byte[PackedKey.MaxLength];
        int next = 0;
        while (next < words.Length)
        {
            // Each word's key, lower-cased; its slot among the recent answers is asked for. Forms this path does not
            // fit (short, long, beyond ASCII) are looked up on the spot.
            int pending = 0;
            for (; next < words.Length && pending < BatchSize; next++)
            {
                Word w = words[next];
                if (w.Length < shortest) continue;
                if (w.Length <= ShortFormIds.MaxLength)
                {
                    // A quarter of all words (and, the, was): answered here from the short forms' table, without a call.
                    ReadOnlySpan<char> form = text.Slice(w.Start, w.Length);
                    int shortForm = ShortFormIds.IndexOf(form);
                    ids[next] = shortForm >= 0 ? shortFormIds.Get(shortForm, this, form) : IdOf(form, remember);
                    continue;
                }
                if (!PackedKey.TryPackLower(text[w.Start..], w.Length, out ulong low, out ulong high))
                {
                    ids[next] = IdOf(text.Slice(w.Start, w.Length), remember);
                    continue;
                }
                int recentSlot = RecentLookups.SlotOf(low, high, w.Length);
                recent.Prefetch(recentSlot);
                batch[pending++] = new PendingLookup { Word = next, Low = low, High = high, Length = w.Length, RecentSlot = recentSlot };
            }

            // The recent answers; the words they lack go on, their first slot in the table asked for.
            int missed = 0;
            for (int k = 0; k < pending; k++)
            {
                ref PendingLookup p = ref batch[k];
                if (recent.TryGet(p.RecentSlot, p.Low, p.High, p.Length, out int id))
                {
                    ids[p.Word] = id;
                    continue;
                }
                p.Hash = LexiconTableFormat.Hash(PackedKey.Bytes(p.Low, p.High, p.Length, key));
                p.TableSlot = table.FirstSlot(p.Hash);
                batch[missed++] = p;
            }

            // The slots, then the records, then the keys: each loop reads what the one before asked for.
            for (int k = 0; k < missed; k++) batch[k].Record = table.Candidate(ref batch[k].TableSlot, batch[k].Hash);
            for (int k = 0; k < missed; k++) batch[k].KeyStart = batch[k].Record < 0 ? -1 : table.KeyStartIfLength(batch[k].Record, batch[k].Length);
            for (int k = 0; k < missed; k++)
            {
                ref PendingLookup p = ref batch[k];
                ReadOnlySpan<byte> form = PackedKey.Bytes(p.Low, p.High, p.Length, key);
                int id = p.Record < 0 ? -1
                    : p.KeyStart >= 0 && table.KeyEquals(p.KeyStart, form) ? p.Record
                    : table.IndexOf(form);   // another key with the same tag (rare): the plain probe goes on past it
                ids[p.Word] = id;
                if (remember) recent.Add(p.RecentSlot, p.Low, p.High, p.Length, id);
            }
        }
    }

    /// <summary>A word of an <see cref="IdsOf"/> batch on its way through the steps of a look-up.</summary>
    private struct PendingLookup
    {
        public int Word;
        /// <summary>The lower-cased key (<see cref="PackedKey"/>).</summary>
        public ulong Low;
        public ulong High;
        public int Length;
        public int RecentSlot;
        public int Hash;
        public int TableSlot;
        public int Record;
        public int KeyStart;
    }

    /// <summary>The table's answer for a form of ASCII letters, lower-cased, without the recent answers in front.</summary>
    [SkipLocalsInit]
    internal int IdOfLetters(ReadOnlySpan<char> word)
    {
        Span<byte> utf8 = stackalloc byte[LexiconTableFormat.MaxFormChars];
        for (int i = 0; i < word.Length; i++) utf8[i] = (byte)(word[i] | 0x20);
        return table.IndexOf(utf8[..word.Length]);
    }

    /// <summary>A form with a curly apostrophe or a letter beyond ASCII: lower-cased as chars, then encoded (a lone surrogate encodes as U+FFFD, which no form contains).</summary>
    [SkipLocalsInit]
    private int IdOfNonAscii(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[LexiconTableFormat.MaxFormChars];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lower[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        Span<byte> utf8 = stackalloc byte[LexiconTableFormat.MaxFormChars * 3];
        int length = Encoding.UTF8.GetBytes(lower[..word.Length], utf8);
        return table.IndexOf(utf8[..length]);
    }

    /// <summary>The entry of a form by the id <see cref="IdOf"/> gave.</summary>
    public LexiconEntry EntryAt(int id)
    {
        LexiconRecord record = table.Record(id);
        return new LexiconEntry(record.Count, (LexiconFlags)record.Flags, record.Modifier, record.Head, record.NameTail);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    /// <summary>A word, or its possessive (Trump’s, voters'), is in the lexicon.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => IdOf(word) >= 0 || IsKnownPossessive(word);

    /// <summary>A word ending in a possessive (Trump’s, voters') whose stem is in the lexicon.</summary>
    public bool IsKnownPossessive(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n > 2 && (word[n - 1] is 's' or 'S') && IsApostrophe(word[n - 2])) return IdOf(word[..(n - 2)]) >= 0;
        if (n > 1 && IsApostrophe(word[n - 1])) return IdOf(word[..(n - 1)]) >= 0;
        return false;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// A form ending in a possessive ’s or 's (Trump’s, MEFIN'S), which the lexicon never holds: the list leaves
    /// possessives out and they are derived from the stem (<see cref="IsKnownPossessive"/>). Callers that ask about
    /// many such forms can skip the table, where a form it lacks costs a few reads from memory.
    /// </summary>
    public static bool IsPossessiveForm(ReadOnlySpan<char> form) =>
        form.Length > 2 && form[^1] is 's' or 'S' && IsApostrophe(form[^2]);
}
