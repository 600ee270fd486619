using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Vale;

namespace StyleLint.HouseRules.Vale;

/// <summary>
/// A compiled Vale rule from a valeStyles folder, configured for that folder: the folder's parent is the rule's
/// StylesPath (where a spelling rule's dicpath, ignore lists and dictionaries are looked up), which the compiled
/// checker cannot know (its source is recorded without the folder).
/// </summary>
public sealed class ValeStyleChecker(Checker compiled, ValeRule configured) : Checker, IValeChecker
{
    public override RuleInfo Rule => compiled.Rule;

    public ValeRule ValeRule => configured;

    public override void Check(AnalyzedDocument document, FindingSink sink) => configured.CheckProse(this, document, sink);

    /// <summary>Each Vale checker configured with the StylesPath of the valeStyles folder its style is named after.</summary>
    public static IEnumerable<Checker> Configure(IEnumerable<Checker> checkers, IReadOnlyList<string> styleFolders)
    {
        var stylesPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string folder in styleFolders)
        {
            string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
            stylesPaths.TryAdd(Path.GetFileName(full), Path.GetDirectoryName(full) ?? "");
        }
        foreach (Checker checker in checkers)
        {
            if (checker is IValeChecker vale && stylesPaths.TryGetValue(vale.ValeRule.Id.Split('.')[0], out string? stylesPath))
            {
                yield return new ValeStyleChecker(checker, vale.ValeRule.Configure(null, [], stylesPath));
            }
            else yield return checker;
        }
    }
}
