namespace StyleLint.Checking.Detectors.Names;

/// <summary>One of the names data's word sets, answered by the names table without allocating.</summary>
public sealed class NameWordSet
{
    private readonly NameTable table;
    private readonly NameFlags flag;
    private readonly bool ignoreCase;

    internal NameWordSet(NameTable table, NameFlags flag, bool ignoreCase)
    {
        this.table = table;
        this.flag = flag;
        this.ignoreCase = ignoreCase;
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    public bool Contains(ReadOnlySpan<char> word) => table.Has(word, flag, ignoreCase);
}
