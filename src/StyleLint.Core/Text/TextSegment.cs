namespace StyleLint.Text;

/// <summary>
/// One piece of a larger text: it starts at the start of line <paramref name="FirstLine"/> (1-based), which is
/// <paramref name="Offset"/> UTF-16 code units into the whole text. Columns inside it are the file's columns.
/// </summary>
public sealed record TextSegment(string Text, int FirstLine, int Offset);
