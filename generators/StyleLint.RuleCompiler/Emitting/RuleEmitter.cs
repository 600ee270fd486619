using System.Collections.Generic;
using System.Linq;
using Scriban;
using Scriban.Runtime;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.RuleCompiler.Emitting
{
    /// <summary>
    /// Turns validated rules into C# source. Decisions (literals, options, which suggestions are aligned) are made
    /// here in C#; the Scriban templates only lay the code out, one template per rule kind plus the shared frame.
    /// </summary>
    public static class RuleEmitter
    {
        public const string GeneratedNamespace = "StyleLint.Generated";
        public const string RegistryClassName = "RuleRegistry";
        public const string ToolName = "StyleLint.Generators";
        public const string ToolVersion = "0.1.0";

        /// <summary>The hint name (file name) of a rule's generated source.</summary>
        public static string HintName(RuleModel rule) => rule.ClassName + ".g.cs";

        /// <summary>The regex match timeout the checkers of house rules give their patterns.</summary>
        public const string GuardedMatchTimeout = "global::StyleLint.Checking.Kinds.PatternKind.MatchTimeout";

        /// <summary>
        /// No timeout, for a pack whose patterns are reviewed and tested against pathological text (the built-in
        /// one): a regex with a timeout reads the clock when each match starts and on every turn of a loop that may
        /// backtrack, which cost the built-in pack 5-8% of its time.
        /// </summary>
        public const string NoMatchTimeout = "global::System.Text.RegularExpressions.Regex.InfiniteMatchTimeout";

        /// <param name="trustedPatterns">The pack's patterns run without a match timeout (<see cref="NoMatchTimeout"/>).</param>
        public static string EmitChecker(RuleModel rule, string sourceName, bool trustedPatterns = false)
        {
            ScriptObject model = CommonModel(rule, sourceName);
            model["match_timeout"] = trustedPatterns ? NoMatchTimeout : GuardedMatchTimeout;
            string template = DetectorKinds.Find(rule.Kind) != null ? "Kind.detector" : "Kind." + rule.Kind;
            if (rule.Kind == "vale") model["scope"] = ScopeName("text");
            model["body"] = Render(template, KindModel(rule, model)).TrimEnd();
            return Normalize(Render("Rule", model));
        }

        public static string EmitRegistry(IEnumerable<RuleModel> rules)
        {
            var model = new ScriptObject
            {
                ["namespace"] = GeneratedNamespace,
                ["registry"] = RegistryClassName,
                ["tool"] = ToolName,
                ["version"] = ToolVersion,
                ["classes"] = rules.Select(r => r.ClassName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray(),
            };
            return Normalize(Render("Registry", model));
        }

        private static ScriptObject CommonModel(RuleModel rule, string sourceName)
        {
            return new ScriptObject
            {
                ["namespace"] = GeneratedNamespace,
                ["tool"] = ToolName,
                ["version"] = ToolVersion,
                ["class_name"] = rule.ClassName,
                ["interfaces"] = rule.Kind == "vale" ? ", global::StyleLint.Vale.IValeChecker" : "",
                ["id"] = rule.Id,
                ["kind"] = rule.Kind,
                ["source_name"] = CSharpLiteral.Comment(sourceName),
                ["summary"] = System.Security.SecurityElement.Escape(CSharpLiteral.Comment(rule.Description.Length > 0 ? rule.Description : rule.Message)) ?? "",
                ["id_literal"] = CSharpLiteral.String(rule.Id),
                ["kind_literal"] = CSharpLiteral.String(rule.Kind),
                ["severity"] = SeverityName(rule.Severity),
                ["scope"] = ScopeName(rule.Scope),
                ["message_literal"] = CSharpLiteral.String(rule.Message),
                ["description_literal"] = CSharpLiteral.String(rule.Description),
                ["link_literal"] = CSharpLiteral.String(rule.Link),
                ["source_literal"] = CSharpLiteral.String(sourceName),
                ["ignore_case"] = CSharpLiteral.Bool(rule.IgnoreCase),
                ["bad_examples"] = rule.BadExamples.Select(e => $"new global::StyleLint.Checking.RuleExample({CSharpLiteral.String(e.Text)}, {CSharpLiteral.String(e.Fix)})").ToArray(),
                ["good_examples"] = rule.GoodExamples.Select(CSharpLiteral.String).ToArray(),
            };
        }

        private static ScriptObject KindModel(RuleModel rule, ScriptObject common)
        {
            var model = new ScriptObject();
            model.Import(common);
            model["case_comment"] = rule.IgnoreCase ? "ignoring case" : "case-sensitive";
            model["scope_comment"] = rule.Scope == "text" ? "anywhere in the text" : "only where the scope is " + rule.Scope;
            switch (rule.Kind)
            {
                case "existence":
                    model["tokens"] = rule.Tokens.Select(CSharpLiteral.String).ToArray();
                    break;
                case "substitution":
                    model["swaps"] = rule.Swaps.Select(s => new ScriptObject
                    {
                        ["wrong"] = CSharpLiteral.String(s.Wrong),
                        ["right"] = CSharpLiteral.StringArray(s.Right),
                        ["comment"] = CSharpLiteral.Comment(s.Wrong + " -> " + string.Join(" | ", s.Right)),
                    }).ToArray();
                    break;
                case "pattern":
                    model["pattern_literal"] = CSharpLiteral.String(rule.Pattern);
                    model["pattern_comment"] = CSharpLiteral.Comment(rule.Pattern);
                    model["regex_options"] = RegexOptions(rule.IgnoreCase);
                    model["suggest_literal"] = rule.Suggest.Length > 0 ? CSharpLiteral.String(rule.Suggest) : "null";
                    PatternLeadAnalysis? lead = PatternLeadAnalysis.Of(rule.Pattern, rule.IgnoreCase);
                    model["has_lead"] = lead != null;
                    model["lead_leading"] = CSharpLiteral.String(lead?.Leading ?? "");
                    model["lead_anchors"] = CSharpLiteral.String(lead?.Anchors ?? "");
                    model["lead_digits"] = CSharpLiteral.Bool(lead?.AnchorDigits ?? false);
                    model["lead_min"] = (lead?.MinLeading ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    model["lead_comment"] = lead == null ? "" : LeadComment(lead);
                    break;
                case "consistency":
                    model["variants"] = rule.Variants.Select(v => new ScriptObject
                    {
                        ["name"] = CSharpLiteral.String(v.Name),
                        ["is_pattern"] = v.Pattern.Length > 0,
                        ["pattern_literal"] = CSharpLiteral.String(v.Pattern),
                        ["requires_digit"] = CSharpLiteral.Bool(v.Pattern.Length > 0 && PatternLeadAnalysis.RequiresDigit(v.Pattern, rule.IgnoreCase)),
                        ["tokens"] = CSharpLiteral.StringArray(v.Tokens),
                        ["comment"] = CSharpLiteral.Comment(v.Name + ": " + (v.Pattern.Length > 0 ? v.Pattern : string.Join(", ", v.Tokens))),
                    }).ToArray();
                    model["regex_options"] = RegexOptions(rule.IgnoreCase);
                    model["aligned"] = CSharpLiteral.Bool(VariantsAreAligned(rule.Variants));
                    break;
                default:
                    DetectorKind? detector = DetectorKinds.Find(rule.Kind);
                    if (detector != null)
                    {
                        model["detector_class"] = "global::" + detector.ClassName;
                        model["options"] = rule.Options.Select(o => new ScriptObject
                        {
                            ["name"] = CSharpLiteral.String(o.Name),
                            ["values"] = CSharpLiteral.StringArray(o.Values),
                        }).ToArray();
                    }
                    break;
                case "vale":
                    model["options"] = rule.Options.Select(o => new ScriptObject
                    {
                        ["name"] = CSharpLiteral.String(o.Name),
                        ["values"] = CSharpLiteral.StringArray(o.Values),
                    }).ToArray();
                    break;
                case "repetition":
                case "capitalization":
                    model["exceptions"] = CSharpLiteral.StringArray(rule.Exceptions);
                    model["case_style"] = CaseStyleName(rule.Match);
                    break;
            }
            return model;
        }

        /// <summary>The lead in words, for the generated comment: characters named by code point where they are spacing.</summary>
        private static string LeadComment(PatternLeadAnalysis lead)
        {
            string Names(string chars) => string.Join(" ", chars.Select(c => c == ' ' ? "space" : char.IsWhiteSpace(c) || c < 0x20 ? "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
            string anchors = Names(lead.Anchors) + (lead.AnchorDigits ? (lead.Anchors.Length > 0 ? " " : "") + "\\d" : "");
            return CSharpLiteral.Comment($"{lead.MinLeading} or more of [{Names(lead.Leading)}] then one of [{anchors}]");
        }

        /// <summary>Suggestions can pair variants token by token only when every variant is a token list of one length.</summary>
        private static bool VariantsAreAligned(EquatableArray<Variant> variants) =>
            variants.All(v => v.Pattern.Length == 0) && variants.Select(v => v.Tokens.Count).Distinct().Count() == 1;

        private static string RegexOptions(bool ignoreCase) =>
            "global::System.Text.RegularExpressions.RegexOptions.CultureInvariant" +
            (ignoreCase ? " | global::System.Text.RegularExpressions.RegexOptions.IgnoreCase" : "");

        private static string SeverityName(string severity) => "global::StyleLint.Findings.Severity." + Pascal(severity);

        private static string ScopeName(string scope) => "global::StyleLint.Checking.RuleScope." + Pascal(scope);

        private static string CaseStyleName(string match) =>
            "global::StyleLint.Checking.Kinds.CaseStyle." + (match.Length == 0 ? "Sentence" : Pascal(match));

        private static string Pascal(string name) =>
            string.Concat(name.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));

        private static string Render(string templateName, ScriptObject model)
        {
            Template template = TemplateLibrary.Get(templateName);
            var context = new TemplateContext { StrictVariables = true, MemberRenamer = member => member.Name };
            context.PushGlobal(model);
            return template.Render(context);
        }

        /// <summary>LF line ends and no trailing blanks, so output is byte-identical on every machine.</summary>
        private static string Normalize(string source)
        {
            IEnumerable<string> lines = source.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
            return string.Join("\n", lines).Trim('\n') + "\n";
        }
    }
}
