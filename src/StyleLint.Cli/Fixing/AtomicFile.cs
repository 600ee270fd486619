using System.Text;

namespace StyleLint.Cli.Fixing;

/// <summary>
/// Rewrites a file so that a reader (or a crash) never sees half of it: the new text goes to a temporary file in
/// the same folder, which then replaces the original by rename. The encoding and byte-order mark are kept, and
/// on Unix so are the file's permissions.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, string text, Encoding encoding, bool byteOrderMark)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.stylelint-tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                if (byteOrderMark) stream.Write(encoding.GetPreamble());
                byte[] bytes = encoding.GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
