using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StyleLint.HouseRules;

/// <summary>
/// A YAML rule file as the JSON the schema describes: plain scalars true/false and numbers keep their type,
/// quoted scalars stay strings (as YAML 1.2's core schema reads them).
/// </summary>
public static class YamlToJson
{
    public static JToken? Convert(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(e => new JProperty(((YamlScalarNode)e.Key).Value ?? "", Convert(e.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => JValue.CreateNull(),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return new JValue(value);
        if (value is "true" or "false") return new JValue(value == "true");
        if (value is "null" or "~" or "") return JValue.CreateNull();
        if (long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long integer)) return new JValue(integer);
        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double number)) return new JValue(number);
        return new JValue(value);
    }
}
