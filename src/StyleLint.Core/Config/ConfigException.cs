namespace StyleLint.Config;

/// <summary>A configuration that cannot be used; nothing is linted half-configured. The CLI exits 2.</summary>
public sealed class ConfigException(string path, int line, int column, string message) : Exception(message)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Describe() => Line > 0 ? $"{Path}:{Line}:{Column}: {Message}" : $"{Path}: {Message}";
}
