using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace StyleLint.RuleCompiler.Parsing
{
    /// <summary>
    /// Remembers how far parsing got, so that any failure can still be placed in the file; and stops absurd
    /// nesting (YamlDotNet builds nodes recursively, so [[[[… thousands deep overflows the compiler's stack).
    /// </summary>
    public sealed class TrackingYamlParser : IParser
    {
        /// <summary>A rule nests four levels at most (examples → bad → item → field), a config five; this leaves room.</summary>
        private const int MaxDepth = 64;

        private readonly IParser inner;
        private readonly HashSet<string> anchors = new HashSet<string>(StringComparer.Ordinal);
        private int depth;

        public TrackingYamlParser(IParser inner) => this.inner = inner;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        /// <summary>The first alias (*name) used before any anchor (&amp;name) defined it.</summary>
        public Mark? UndefinedAlias { get; private set; }

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            bool moved = inner.MoveNext();
            YamlDotNet.Core.Events.ParsingEvent? current = inner.Current;
            if (moved && current != null)
            {
                LastEnd = current.End;
                if (current is YamlDotNet.Core.Events.MappingStart || current is YamlDotNet.Core.Events.SequenceStart)
                {
                    if (++depth > MaxDepth)
                    {
                        throw new YamlException(current.Start, current.End, $"Lists and mappings are nested more than {MaxDepth} levels deep");
                    }
                }
                else if (current is YamlDotNet.Core.Events.MappingEnd || current is YamlDotNet.Core.Events.SequenceEnd)
                {
                    depth--;
                }
                if (current is YamlDotNet.Core.Events.AnchorAlias alias)
                {
                    if (UndefinedAlias == null && !anchors.Contains(alias.Value.Value)) UndefinedAlias = alias.Start;
                }
                else if (current is YamlDotNet.Core.Events.NodeEvent node && !node.Anchor.IsEmpty)
                {
                    anchors.Add(node.Anchor.Value);
                }
            }
            return moved;
        }
    }
}
