namespace StyleLint.Findings;

/// <summary>The one stable order of findings everywhere: file, position, rule id, message.</summary>
public static class FindingOrder
{
    public static int Compare(Finding a, Finding b)
    {
        int c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = a.Offset.CompareTo(b.Offset);
        if (c == 0) c = a.Length.CompareTo(b.Length);
        if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }
}
