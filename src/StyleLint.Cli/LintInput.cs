namespace StyleLint.Cli;

/// <summary>One thing to lint: a file on disk, or standard input (Path is "-").</summary>
public sealed record LintInput(string Path, string DisplayPath)
{
    public bool IsStdin => Path == "-";
}
