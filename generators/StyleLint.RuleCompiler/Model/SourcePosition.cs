namespace StyleLint.RuleCompiler.Model
{
    /// <summary>
    /// A place in a rule file, kept as plain data (never a Roslyn Location) so models stay cacheable.
    /// Line and column are 1-based.
    /// </summary>
    public sealed record SourcePosition(string Path, int Line, int Column)
    {
        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
