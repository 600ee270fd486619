using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Core.Tests.Engine;

/// <summary>Results parked on disk come back as they went in, in order, every field and every character.</summary>
[TestClass]
public sealed class ResultSpoolTests
{
    private static Finding At(string file, int offset, string message, params string[] suggestions) =>
        new(file, 3, offset + 1, 4, 2, offset, 5, "News.Test", Severity.Warning, message, suggestions);

    private static string Describe(LintResult r) =>
        r.File + "|" + string.Join(";", r.Findings.Select(f => $"{f}{string.Join(",", f.Suggestions)}")) + "|" +
        string.Join(";", r.VariantUses.Select(u => $"{u.At}{u.Variant}{u.VariantName}{u.Text}{string.Join(",", u.Alternatives)}"));

    [TestMethod]
    public void Results_come_back_in_order_with_every_field()
    {
        LintResult first = new("a.txt", [At("a.txt", 7, "Say \u201Cthe\u201D.", "the"), At("a.txt", 9, "lone \uD800 surrogate")],
            [new VariantUse(At("a.txt", 20, ""), 1, "US", "US", ["U.S.", "US"])]);
        LintResult second = new("b/\u00E9t\u00E9.md", [], []);

        using var spool = new ResultSpool();
        spool.Write(4, first);
        spool.Write(9, second);
        (int Index, LintResult Result)[] back = spool.ReadAll().ToArray();

        CollectionAssert.AreEqual(new[] { 4, 9 }, back.Select(b => b.Index).ToArray());
        Assert.AreEqual(Describe(first), Describe(back[0].Result));
        Assert.AreEqual(Describe(second), Describe(back[1].Result));
        Assert.AreEqual(Severity.Warning, back[0].Result.Findings[1].Severity);
    }
}
