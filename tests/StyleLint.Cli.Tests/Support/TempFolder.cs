using System.Text;

namespace StyleLint.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp folder for one test's articles and configs; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "stylelint-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The full path of <paramref name="relative"/> (forward slashes allowed) inside the folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text (no BOM, newlines exactly as given) and returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, Utf8NoBom.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
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
