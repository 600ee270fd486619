using System.Text;

namespace StyleLint.Server.Tests.Support;

/// <summary>A fresh folder under the system temp folder for one test's configs, rules and tokens; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "stylelint-server-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text (no BOM) through a temporary file and a rename, as editors save, and returns the full path.</summary>
    public string Write(string relative, string text)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, Utf8NoBom.GetBytes(text));
        File.Move(temporary, path, overwrite: true);
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
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
