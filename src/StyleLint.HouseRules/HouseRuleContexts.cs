using System.Runtime.Loader;
using StyleLint.Checking;
using StyleLint.Engine;

namespace StyleLint.HouseRules;

/// <summary>
/// The collectible load contexts that hold a linter's compiled house rules. A collectible context is freed only
/// after <see cref="AssemblyLoadContext.Unload"/> is called and nothing references its types any more, so a
/// long-running host (the server's reloads) must unload the contexts of a linter it has replaced, or each reload
/// keeps another assembly in memory for good. Unloading is cooperative: a request still running with the old
/// checkers finishes normally, and the context is collected after it.
/// </summary>
public static class HouseRuleContexts
{
    /// <summary>The collectible contexts the linter's checkers were loaded into (none for the built-in pack).</summary>
    public static IReadOnlySet<AssemblyLoadContext> Of(Linter linter) => Of(linter.Checkers);

    public static IReadOnlySet<AssemblyLoadContext> Of(IEnumerable<Checker> checkers)
    {
        var contexts = new HashSet<AssemblyLoadContext>(ReferenceEqualityComparer.Instance);
        foreach (Checker checker in checkers)
        {
            if (AssemblyLoadContext.GetLoadContext(checker.GetType().Assembly) is { IsCollectible: true } context) contexts.Add(context);
        }
        return contexts;
    }

    /// <summary>Unloads the contexts the old linter used that the new one does not; returns how many.</summary>
    public static int UnloadReplaced(Linter old, Linter current)
    {
        IReadOnlySet<AssemblyLoadContext> kept = Of(current);
        int unloaded = 0;
        foreach (AssemblyLoadContext context in Of(old))
        {
            if (kept.Contains(context)) continue;
            context.Unload();
            unloaded++;
        }
        return unloaded;
    }
}
