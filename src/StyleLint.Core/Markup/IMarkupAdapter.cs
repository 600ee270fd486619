using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>Turns one markup format into prose blocks with a map back to the source.</summary>
public interface IMarkupAdapter
{
    ProseDocument Extract(SourceText source);
}
