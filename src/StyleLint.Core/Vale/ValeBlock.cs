namespace StyleLint.Vale;

/// <summary>
/// A unit Vale lints: its text, the scope it is in (text.heading.h2.md, sentence.md, raw.md, …), the state of the
/// file's located copy when the block was made (<see cref="Context"/>, where its matches are searched), and its
/// 0-based line when the walker knows it (-1 otherwise).
/// </summary>
public sealed record ValeBlock(string Context, string Text, string Scope, string Parent, int Line)
{
    public static ValeBlock Lined(string context, string text, string scope, int line) =>
        new(context.Length == 0 ? text : context, text, scope, scope, line);

    public static ValeBlock Plain(string context, string text, string scope) => Lined(context, text, scope, -1);
}

/// <summary>A finding as Vale builds it: a span in the block's text, then a line and a 1-based rune column in the file.</summary>
public sealed class ValeAlert
{
    public int[] Span { get; set; } = [0, 0];
    public List<string> Offset { get; } = [];
    public string Check { get; set; } = "";
    public string Message { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Match { get; set; } = "";
    public int Line { get; set; }
    public int Limit { get; set; }
    public bool Hide { get; set; }
}
