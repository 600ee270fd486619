namespace StyleLint.Text;

/// <summary>
/// Input that cannot be linted (binary, badly encoded, too large, unreadable). The message is written for the
/// user and names the place; the CLI prints it and exits 2, never a stack trace.
/// </summary>
public sealed class InputException(string path, string message, int line = 0, int column = 0) : Exception(message)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Describe() => Line > 0 ? $"{Path}:{Line}:{Column}: {Message}" : $"{Path}: {Message}";
}
