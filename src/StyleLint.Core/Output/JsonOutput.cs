using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace StyleLint.Output;

/// <summary>Writes a JSON document indented, leaving the writer open, with a final line break.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter writer, JToken document)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }
}
