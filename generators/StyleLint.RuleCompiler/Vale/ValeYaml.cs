using System;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StyleLint.RuleCompiler.Vale
{
    /// <summary>
    /// Vale reads rule files with a YAML library that lets a later duplicate key replace an earlier one (published
    /// styles rely on it: proselint's lists repeat keys). When the strict load refuses a file that is a Vale rule,
    /// it is read again this way.
    /// </summary>
    public static class ValeYaml
    {
        private static readonly Regex Extends = new Regex(@"^extends\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        public static bool LooksLikeValeRule(string text) => Extends.IsMatch(text);

        public static YamlMappingNode? LoadLenient(string text)
        {
            try
            {
                var parser = new Parser(new StringReader(text));
                parser.Consume<StreamStart>();
                if (!parser.TryConsume<DocumentStart>(out _)) return null;
                return Read(parser) as YamlMappingNode;
            }
            catch (YamlException)
            {
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        private static YamlNode Read(IParser parser)
        {
            if (parser.TryConsume<Scalar>(out Scalar? scalar)) return new YamlScalarNode(scalar.Value);
            if (parser.TryConsume<AnchorAlias>(out _)) return new YamlScalarNode("");
            if (parser.TryConsume<SequenceStart>(out _))
            {
                var sequence = new YamlSequenceNode();
                while (!parser.TryConsume<SequenceEnd>(out _)) sequence.Add(Read(parser));
                return sequence;
            }
            parser.Consume<MappingStart>();
            var mapping = new YamlMappingNode();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                YamlNode key = Read(parser);
                YamlNode value = Read(parser);
                mapping.Children[key] = value;
            }
            return mapping;
        }
    }
}
