using System.Text;

namespace StyleLint.Tests;

/// <summary>A fresh folder under the system temp folder for one test's articles, configs, rules and tokens; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "stylelint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The full path of <paramref name="relative"/> (forward slashes allowed) inside the folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text (no BOM, newlines exactly as given) and returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, Utf8NoBom.GetBytes(text));

    /// <summary>
    /// Writes the bytes through a temporary file and a rename, as editors save, and returns the full path: a server
    /// watching the folder never reads half a file.
    /// </summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public string Folder(string relative)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine must not fail the test; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
