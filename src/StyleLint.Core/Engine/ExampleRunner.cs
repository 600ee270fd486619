using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>One example of a rule that does not behave as the rule file says.</summary>
public sealed record ExampleFailure(string RuleId, string Source, string Kind, int Index, string Text, string Problem)
{
    public override string ToString() => $"{Source}: {RuleId}: {Kind} example {Index + 1} {Problem}: \"{Text}\"";
}

/// <summary>
/// Runs a rule's own examples (LanguageTool's discipline): each bad example must be flagged by the rule, and
/// fixed to exactly its `fix` text where one is given; no good example may be flagged. Used by the test suite
/// for the built-in packs and by `stylelint rules test` for house rules.
/// </summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleFailure> Run(Checker checker)
    {
        var failures = new List<ExampleFailure>();
        RuleInfo rule = checker.Rule;
        for (int i = 0; i < rule.BadExamples.Count; i++)
        {
            if (CheckBad(checker, i) is { } problem) failures.Add(new ExampleFailure(rule.Id, rule.Source, "bad", i, rule.BadExamples[i].Text, problem));
        }
        for (int i = 0; i < rule.GoodExamples.Count; i++)
        {
            if (CheckGood(checker, i) is { } problem) failures.Add(new ExampleFailure(rule.Id, rule.Source, "good", i, rule.GoodExamples[i], problem));
        }
        return failures;
    }

    /// <summary>Null when the bad example is flagged (and fixed as promised); otherwise what went wrong.</summary>
    public static string? CheckBad(Checker checker, int index)
    {
        RuleExample example = checker.Rule.BadExamples[index];
        IReadOnlyList<Finding> findings = LintWithOnly(checker, example.Text);
        if (findings.Count == 0) return "is not flagged";
        if (example.Fix == null) return null;
        (string fixedText, _) = FixApplier.Apply(example.Text, findings, FixApplier.Policy.FirstSuggestion);
        return fixedText == example.Fix ? null : $"is fixed to \"{fixedText}\", not to the expected \"{example.Fix}\"";
    }

    /// <summary>Null when the good example is left alone; otherwise what the rule said about it.</summary>
    public static string? CheckGood(Checker checker, int index)
    {
        IReadOnlyList<Finding> findings = LintWithOnly(checker, checker.Rule.GoodExamples[index]);
        return findings.Count == 0 ? null : "is flagged (" + string.Join("; ", findings.Select(f => $"column {f.Column}: {f.Message}")) + ")";
    }

    private static IReadOnlyList<Finding> LintWithOnly(Checker checker, string text) =>
        new Linter([checker]).LintText(text, "example.txt").Findings;
}
