using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>How many findings of each severity in how many files: the summary, kept as the files go by.</summary>
public sealed class FindingTally
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Suggestions { get; private set; }

    public int Files { get; private set; }

    public void Add(LintResult result)
    {
        Files++;
        foreach (Finding f in result.Findings)
        {
            if (f.Severity == Severity.Error) Errors++;
            else if (f.Severity == Severity.Warning) Warnings++;
            else if (f.Severity == Severity.Suggestion) Suggestions++;
        }
    }
}
