using System.Runtime.InteropServices;
using System.Text;
using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>
/// Results parked on disk until the run's end, in the order written: run-wide consistency cannot write a file's
/// findings before every file is counted, and keeping them all in memory made a long run grow without bound.
/// The temporary file is deleted when the spool is disposed (and by the system if the process dies).
/// </summary>
public sealed class ResultSpool : IDisposable
{
    private readonly FileStream stream;
    private readonly BinaryWriter writer;

    public ResultSpool()
    {
        string path = Path.Combine(Path.GetTempPath(), $"stylelint-spool-{Guid.NewGuid():N}.bin");
        stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
    }

    public int Count { get; private set; }

    /// <summary>Parks one result with a number of the caller's (its input's index).</summary>
    public void Write(int index, LintResult result)
    {
        writer.Write(index);
        WriteString(result.File);
        writer.Write(result.Findings.Count);
        foreach (Finding f in result.Findings) WriteFinding(f);
        writer.Write(result.VariantUses.Count);
        foreach (VariantUse u in result.VariantUses)
        {
            WriteFinding(u.At);
            writer.Write(u.Variant);
            WriteString(u.VariantName);
            WriteString(u.Text);
            WriteStrings(u.Alternatives);
        }
        Count++;
    }

    /// <summary>The results in the order they were written; call once, after the last write.</summary>
    public IEnumerable<(int Index, LintResult Result)> ReadAll()
    {
        writer.Flush();
        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        for (int n = 0; n < Count; n++)
        {
            int index = reader.ReadInt32();
            string file = ReadString(reader);
            var findings = new Finding[reader.ReadInt32()];
            for (int i = 0; i < findings.Length; i++) findings[i] = ReadFinding(reader, file);
            var uses = new VariantUse[reader.ReadInt32()];
            for (int i = 0; i < uses.Length; i++)
            {
                uses[i] = new VariantUse(ReadFinding(reader, file), reader.ReadInt32(), ReadString(reader), ReadString(reader), ReadStrings(reader));
            }
            yield return (index, new LintResult(file, findings, uses));
        }
    }

    private void WriteFinding(Finding f)
    {
        WriteString(f.File);
        writer.Write(f.Line);
        writer.Write(f.Column);
        writer.Write(f.EndLine);
        writer.Write(f.EndColumn);
        writer.Write(f.Offset);
        writer.Write(f.Length);
        WriteString(f.RuleId);
        writer.Write((int)f.Severity);
        WriteString(f.Message);
        WriteStrings(f.Suggestions);
    }

    private static Finding ReadFinding(BinaryReader reader, string resultFile)
    {
        string file = ReadString(reader);
        return new Finding(
            file == resultFile ? resultFile : file,
            reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(),
            ReadString(reader), (Severity)reader.ReadInt32(), ReadString(reader), ReadStrings(reader));
    }

    private void WriteStrings(IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (string s in strings) WriteString(s);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++) strings[i] = ReadString(reader);
        return strings;
    }

    /// <summary>Strings as their UTF-16 code units: lossless even for a lone surrogate, which UTF-8 would replace.</summary>
    private void WriteString(string s)
    {
        writer.Write(s.Length);
        writer.Write(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    private static string ReadString(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        return string.Create(length, reader, (chars, r) =>
        {
            Span<byte> bytes = MemoryMarshal.AsBytes(chars);
            r.BaseStream.ReadExactly(bytes);
        });
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }
}
