using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Detectors.Names.Tests;

/// <summary>Runs the detector on sentences written for these tests.</summary>
internal static class Text
{
    public static readonly NameDetector Default = new(DetectorOptions.None);

    public static AnalyzedDocument Analyze(string text, IReadOnlyList<string>? houseNames = null, IReadOnlyList<string>? allowed = null) =>
        new(new PlainTextAdapter().Extract(new SourceText("test.txt", text, Encoding.UTF8, false)))
        {
            HouseNames = houseNames ?? [],
            AllowedWords = allowed ?? [],
        };

    /// <summary>Each finding as "written -> suggested".</summary>
    public static string[] Flags(string text, NameDetector? detector = null, IReadOnlyList<string>? houseNames = null, IReadOnlyList<string>? allowed = null)
    {
        AnalyzedDocument doc = Analyze(text, houseNames, allowed);
        return (detector ?? Default).Find(doc).Select(f => doc.Text.Substring(f.Start, f.Length) + " -> " + f.Suggestion).ToArray();
    }

    public static NameDetector With(params (string Name, string[] Values)[] options) =>
        new(new DetectorOptions(options.Select(o => new KeyValuePair<string, string[]>(o.Name, o.Values))));
}
