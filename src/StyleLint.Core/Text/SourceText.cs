using System.Text;

namespace StyleLint.Text;

/// <summary>A decoded input file: its text, how it was encoded (so a rewrite can keep it), and its lines.</summary>
public sealed class SourceText
{
    private LineMap? lines;

    public SourceText(string path, string text, Encoding encoding, bool hadByteOrderMark)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
        HadByteOrderMark = hadByteOrderMark;
    }

    public string Path { get; }

    public string Text { get; }

    public Encoding Encoding { get; }

    public bool HadByteOrderMark { get; }

    public LineMap Lines => lines ??= new LineMap(Text);

    public static SourceText FromString(string path, string text) => new(path, text, new UTF8Encoding(false), false);
}
