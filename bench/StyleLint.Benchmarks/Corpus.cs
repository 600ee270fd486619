using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>The articles of ../shared/corpus (or STYLELINT_CORPUS), decoded once.</summary>
public static class Corpus
{
    public static string Folder()
    {
        string? explicitFolder = Environment.GetEnvironmentVariable("STYLELINT_CORPUS");
        if (explicitFolder != null) return explicitFolder;
        string? folder = AppContext.BaseDirectory;
        while (folder != null && !File.Exists(Path.Combine(folder, "StyleLint.sln"))) folder = Path.GetDirectoryName(folder);
        return Path.GetFullPath(Path.Combine(folder ?? ".", "..", "shared", "corpus"));
    }

    public static SourceText[] Load()
    {
        string folder = Folder();
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No corpus at {folder}: put ../shared beside the repository or set STYLELINT_CORPUS.");
        }
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(SourceDecoder.ReadFile).ToArray();
    }

    /// <summary>One pass of a linter over the corpus with the default settings, findings dropped.</summary>
    public static void LintAll(Linter linter, SourceText[] corpus)
    {
        foreach (SourceText text in corpus) linter.Lint(text, text.Path, LintConfig.Default);
    }

    /// <summary>Size in MB of UTF-8 text, as files on disk count it.</summary>
    public static double Megabytes(IEnumerable<SourceText> texts) =>
        texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.Text)) / 1_000_000.0;
}
