namespace StyleLint.Vale;

/// <summary>What Vale's linter needs of a rule: its name, level, scope, report limit, and a run on one block.</summary>
public interface IValeRule
{
    string Id { get; }
    string Extends { get; }
    string Level { get; }
    ValeScope Scope { get; }
    IReadOnlyList<string> ScopeNames { get; }
    int Limit { get; }
    List<ValeAlert> Run(ValeBlock block, ValeFile file);
}
