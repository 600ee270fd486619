using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace StyleLint.Output;

/// <summary>Writes a JSON document indented, leaving the writer open, with a final line break.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter writer, JToken document)
    {
        JsonTextWriter json = Open(writer);
        document.WriteTo(json);
        Close(json, writer);
    }

    /// <summary>A JSON writer for a document written piece by piece; end it with <see cref="Close"/>.</summary>
    public static JsonTextWriter Open(TextWriter writer) => new(writer) { Formatting = Formatting.Indented, CloseOutput = false };

    public static void Close(JsonTextWriter json, TextWriter writer)
    {
        json.Flush();
        json.Close();
        writer.WriteLine();
    }
}
