using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Text;

namespace StyleLint.Rules.Tests;

/// <summary>Lints files from ../shared with the built-in pack, the way `stylelint check` does.</summary>
internal static class SharedText
{
    private static readonly Linter Linter = new(BuiltInRules.Checkers);

    public static IReadOnlyList<LintResult> LintFolder(string folder, bool consistencyAcrossFiles, string searchPattern = "*.txt")
    {
        string[] files = Directory.GetFiles(folder, searchPattern).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var results = new LintResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = Linter.Lint(SourceDecoder.ReadFile(files[i]), files[i], LintConfig.Default));
        return consistencyAcrossFiles ? RunConsistency.Apply(results, Linter.Rules) : results;
    }

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
