using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StyleLint.Generators.Tests;

/// <summary>A rule file that lives only in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;

    public override string ToString() => Path;
}
