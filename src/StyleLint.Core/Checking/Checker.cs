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

    /// <summary>
    /// The token lists this checker matches, so a <see cref="Engine.Linter"/> can make their first test on every
    /// letter run in one pass for all checkers (<see cref="FirstWordPrefilter"/>). None by default.
    /// </summary>
    public virtual IReadOnlyList<PhraseMatcher> TokenLists => [];
}
