namespace StyleLint.Vale;

/// <summary>
/// A rule's scope: any of its entries may match; an entry is selectors joined by '&amp;', each a dotted name that
/// must be among the block's scope parts (`heading.h2` in `text.heading.h2.md`), or, after '~', must not be.
/// </summary>
public sealed class ValeScope
{
    private readonly List<List<(string[] Parts, bool Negated)>> entries = [];

    public ValeScope(IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            var selectors = new List<(string[], bool)>();
            foreach (string part in value.Split('&'))
            {
                string p = part.Trim();
                bool negated = p.StartsWith('~');
                if (negated) p = p[1..];
                selectors.Add((p.Split('.').Select(s => s.Trim()).ToArray(), negated));
            }
            entries.Add(selectors);
        }
    }

    public bool Matches(ValeBlock block)
    {
        string[] target = block.Scope.Split('.');
        string[] parent = block.Parent.Split('.');
        foreach (var entry in entries)
        {
            if (EntryMatches(target, parent, entry)) return true;
        }
        return false;
    }

    private static bool EntryMatches(string[] target, string[] parent, List<(string[] Parts, bool Negated)> entry)
    {
        foreach ((string[] parts, bool negated) in entry)
        {
            bool tm = parts.All(target.Contains);
            bool pm = parts.All(parent.Contains);
            if (negated && !pm)
            {
                // A negation cannot apply to the sized scopes.
                if (target.Contains("raw") || target.Contains("summary")) return false;
            }
            else if ((!negated && !tm) || (negated && pm)) return false;
        }
        return true;
    }
}
