namespace StyleLint.Checking.Detectors;

/// <summary>
/// A record of a hash table built by tools/datatables (lexicon.bin, names.bin): where its key's UTF-8 bytes are in the
/// table's text. Compiled into the build tool too, with the record types that implement it.
/// </summary>
internal interface IHashTableRecord
{
    int KeyOffset { get; }

    int KeyLength { get; }
}
