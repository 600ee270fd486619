namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>What the word lists say about a word form (see tools/lexicon/build_lexicon.py).</summary>
[Flags]
public enum LexiconFlags : ushort
{
    None = 0,
    /// <summary>Attested in lower case.</summary>
    Lower = 1,
    /// <summary>Attested Capitalised (Paris, Blair).</summary>
    Capitalised = 2,
    /// <summary>Attested in capitals (NATO, UK).</summary>
    Upper = 4,
    /// <summary>Attested in mixed case (iPhone, McDonald).</summary>
    Mixed = 8,
    /// <summary>Only in the huge list: a rare or technical form.</summary>
    Rare = 16,
    /// <summary>A first name.</summary>
    FirstName = 32,
    /// <summary>SUBTLEX writes it with a capital: a name in speech (York, Trump).</summary>
    SpokenName = 64,
}
