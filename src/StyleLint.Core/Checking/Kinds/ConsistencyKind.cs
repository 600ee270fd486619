using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>
/// consistency: a document should settle on one variant (U.S. or US; -ise or -ize). The variant used most wins,
/// the first used on a tie, and every use of another variant is flagged. With aligned token lists, the
/// winning variant's token at the same position is suggested.
/// </summary>
public static class ConsistencyKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, ConsistencyVariant[] variants, bool aligned)
    {
        RuleInfo rule = checker.Rule;
        var uses = new List<PhraseMatch>[variants.Length];
        for (int v = 0; v < variants.Length; v++)
        {
            uses[v] = new List<PhraseMatch>();
            variants[v].FindAll(document, document.Units(rule.Scope), uses[v]);
            uses[v].RemoveAll(m => document.IsMasked(m.Start, m.End));
        }

        int winner = -1;
        for (int v = 0; v < variants.Length; v++)
        {
            if (uses[v].Count == 0) continue;
            if (winner < 0 || uses[v].Count > uses[winner].Count ||
                (uses[v].Count == uses[winner].Count && uses[v][0].Start < uses[winner][0].Start))
            {
                winner = v;
            }
        }
        if (winner < 0) return;

        for (int v = 0; v < variants.Length; v++)
        {
            foreach (PhraseMatch use in uses[v])
            {
                string[] alternatives = aligned && use.Phrase >= 0
                    ? variants.Select(other => SubstitutionKind.MatchCase(document.Text.AsSpan(use.Start, use.Length), other.Tokens!.Phrase(use.Phrase))).ToArray()
                    : [];
                sink.RecordVariantUse(new RawVariantUse(rule, v, variants[v].Name, use.Start, use.Length, alternatives));
            }
        }

        for (int v = 0; v < variants.Length; v++)
        {
            if (v == winner) continue;
            foreach (PhraseMatch use in uses[v])
            {
                string[] suggestions = aligned && use.Phrase >= 0
                    ? [SubstitutionKind.MatchCase(document.Text.AsSpan(use.Start, use.Length), variants[winner].Tokens!.Phrase(use.Phrase))]
                    : [];
                sink.Report(rule, use.Start, use.Length, suggestions, variants[winner].Name);
            }
        }
    }
}
