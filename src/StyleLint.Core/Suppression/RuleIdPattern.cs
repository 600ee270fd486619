namespace StyleLint.Suppression;

/// <summary>Rule ids and id globs (<c>News.*</c>, <c>*</c>) as config and directives write them.</summary>
public static class RuleIdPattern
{
    public static bool IsGlob(string pattern) => pattern.Contains('*');

    /// <summary>An empty pattern or <c>*</c> matches every rule; <c>Style</c> alone matches the whole style.</summary>
    public static bool Matches(string pattern, string ruleId)
    {
        if (pattern.Length == 0 || pattern == "*") return true;
        if (!pattern.Contains('.') && !IsGlob(pattern))
        {
            return ruleId.StartsWith(pattern + ".", StringComparison.Ordinal);
        }
        if (!IsGlob(pattern)) return string.Equals(pattern, ruleId, StringComparison.Ordinal);
        return GlobMatch(pattern.AsSpan(), ruleId.AsSpan());
    }

    private static bool GlobMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int star = pattern.IndexOf('*');
        if (star < 0) return pattern.SequenceEqual(text);
        if (!text.StartsWith(pattern[..star])) return false;
        ReadOnlySpan<char> rest = pattern[(star + 1)..];
        for (int i = star; i <= text.Length; i++)
        {
            if (GlobMatch(rest, text[i..])) return true;
        }
        return false;
    }
}
