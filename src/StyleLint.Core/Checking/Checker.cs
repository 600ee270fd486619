using StyleLint.Analysis;

namespace StyleLint.Checking;

/// <summary>
/// A compiled rule. The source generator emits one subclass per rule file; each reads the shared analysis and
/// reports spans of the analysed text (never lines or columns: the engine maps those).
/// Checkers are stateless and safe to share between threads.
/// </summary>
public abstract class Checker
{
    public abstract RuleInfo Rule { get; }

    public abstract void Check(AnalyzedDocument document, FindingSink sink);
}
