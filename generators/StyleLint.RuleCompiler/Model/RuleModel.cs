using System.Linq;

namespace StyleLint.RuleCompiler.Model
{
    /// <summary>
    /// One validated rule, as plain value-equal data. This is the contract between parsing and emitting:
    /// the parser only produces it, the emitter only reads it. Kind-specific fields are empty when unused.
    /// </summary>
    public sealed record RuleModel(
        string Id,
        string Message,
        string Description,
        string Severity,
        string Kind,
        string Scope,
        bool IgnoreCase,
        string Link,
        EquatableArray<string> Tokens,
        EquatableArray<Swap> Swaps,
        string Pattern,
        string Suggest,
        EquatableArray<Variant> Variants,
        EquatableArray<string> Exceptions,
        string Match,
        EquatableArray<BadExample> BadExamples,
        EquatableArray<string> GoodExamples,
        EquatableArray<DetectorOption> Options,
        SourcePosition Position)
    {
        /// <summary>The C#-safe name of the generated checker class, e.g. <c>News_DoubledWord</c>.</summary>
        public string ClassName => SafeClassName(Id);

        /// <summary>
        /// Id with '.' as '_'; any other character a C# name cannot hold (Vale ids such as write-good.E-Prime) is
        /// replaced too, and then a short stable hash of the id keeps two such ids apart.
        /// </summary>
        private static string SafeClassName(string id)
        {
            var builder = new System.Text.StringBuilder(id.Length);
            bool replaced = false;
            foreach (char c in id)
            {
                bool ok = c == '_' || (c < 128 && char.IsLetterOrDigit(c));
                if (c == '.') builder.Append('_');
                else if (ok) builder.Append(c);
                else { builder.Append('_'); replaced = true; }
            }
            if (builder.Length == 0 || char.IsDigit(builder[0])) { builder.Insert(0, '_'); replaced = true; }
            if (!replaced) return builder.ToString();
            uint hash = 2166136261;
            foreach (char c in id) hash = (hash ^ c) * 16777619;
            return builder.Append("_").Append(hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).ToString();
        }
    }

    /// <summary>substitution: a wrong word or phrase and its replacements.</summary>
    public sealed record Swap(string Wrong, EquatableArray<string> Right);

    /// <summary>consistency: one named way of writing something, as literal tokens or a pattern.</summary>
    public sealed record Variant(string Name, EquatableArray<string> Tokens, string Pattern);

    /// <summary>A detector kind's setting: a name and one or more values, as written in the rule file.</summary>
    public sealed record DetectorOption(string Name, EquatableArray<string> Values);

    /// <summary>An example the rule must flag; <see cref="Fix"/>, when set, is the text after applying its suggestions.</summary>
    public sealed record BadExample(string Text, string? Fix);

    /// <summary>The closed sets of names the rule language accepts.</summary>
    public static class RuleVocabulary
    {
        public static readonly string[] BaseKinds = { "existence", "substitution", "pattern", "consistency", "repetition", "capitalization" };

        /// <summary>Every kind: the base kinds and the detector kinds.</summary>
        public static string[] Kinds => BaseKinds.Concat(DetectorKinds.All.Select(d => d.Name)).ToArray();
        public static readonly string[] Severities = { "error", "warning", "suggestion" };
        public static readonly string[] Scopes = { "text", "paragraph", "sentence", "heading", "quote", "non-quote" };
        public static readonly string[] CaseStyles = { "sentence", "title", "lower", "upper", "first-upper" };
        public static readonly string[] CommonFields = { "id", "message", "description", "severity", "kind", "scope", "ignorecase", "link", "examples" };
        public static readonly string[] Placeholders = { "match", "suggestion", "expected" };

        /// <summary>The fields each kind requires and allows, beyond the common ones.</summary>
        public static string[] RequiredFields(string kind)
        {
            switch (kind)
            {
                case "existence": return new[] { "tokens" };
                case "substitution": return new[] { "swap" };
                case "pattern": return new[] { "pattern" };
                case "consistency": return new[] { "either" };
                case "capitalization": return new[] { "match" };
                default: return new string[0];
            }
        }

        public static string[] OptionalFields(string kind)
        {
            switch (kind)
            {
                case "pattern": return new[] { "suggest" };
                case "repetition": return new[] { "exceptions" };
                case "capitalization": return new[] { "exceptions" };
                default: return DetectorKinds.Find(kind) != null ? new[] { "options" } : new string[0];
            }
        }
    }
}
