using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>HTML through AngleSharp. (Being written.)</summary>
public sealed class HtmlAdapter : IMarkupAdapter
{
    public ProseDocument Extract(SourceText source) => throw new NotSupportedException("HTML input is not supported yet.");
}
