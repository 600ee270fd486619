using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>repetition: a word written twice in a row ("the the"), separated only by spaces.</summary>
public static class RepetitionKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, WordSet exceptions)
    {
        RuleInfo rule = checker.Rule;
        string text = document.Text;
        Word[] words = document.Words;
        TextSpan[] units = document.Units(rule.Scope);
        int u = 0;
        for (int i = 1; i < words.Length; i++)
        {
            Word first = words[i - 1], second = words[i];
            if (second.Length != first.Length || !char.IsLetter(text[first.Start])) continue;
            ReadOnlySpan<char> a = text.AsSpan(first.Start, first.Length);
            if (!a.Equals(text.AsSpan(second.Start, second.Length), StringComparison.OrdinalIgnoreCase)) continue;
            if (!text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace() || text.AsSpan(first.End, second.Start - first.End).Contains('\n')) continue;
            if (exceptions.Contains(a)) continue;
            while (u < units.Length && units[u].End < second.End) u++;
            if (u >= units.Length) break;
            if (!units[u].Contains(first.Start, second.End)) continue;
            sink.Report(rule, first.Start, second.End - first.Start, [a.ToString()]);
        }
    }
}
