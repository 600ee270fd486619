using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StyleLint.RuleCompiler.Emitting;
using StyleLint.RuleCompiler.Model;
using StyleLint.RuleCompiler.Parsing;

namespace StyleLint.Generators
{
    /// <summary>
    /// Compiles rule files given as AdditionalFiles (*.yml, *.yaml, *.json) into one checker class per rule and a
    /// registry. Each file is parsed into a value-equal model, so an edit to C# code or to another rule file
    /// leaves a rule's step cached. Invalid rules become build errors that name the rule file, line and column.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RuleCheckerGenerator : IIncrementalGenerator
    {
        public const string ParseStep = "ParseRuleFile";
        public const string ValidRulesStep = "ValidRules";
        public const string AllRulesStep = "AllRules";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ParsedRuleFile> parsed = context.AdditionalTextsProvider
                .Where(file => RuleFileParser.IsRuleFile(file.Path))
                .Select((file, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string text = file.GetText(cancellationToken)?.ToString() ?? "";
                    return RuleFileParser.Parse(file.Path, text);
                })
                .WithTrackingName(ParseStep);

            context.RegisterSourceOutput(parsed.SelectMany((file, _) => file.Diagnostics), Report);

            IncrementalValueProvider<EquatableArray<RuleModel>> rules = parsed
                .Where(file => file.IsValid)
                .Select((file, _) => file.Rule!)
                .WithTrackingName(ValidRulesStep)
                .Collect()
                .Select((all, _) => all.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Position.Path, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(AllRulesStep);

            // A project marks its pack as trusted (StyleLintTrustedPatterns, the built-in pack): its patterns run
            // without a match timeout. House rules are compiled without it and keep theirs.
            IncrementalValueProvider<bool> trusted = context.AnalyzerConfigOptionsProvider.Select((options, _) =>
                options.GlobalOptions.TryGetValue(TrustedPatternsProperty, out string? value)
                && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

            context.RegisterSourceOutput(rules.Combine(trusted), (production, pack) => Emit(production, pack.Left, pack.Right));
        }

        /// <summary>The MSBuild property (made visible to the compiler) that marks a project's rule pack as trusted.</summary>
        public const string TrustedPatternsProperty = "build_property.StyleLintTrustedPatterns";

        private static void Emit(SourceProductionContext context, EquatableArray<RuleModel> rules, bool trustedPatterns)
        {
            foreach (RuleDiagnostic duplicate in RuleSetValidator.FindDuplicateIds(rules))
            {
                Report(context, duplicate);
            }

            // One class per distinct id; a duplicate was reported above and is not emitted twice.
            // Hint names are compared ignoring case (file systems may), but ids are not: News.FooBar and
            // News.Foobar are two rules, so the second gets a numbered file name. Rules come sorted: deterministic.
            string registryHint = RuleEmitter.RegistryClassName + ".g.cs";
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { registryHint };
            var emitted = new List<RuleModel>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (RuleModel rule in rules)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(rule.Id)) continue;
                string hintName = RuleEmitter.HintName(rule);
                for (int n = 2; !hintNames.Add(hintName); n++)
                {
                    hintName = rule.ClassName + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
                }
                context.AddSource(hintName, RuleEmitter.EmitChecker(rule, SourceName(rule.Position.Path), trustedPatterns));
                emitted.Add(rule);
            }
            context.AddSource(registryHint, RuleEmitter.EmitRegistry(emitted));
        }

        private static void Report(SourceProductionContext context, RuleDiagnostic diagnostic)
        {
            var position = new LinePosition(diagnostic.Position.Line - 1, diagnostic.Position.Column - 1);
            Location location = Location.Create(diagnostic.Position.Path, new TextSpan(0, 0), new LinePositionSpan(position, position));
            context.ReportDiagnostic(Diagnostic.Create(RuleDiagnosticDescriptors.For(diagnostic.Id), location, diagnostic.Message));
        }

        /// <summary>A machine-independent name for the rule file: from its rules folder down.</summary>
        internal static string SourceName(string path)
        {
            string normalized = path.Replace('\\', '/');
            int rules = normalized.LastIndexOf("/rules/", StringComparison.Ordinal);
            if (rules >= 0) return normalized.Substring(rules + 1);
            // House rules compiled at run time come with the path the user gave; an absolute path shrinks to its name.
            return System.IO.Path.IsPathRooted(normalized) ? normalized.Substring(normalized.LastIndexOf('/') + 1) : normalized;
        }
    }
}
