using System.Globalization;

namespace StyleLint.Checking.Detectors;

/// <summary>
/// A detector kind's settings from its rule file (<c>options:</c>), already validated by name at build time.
/// Values are kept as written; the detector reads them with a default for anything left out.
/// </summary>
public sealed class DetectorOptions(IEnumerable<KeyValuePair<string, string[]>> values)
{
    private readonly Dictionary<string, string[]> values = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static readonly DetectorOptions None = new([]);

    public string GetString(string name, string fallback) =>
        values.TryGetValue(name, out string[]? v) && v.Length > 0 ? v[0] : fallback;

    public double GetNumber(string name, double fallback) =>
        values.TryGetValue(name, out string[]? v) && v.Length > 0 && double.TryParse(v[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : fallback;

    public bool GetBool(string name, bool fallback) =>
        values.TryGetValue(name, out string[]? v) && v.Length > 0 ? v[0] == "true" : fallback;

    public IReadOnlyList<string> GetList(string name) =>
        values.TryGetValue(name, out string[]? v) ? v : [];
}
