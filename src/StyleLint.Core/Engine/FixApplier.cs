using System.Text;
using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>
/// Applies suggested replacements to a text. Replacements never overlap: where two findings touch the same
/// text, the first (by position) wins and the other is left for a later run, so the text is never corrupted.
/// </summary>
public static class FixApplier
{
    /// <summary>Which findings can be fixed without a person choosing.</summary>
    public enum Policy
    {
        /// <summary>Only findings with exactly one suggestion (what `--fix` applies).</summary>
        SingleSuggestion,

        /// <summary>Any finding with a suggestion, taking the first (what rule examples' `fix` describes).</summary>
        FirstSuggestion,
    }

    public static (string Text, IReadOnlyList<Finding> Applied) Apply(string text, IEnumerable<Finding> findings, Policy policy)
    {
        var chosen = new List<Finding>();
        int lastEnd = -1;
        foreach (Finding f in findings
            .Where(f => policy == Policy.FirstSuggestion ? f.Suggestions.Count > 0 : f.Suggestions.Count == 1)
            .OrderBy(f => f.Offset).ThenBy(f => f.Length))
        {
            if (f.Offset < lastEnd || f.Offset + f.Length > text.Length) continue;
            chosen.Add(f);
            lastEnd = f.Offset + f.Length;
        }

        var builder = new StringBuilder(text.Length);
        int cursor = 0;
        foreach (Finding f in chosen)
        {
            builder.Append(text, cursor, f.Offset - cursor).Append(f.Suggestions[0]);
            cursor = f.Offset + f.Length;
        }
        builder.Append(text, cursor, text.Length - cursor);
        return (builder.ToString(), chosen);
    }
}
