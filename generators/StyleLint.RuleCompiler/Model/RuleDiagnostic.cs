namespace StyleLint.RuleCompiler.Model
{
    /// <summary>A problem found in a rule file: a stable id (SL0xxx), a message, and where.</summary>
    public sealed record RuleDiagnostic(string Id, string Message, SourcePosition Position)
    {
        public override string ToString() => $"{Position.Path}:{Position.Line}:{Position.Column}: error {Id}: {Message}";
    }
}
