using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.Generators
{
    /// <summary>Roslyn descriptors for every rule-file diagnostic id; all are build errors.</summary>
    internal static class RuleDiagnosticDescriptors
    {
        private const string Category = "StyleLint.Rules";

        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new ConcurrentDictionary<string, DiagnosticDescriptor>();

        public static DiagnosticDescriptor For(string id) => Descriptors.GetOrAdd(id, Create);

        private static DiagnosticDescriptor Create(string id) => new DiagnosticDescriptor(
            id,
            DiagnosticTitles.For(id),
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);
    }
}
