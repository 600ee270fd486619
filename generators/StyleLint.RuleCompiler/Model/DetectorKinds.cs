using System;
using System.Linq;

namespace StyleLint.RuleCompiler.Model
{
    /// <summary>
    /// A rule kind backed by a hand-written detector in StyleLint.Core (run-together words, names, quotations):
    /// the rule file configures it through <c>options</c>, and the generated checker constructs it once.
    /// </summary>
    public sealed class DetectorKind
    {
        public DetectorKind(string name, string className, params string[] optionNames)
        {
            Name = name;
            ClassName = className;
            OptionNames = optionNames;
        }

        /// <summary>The kind as rule files write it, e.g. <c>runtogether</c>.</summary>
        public string Name { get; }

        /// <summary>The detector's full type name in StyleLint.Core; it takes a DetectorOptions.</summary>
        public string ClassName { get; }

        /// <summary>The options a rule of this kind may set.</summary>
        public string[] OptionNames { get; }
    }

    /// <summary>The closed list of detector kinds. Add a line here when a detector lands in StyleLint.Core.</summary>
    public static class DetectorKinds
    {
        public static readonly DetectorKind[] All =
        {
            new DetectorKind("names", "StyleLint.Checking.Detectors.Names.NameDetector", "names", "inDocument", "knownNames", "minLength"),
            new DetectorKind("runtogether", "StyleLint.Checking.Detectors.RunTogether.RunTogetherDetector", "allow"),
            new DetectorKind("unattributedquote", "StyleLint.Checking.Detectors.Quotes.UnattributedQuoteDetector", "style", "verbs"),
            new DetectorKind("quotepairs", "StyleLint.Checking.Detectors.Quotes.QuotePairsDetector"),
        };

        public static DetectorKind? Find(string kind) => All.FirstOrDefault(d => string.Equals(d.Name, kind, StringComparison.Ordinal));
    }
}
