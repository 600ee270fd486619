using System.Runtime.CompilerServices;
using StyleLint.Engine;
using StyleLint.Tests;

namespace StyleLint.HouseRules.Tests;

/// <summary>
/// A replaced set of house rules must leave memory: its collectible load context is collected once
/// <see cref="HouseRuleContexts.UnloadReplaced"/> has run and nothing uses its checkers any more.
/// </summary>
[TestClass]
public sealed class HouseRuleUnloadingTests
{
    private const string Rule = """
        id: House.Programme
        message: "House style is '{suggestion}', not '{match}'."
        severity: warning
        kind: substitution
        swap:
          tv program: TV programme
        examples:
          bad:
            - text: "The tv program starts."
              fix: "The TV programme starts."
          good:
            - "The TV programme starts."
        """;

    private TempFolder temp = null!;

    /// <summary>The compiled-rule cache's folder: not made yet, so the cache creates it as it would on a first run.</summary>
    private string cacheFolder = "";

    [TestInitialize]
    public void CreateCache()
    {
        temp = new TempFolder();
        cacheFolder = temp.PathOf("cache");
    }

    [TestCleanup]
    public void DeleteCache() => temp.Dispose();

    [TestMethod]
    public void A_replaced_linter_s_assembly_is_collected_after_unloading()
    {
        WeakReference assembly = CompileUseAndReplace(out int unloaded, holder: null);

        Assert.AreEqual(1, unloaded);
        Assert.IsTrue(CollectedWithin(assembly, attempts: 20), "the replaced house rules' assembly is still loaded");
    }

    [TestMethod]
    public void A_replaced_linter_still_in_use_keeps_working_and_stays_loaded()
    {
        // A request that started before the reload holds the old linter: unloading must not pull its code away.
        var holder = new List<Linter>();
        WeakReference assembly = CompileUseAndReplace(out _, holder);
        Linter old = holder.Single();

        Assert.IsFalse(CollectedWithin(assembly, attempts: 5), "an assembly still in use was collected");
        Assert.HasCount(1, old.LintText("A tv program.", "story.txt").Findings);
        GC.KeepAlive(old);
    }

    [TestMethod]
    public void A_context_the_new_linter_still_uses_is_not_unloaded()
    {
        // A config-only reload keeps the compiled house rules: same checkers, so nothing is unloaded.
        HouseRuleSet set = new HouseRuleCompiler(new CompiledRuleCache(cacheFolder)).Compile([new RuleFile("house/Programme.yml", Rule)]);
        var old = new Linter(set.Checkers);
        var current = new Linter([.. set.Checkers]);

        Assert.AreEqual(0, HouseRuleContexts.UnloadReplaced(old, current));
        Assert.HasCount(1, current.LintText("The tv program starts.", "story.txt").Findings);
        Assert.IsEmpty(HouseRuleContexts.Of(new Linter([])));
    }

    /// <summary>Compiles a house rule, lints with it, replaces the linter (unloading it), and returns a weak reference to its assembly;
    /// the old linter is kept only in <paramref name="holder"/>, as a request in flight would keep it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference CompileUseAndReplace(out int unloaded, List<Linter>? holder)
    {
        var compiler = new HouseRuleCompiler(new CompiledRuleCache(cacheFolder));
        HouseRuleSet set = compiler.Compile([new RuleFile("house/Programme.yml", Rule)]);
        Assert.IsTrue(set.Succeeded, string.Join("\n", set.Diagnostics));
        var old = new Linter(set.Checkers);
        holder?.Add(old);
        Assert.HasCount(1, old.LintText("The tv program starts.", "story.txt").Findings);
        Assert.HasCount(1, HouseRuleContexts.Of(old));
        var current = new Linter([]);
        unloaded = HouseRuleContexts.UnloadReplaced(old, current);
        // The assembly, not the context object: it lives as long as the code is loaded.
        return new WeakReference(set.Checkers[0].GetType().Assembly);
    }

    private static bool CollectedWithin(WeakReference target, int attempts)
    {
        for (int i = 0; i < attempts && target.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return !target.IsAlive;
    }
}
