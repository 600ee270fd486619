namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// The distinct name-like stems one thread has read, each a string and an id kept from document to document, and the
/// numbers the current document gives them (in order of first use). Four in five of a corpus pass's per-document forms
/// were read in an earlier document (58,000 forms, 11,500 distinct): their string is made once, and what the names
/// data says of them (<see cref="FactsOf"/>) is asked once, not once per document.
/// </summary>
/// <remarks>
/// Not thread-safe: <see cref="NameTokens"/> takes a thread's table for one document at a time. Bounded: past
/// <see cref="MaxForms"/> forms it starts afresh at the next document.
/// </remarks>
internal sealed class FormTable
{
    /// <summary>About 6 MB of strings and arrays at most; a corpus pass has 11,500 distinct forms.</summary>
    internal const int MaxForms = 1 << 16;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsOfSpans;
    private readonly List<string> texts = [];
    private readonly List<int> documentForms = [];
    // Per id: the document that last numbered it (document) and its number there (numberIn).
    private int[] documentOf = new int[256];
    private int[] numberIn = new int[256];
    private int document;
    private ulong[] letters = new ulong[256];
    private byte[] facts = new byte[256];
    private RoleEntry[]?[] nearRoles = new RoleEntry[]?[256];
    private ListedName[]?[] listedAfter = new ListedName[]?[256];
    private NameData? factsData;

    public FormTable() => idsOfSpans = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Distinct forms kept (all documents).</summary>
    public int Count => texts.Count;

    /// <summary>Distinct forms of the current document.</summary>
    public int DocumentCount => documentForms.Count;

    /// <summary>Starts a document: no form has a number in it yet.</summary>
    public void BeginDocument()
    {
        if (texts.Count > MaxForms || document == int.MaxValue) Clear();
        document++;
        documentForms.Clear();
    }

    /// <summary>The number of <paramref name="stem"/> in the current document, given now if it has none.</summary>
    public int Number(ReadOnlySpan<char> stem)
    {
        if (!idsOfSpans.TryGetValue(stem, out int id)) id = Add(stem.ToString());
        if (documentOf[id] != document)
        {
            documentOf[id] = document;
            numberIn[id] = documentForms.Count;
            documentForms.Add(id);
        }
        return numberIn[id];
    }

    /// <summary>The number of <paramref name="stem"/> in the current document, if the document has that form.</summary>
    public bool TryGetNumber(string stem, out int number)
    {
        number = ids.TryGetValue(stem, out int id) && documentOf[id] == document ? numberIn[id] : -1;
        return number >= 0;
    }

    /// <summary>The id of form number <paramref name="number"/> of the current document.</summary>
    public int IdOf(int number) => documentForms[number];

    public string Text(int id) => texts[id];

    /// <summary>Form <paramref name="id"/>'s letters, case-folded, as a mask (<see cref="EditDistance.LetterMaskFolding"/>).</summary>
    public ulong LettersOf(int id) => letters[id];

    /// <summary>
    /// What <paramref name="data"/> says of form <paramref name="id"/>, as far as it was asked (bits the caller
    /// defines); all zero while nothing was. Answers of another <see cref="NameData"/> are forgotten first.
    /// </summary>
    public ref byte FactsOf(int id, NameData data)
    {
        if (!ReferenceEquals(data, factsData))
        {
            Array.Clear(facts);
            Array.Clear(nearRoles);
            Array.Clear(listedAfter);
            factsData = data;
        }
        return ref facts[id];
    }

    /// <summary>The listed people with roles whose surname is one edit from form <paramref name="id"/>, once asked (kept with <see cref="FactsOf"/>).</summary>
    public ref RoleEntry[]? NearRolesOf(int id) => ref nearRoles[id];

    /// <summary>The listed names whose word before the surname is form <paramref name="id"/>, once asked (kept with <see cref="FactsOf"/>).</summary>
    public ref ListedName[]? ListedAfterOf(int id) => ref listedAfter[id];

    private int Add(string text)
    {
        int id = texts.Count;
        if (id == documentOf.Length)
        {
            int size = id * 2;
            Array.Resize(ref documentOf, size);
            Array.Resize(ref numberIn, size);
            Array.Resize(ref letters, size);
            Array.Resize(ref facts, size);
            Array.Resize(ref nearRoles, size);
            Array.Resize(ref listedAfter, size);
        }
        letters[id] = EditDistance.LetterMaskFolding(text);
        texts.Add(text);
        ids.Add(text, id);
        return id;
    }

    private void Clear()
    {
        ids.Clear();
        texts.Clear();
        Array.Clear(documentOf);
        Array.Clear(facts);
        Array.Clear(nearRoles);
        Array.Clear(listedAfter);
        document = 0;
    }
}
