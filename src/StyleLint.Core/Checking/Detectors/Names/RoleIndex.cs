namespace StyleLint.Checking.Detectors.Names;

/// <summary>A listed person with roles, ready for the role check: its place in the list and the roles as they are searched for.</summary>
internal sealed record RoleEntry(int Order, string Surname, string[] Roles);

/// <summary>
/// The listed people with roles, found by a word one edit from their surname without comparing the word with every
/// surname. Two words one edit apart (substitution, insertion, deletion or transposition of neighbours) become the
/// same string once one character is taken from one of them or from each, or from neither (a deletion
/// neighbourhood): the index holds each case-folded surname and its variants less one character, and a word asks
/// with its own. Variants are kept as 64-bit hashes, so an answer may hold a surname that is not close (a hash
/// collision, or two edits that delete alike): callers check the distance. None that is close is missed.
/// </summary>
internal sealed class RoleIndex
{
    // A bit per variant hash (its low bits): most words share no variant with any surname, and one bit of a
    // 128 KB set (about 7,000 of its million bits set) says so for each variant more cheaply than a dictionary look-up.
    private const int FilterBits = 1 << 20;

    private readonly Dictionary<ulong, RoleEntry[]> byVariant;
    private readonly ulong[] filter = new ulong[FilterBits / 64];
    private readonly int shortest;
    private readonly int longest;

    public RoleIndex(IReadOnlyList<ListedName> withRoles, int minSurnameLength)
    {
        var lists = new Dictionary<ulong, List<RoleEntry>>();
        shortest = int.MaxValue;
        for (int order = 0; order < withRoles.Count; order++)
        {
            ListedName name = withRoles[order];
            int length = name.Surname.Length;
            if (length < minSurnameLength) continue;
            shortest = Math.Min(shortest, length);
            longest = Math.Max(longest, length);
            // Roles are matched with hyphens read as spaces (secretary-general, secretary general); short ones are too vague.
            string[] roles = name.Roles.Where(r => r.Length >= 6).Select(r => r.Replace('-', ' ')).ToArray();
            var entry = new RoleEntry(order, name.Surname, roles);
            foreach (ulong variant in Variants(name.Surname))
            {
                filter[(int)(variant % FilterBits) / 64] |= 1UL << (int)(variant % 64);
                if (!lists.TryGetValue(variant, out List<RoleEntry>? list)) lists[variant] = list = new List<RoleEntry>();
                // A doubled letter gives the same variant twice (Kennedy less either n).
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry);
            }
        }
        byVariant = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// The entries whose surname may be one edit from <paramref name="word"/> (compared as <see cref="EditDistance"/>
    /// compares, ignoring case), into <paramref name="found"/> (emptied first) once each and in list order, which
    /// decides between equally close surnames. Every surname one edit away is among them; callers check the others out.
    /// </summary>
    public void NearSurname(ReadOnlySpan<char> word, List<RoleEntry> found)
    {
        found.Clear();
        // One edit changes the length by one at most.
        if (word.Length < shortest - 1 || word.Length > longest + 1) return;
        Span<ulong> variants = stackalloc ulong[word.Length + 1];
        VariantHashes(word, variants);
        foreach (ulong variant in variants)
        {
            if (!InFilter(variant)) continue;
            if (!byVariant.TryGetValue(variant, out RoleEntry[]? entries)) continue;
            foreach (RoleEntry entry in entries)
            {
                if (!found.Contains(entry)) found.Add(entry);
            }
        }
        if (found.Count > 1) found.Sort(static (a, b) => a.Order.CompareTo(b.Order));
    }

    /// <summary>
    /// False when no surname is one edit from <paramref name="word"/>, known from the filter alone; true when
    /// <see cref="NearSurname"/> may find one. Most words are settled here.
    /// </summary>
    public bool MayBeNear(ReadOnlySpan<char> word)
    {
        if (word.Length < shortest - 1 || word.Length > longest + 1) return false;
        Span<ulong> variants = stackalloc ulong[word.Length + 1];
        VariantHashes(word, variants);
        foreach (ulong variant in variants)
        {
            if (InFilter(variant)) return true;
        }
        return false;
    }

    private bool InFilter(ulong variant) => (filter[(int)(variant % FilterBits) / 64] & (1UL << (int)(variant % 64))) != 0;

    private static ulong[] Variants(string surname)
    {
        var variants = new ulong[surname.Length + 1];
        VariantHashes(surname, variants);
        return variants;
    }

    private const ulong Base = 0x100000001B3;

    /// <summary>
    /// Hashes of the text case-folded character by character (as <see cref="EditDistance"/> folds) and of each of its
    /// variants less one character: <paramref name="hashes"/> has one more element than the text. A polynomial hash,
    /// so each variant's is its prefix's shifted plus its suffix's, all in two passes.
    /// </summary>
    private static void VariantHashes(ReadOnlySpan<char> text, Span<ulong> hashes)
    {
        int n = text.Length;
        // prefix[j]: the hash of the first j characters.
        Span<ulong> prefix = hashes;
        prefix[0] = 0;
        for (int k = 0; k < n; k++) prefix[k + 1] = prefix[k] * Base + char.ToLowerInvariant(text[k]);
        ulong whole = prefix[n];
        // Less character j: the first j characters shifted past the n - 1 - j after it, plus those. Written over
        // prefix[j], which is not read again once j is done (j falls).
        ulong suffix = 0, power = 1;
        for (int j = n - 1; j >= 0; j--)
        {
            ulong folded = char.ToLowerInvariant(text[j]);
            hashes[j] = Mix(prefix[j] * power + suffix);
            suffix += folded * power;
            power *= Base;
        }
        hashes[n] = Mix(whole);
    }

    /// <summary>Spreads a polynomial hash's bits so that its low bits index the filter well.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        return h;
    }
}
