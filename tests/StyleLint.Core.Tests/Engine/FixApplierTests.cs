using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Core.Tests.Engine;

/// <summary>Applying suggestions: never overlapping, never corrupting, and only what the policy allows.</summary>
[TestClass]
public sealed class FixApplierTests
{
    private static Finding At(int offset, int length, params string[] suggestions) =>
        new("s.txt", 1, offset + 1, 1, offset + length + 1, offset, length, "Test.Rule", Severity.Warning, "m", suggestions);

    [TestMethod]
    public void Replaces_each_finding_with_its_suggestion()
    {
        (string text, IReadOnlyList<Finding> applied) = FixApplier.Apply("the the cat sat  down", [At(0, 7, "the"), At(15, 2, " ")], FixApplier.Policy.SingleSuggestion);

        Assert.AreEqual("the cat sat down", text);
        Assert.HasCount(2, applied);
    }

    [TestMethod]
    public void Overlapping_fixes_keep_the_first_and_leave_the_other_for_a_later_run()
    {
        // "abcdef": one fix covers "bcd", another "cde"; applying both would corrupt the text.
        Finding first = At(1, 3, "X"), second = At(2, 3, "Y");

        (string text, IReadOnlyList<Finding> applied) = FixApplier.Apply("abcdef", [second, first], FixApplier.Policy.SingleSuggestion);

        Assert.AreEqual("aXef", text);
        CollectionAssert.AreEqual(new[] { first }, applied.ToArray());
    }

    [TestMethod]
    public void Single_suggestion_policy_skips_findings_with_a_choice_or_none()
    {
        Finding choice = At(0, 3, "one", "two"), none = At(4, 3), single = At(8, 3, "X");

        (string text, _) = FixApplier.Apply("aaa bbb ccc", [choice, none, single], FixApplier.Policy.SingleSuggestion);
        (string first, _) = FixApplier.Apply("aaa bbb ccc", [choice, none, single], FixApplier.Policy.FirstSuggestion);

        Assert.AreEqual("aaa bbb X", text);
        Assert.AreEqual("one bbb X", first);
    }

    [TestMethod]
    public void Random_fixes_never_lose_text_outside_the_fixed_spans()
    {
        var random = new Random(7);
        for (int round = 0; round < 500; round++)
        {
            string original = new(Enumerable.Range(0, 40).Select(_ => (char)('a' + random.Next(26))).ToArray());
            Finding[] findings = Enumerable.Range(0, random.Next(1, 8)).Select(_ =>
            {
                int start = random.Next(0, 38);
                return At(start, random.Next(1, 41 - start), "#");
            }).ToArray();

            (string text, IReadOnlyList<Finding> applied) = FixApplier.Apply(original, findings, FixApplier.Policy.SingleSuggestion);

            // Rebuild the expected text from the applied findings alone: they must not overlap, and everything
            // between them is the original text unchanged.
            Finding[] ordered = applied.OrderBy(f => f.Offset).ToArray();
            for (int i = 1; i < ordered.Length; i++) Assert.IsGreaterThanOrEqualTo(ordered[i - 1].Offset + ordered[i - 1].Length, ordered[i].Offset);
            string expected = original;
            foreach (Finding f in ordered.Reverse()) expected = expected[..f.Offset] + "#" + expected[(f.Offset + f.Length)..];
            Assert.AreEqual(expected, text);
        }
    }
}
