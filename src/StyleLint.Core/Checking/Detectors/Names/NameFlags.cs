namespace StyleLint.Checking.Detectors.Names;

/// <summary>Which of the names data's word sets a key of the names table belongs to.</summary>
[Flags]
internal enum NameFlags : byte
{
    None = 0,
    /// <summary>A lower-case English word (the SCOWL large lists), keyed as written.</summary>
    EnglishWord = 1,
    /// <summary>A given name, keyed as written.</summary>
    FirstName = 2,
    /// <summary>A one-word organisation, country, capital or state that is no listed person's name, keyed as written.</summary>
    NonPerson = 4,
    /// <summary>A word of a listed person or organisation, keyed as written.</summary>
    ListedWord = 8,
    /// <summary>A word of any known name, keyed in upper case: the set is looked up ignoring case.</summary>
    KnownUpper = 16,
}
