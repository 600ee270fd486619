using System.Security.Cryptography;

namespace StyleLint.HouseRules;

/// <summary>
/// Compiled house-rule assemblies on disk, keyed by a hash of the rule files and StyleLint's own build. Each entry
/// is written to a temporary file and renamed into place, so two processes compiling at once both end with a
/// whole file; each entry starts with a SHA-256 of its payload, so a torn or corrupt entry is rebuilt, not trusted.
/// </summary>
public sealed class CompiledRuleCache(string folder)
{
    private const int HashLength = 32;

    public string Folder { get; } = folder;

    /// <summary>$STYLELINT_CACHE_DIR, else $XDG_CACHE_HOME/stylelint, else ~/.cache/stylelint.</summary>
    public static string DefaultFolder()
    {
        string? explicitFolder = Environment.GetEnvironmentVariable("STYLELINT_CACHE_DIR");
        if (!string.IsNullOrEmpty(explicitFolder)) return explicitFolder;
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "stylelint");
    }

    public string PathFor(string key) => Path.Combine(Folder, key + ".dll");

    /// <summary>The cached assembly bytes, or null when absent or corrupt (a corrupt entry is deleted).</summary>
    public byte[]? TryRead(string key)
    {
        string path = PathFor(key);
        byte[] entry;
        try
        {
            entry = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (entry.Length > HashLength)
        {
            byte[] payload = entry[HashLength..];
            if (SHA256.HashData(payload).AsSpan().SequenceEqual(entry.AsSpan(0, HashLength))) return payload;
        }
        TryDelete(path);
        return null;
    }

    public void Write(string key, byte[] assembly)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            string temporary = Path.Combine(Folder, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(SHA256.HashData(assembly));
                stream.Write(assembly);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, PathFor(key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next run a compile.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
