using StyleLint.Engine;

namespace StyleLint.Output;

/// <summary>One run's output being written: files are added in input order, then the output is ended.</summary>
public interface IFindingWriter
{
    void Add(LintResult result);

    void End();
}
