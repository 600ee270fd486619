using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StyleLint.HouseRules;

/// <summary>A rule file handed to the generator as an AdditionalText, as MSBuild does at build time.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;

    public static ImmutableArray<AdditionalText> From(IEnumerable<RuleFile> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
}
