using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>Spelling rules: not run yet (Vale's Hunspell dictionaries are not read).</summary>
public sealed class ValeSpeller
{
    public static readonly IReadOnlyList<Regex> DefaultFilters = [];

    public static ValeSpeller? Load(ValeRule rule, out string? problem)
    {
        problem = "kind 'spelling' (Hunspell dictionaries are not read yet)";
        return null;
    }

    public bool Spell(string word) => true;

    public static IEnumerable<string> Tokenize(string text) => [];
}
