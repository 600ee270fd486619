using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace StyleLint.RuleCompiler.Emitting
{
    /// <summary>
    /// What every match of a pattern starts with, when a pattern is "space-led": a run of spacing characters
    /// (<see cref="Leading"/>, at least <see cref="MinLeading"/> of them) and then one of a few rarer characters
    /// (<see cref="Anchors"/>, or any decimal digit when <see cref="AnchorDigits"/>), consumed or only looked ahead
    /// at. The regex engine can only search for the first character of a match, a space, which is every sixth
    /// character of prose; the run-time <c>PatternLead</c> searches for the anchor instead and tries the pattern only
    /// where such a run ends at one. The analysis reads a subset of .NET's syntax and gives up (no lead, the pattern
    /// runs as before) on anything else: case-insensitive patterns, inline options, backreferences, \G,
    /// conditionals, negated or subtracted classes as the anchor.
    /// </summary>
    public sealed class PatternLeadAnalysis
    {
        private PatternLeadAnalysis(string leading, string anchors, bool anchorDigits, int minLeading)
        {
            Leading = leading;
            Anchors = anchors;
            AnchorDigits = anchorDigits;
            MinLeading = minLeading;
        }

        /// <summary>The spacing characters a match may start with, before its anchor (sorted).</summary>
        public string Leading { get; }

        /// <summary>The characters one of which follows the leading run (sorted; digits are in <see cref="AnchorDigits"/>).</summary>
        public string Anchors { get; }

        /// <summary>Any character \d matches may also be the anchor.</summary>
        public bool AnchorDigits { get; }

        /// <summary>The fewest leading characters a match has before its anchor.</summary>
        public int MinLeading { get; }

        /// <summary>
        /// The lead of <paramref name="pattern"/>, or null when it is not space-led or the analysis cannot prove one.
        /// </summary>
        public static PatternLeadAnalysis? Of(string pattern, bool ignoreCase)
        {
            if (ignoreCase) return null;
            List<List<Node>>? tree;
            try
            {
                var parser = new Parser(pattern);
                tree = parser.ParseAll();
            }
            catch (Exception e) when (e is NotSupportedException || e is FormatException || e is OverflowException || e is ArgumentException || e is IndexOutOfRangeException)
            {
                // Outside the subset, or a pattern this reader gets wrong: no lead, the pattern runs as it is.
                return null;
            }
            if (tree == null) return null;
            Lead? lead = OfAlternation(tree);
            // Only a lead that starts with spacing helps: otherwise the regex engine already searches for the anchor.
            if (lead == null || lead.Leading.Count == 0) return null;
            return new PatternLeadAnalysis(
                new string(lead.Leading.OrderBy(c => c).ToArray()),
                new string(lead.Anchors.Chars.OrderBy(c => c).ToArray()),
                lead.Anchors.Digits,
                lead.MinLeading);
        }

        /// <summary>
        /// True when every match of <paramref name="pattern"/> consumes a decimal digit (\d, or a class of ASCII digits
        /// only), so a unit without one holds no match. False when it may not, or the analysis cannot tell (the same
        /// subset as the lead; case-insensitive patterns are not analysed).
        /// </summary>
        public static bool RequiresDigit(string pattern, bool ignoreCase)
        {
            if (ignoreCase) return false;
            try
            {
                List<List<Node>>? tree = new Parser(pattern).ParseAll();
                return tree != null && AlternationRequiresDigit(tree);
            }
            catch (Exception e) when (e is NotSupportedException || e is FormatException || e is OverflowException || e is ArgumentException || e is IndexOutOfRangeException)
            {
                return false;
            }
        }

        // Every branch consumes a digit: some node of it that must match at least once is a set of digits only, or a
        // group whose every branch consumes one. Lookarounds consume nothing and are not counted.
        private static bool AlternationRequiresDigit(List<List<Node>> branches) =>
            branches.Count > 0 && branches.All(branch => branch.Any(node => node.Min >= 1 && (
                (node.Kind == NodeKind.Set && node.Set!.IsDigitsOnly) ||
                (node.Kind == NodeKind.Group && AlternationRequiresDigit(node.Body!)))));

        // ---- the lead of a parsed pattern -------------------------------------------------------------------------

        private sealed class Lead
        {
            public Lead(HashSet<char> leading, CharSet anchors, int minLeading)
            {
                Leading = leading;
                Anchors = anchors;
                MinLeading = minLeading;
            }

            public HashSet<char> Leading { get; }
            public CharSet Anchors { get; }
            public int MinLeading { get; }

            /// <summary>
            /// The run-time search needs the anchor to be the first character after the run that is not spacing: no
            /// anchor may also be a leading character.
            /// </summary>
            public bool IsValid => !Anchors.Chars.Overlaps(Leading) && !(Anchors.Digits && Leading.Any(char.IsDigit));
        }

        private static Lead? OfAlternation(List<List<Node>> branches)
        {
            HashSet<char>? leading = null;
            CharSet? anchors = null;
            int min = int.MaxValue;
            foreach (List<Node> branch in branches)
            {
                Lead? lead = OfSequence(branch, 0);
                if (lead == null) return null;
                leading = leading == null ? new HashSet<char>(lead.Leading) : new HashSet<char>(leading.Union(lead.Leading));
                anchors = anchors == null ? lead.Anchors : anchors.Union(lead.Anchors);
                min = Math.Min(min, lead.MinLeading);
            }
            if (leading == null || anchors == null) return null;
            var merged = new Lead(leading, anchors, min);
            return merged.IsValid ? merged : null;
        }

        private static Lead? OfSequence(List<Node> sequence, int from)
        {
            for (int i = from; i < sequence.Count; i++)
            {
                Node node = sequence[i];
                switch (node.Kind)
                {
                    case NodeKind.ZeroWidth:
                        continue;
                    case NodeKind.Lookaround:
                        // A lookahead that must succeed constrains the text where it stands: its lead is this position's.
                        if (node.Ahead && !node.Negative && node.Min > 0)
                        {
                            Lead? ahead = OfAlternation(node.Body!);
                            if (ahead != null) return ahead;
                        }
                        continue;
                    case NodeKind.Set:
                    {
                        CharSet set = node.Set!;
                        if (set.IsSpacing)
                        {
                            Lead? rest = OfSequence(sequence, i + 1);
                            if (rest == null) return null;
                            var combined = new Lead(new HashSet<char>(rest.Leading.Union(set.Chars)), rest.Anchors, node.Min + rest.MinLeading);
                            return combined.IsValid ? combined : null;
                        }
                        if (node.Min >= 1 && set.IsFinite) return new Lead(new HashSet<char>(), set, 0);
                        return null;
                    }
                    case NodeKind.Group:
                        return node.Min >= 1 ? OfAlternation(node.Body!) : null;
                }
            }
            // The pattern may end here: nothing more is required.
            return null;
        }

        // ---- a parser for the subset of .NET regex syntax the analysis understands -----------------------------------

        private enum NodeKind
        {
            Set,
            Group,
            Lookaround,
            ZeroWidth,
        }

        private sealed class Node
        {
            public NodeKind Kind;
            public CharSet? Set;
            public List<List<Node>>? Body;
            public bool Ahead;
            public bool Negative;
            public int Min = 1;
        }

        /// <summary>A set of characters: explicit ones, all of \d, or too many to list (<see cref="IsFinite"/> false).</summary>
        private sealed class CharSet
        {
            public HashSet<char> Chars { get; } = new HashSet<char>();
            public bool Digits { get; set; }
            public bool Unbounded { get; set; }

            public bool IsFinite => !Unbounded && (Chars.Count > 0 || Digits);

            /// <summary>Every character of the set is a decimal digit (<see cref="char.IsDigit(char)"/>, what \d matches).</summary>
            public bool IsDigitsOnly => IsFinite && Chars.All(c => c >= '0' && c <= '9');

            /// <summary>Listed characters only, every one of them white space (a space, a no-break space).</summary>
            public bool IsSpacing => !Unbounded && !Digits && Chars.Count > 0 && Chars.All(char.IsWhiteSpace);

            public CharSet Union(CharSet other)
            {
                var union = new CharSet { Digits = Digits || other.Digits, Unbounded = Unbounded || other.Unbounded };
                union.Chars.UnionWith(Chars);
                union.Chars.UnionWith(other.Chars);
                return union;
            }

            public static CharSet Of(char c)
            {
                var set = new CharSet();
                set.Chars.Add(c);
                return set;
            }

            public static CharSet Any() => new CharSet { Unbounded = true };
        }

        /// <summary>Throws <see cref="NotSupportedException"/> on anything outside the subset.</summary>
        private sealed class Parser
        {
            private readonly string p;
            private int i;

            public Parser(string pattern) => p = pattern;

            public List<List<Node>> ParseAll()
            {
                List<List<Node>> tree = ParseAlternation();
                if (i != p.Length) throw new NotSupportedException("unbalanced )");
                return tree;
            }

            private List<List<Node>> ParseAlternation()
            {
                var branches = new List<List<Node>> { ParseSequence() };
                while (i < p.Length && p[i] == '|')
                {
                    i++;
                    branches.Add(ParseSequence());
                }
                return branches;
            }

            private List<Node> ParseSequence()
            {
                var nodes = new List<Node>();
                while (i < p.Length && p[i] != '|' && p[i] != ')')
                {
                    Node node = ParseAtom();
                    ParseQuantifier(node);
                    nodes.Add(node);
                }
                return nodes;
            }

            private Node ParseAtom()
            {
                char c = p[i++];
                switch (c)
                {
                    case '(':
                        return ParseGroup();
                    case '[':
                        return new Node { Kind = NodeKind.Set, Set = ParseClass() };
                    case '\\':
                        return ParseEscape();
                    case '.':
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Any() };
                    case '^':
                    case '$':
                        return new Node { Kind = NodeKind.ZeroWidth };
                    case '*':
                    case '+':
                    case '?':
                        throw new NotSupportedException("quantifier without an atom");
                    case '{':
                        if (IsQuantifierBrace(i - 1)) throw new NotSupportedException("quantifier without an atom");
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Of(c) };
                    default:
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Of(c) };
                }
            }

            private Node ParseGroup()
            {
                var node = new Node { Kind = NodeKind.Group };
                if (i < p.Length && p[i] == '?')
                {
                    i++;
                    if (i >= p.Length) throw new NotSupportedException("(?");
                    char kind = p[i];
                    if (kind == ':' || kind == '>')
                    {
                        i++;
                    }
                    else if (kind == '=' || kind == '!')
                    {
                        i++;
                        node = new Node { Kind = NodeKind.Lookaround, Ahead = true, Negative = kind == '!' };
                    }
                    else if (kind == '<' && i + 1 < p.Length && (p[i + 1] == '=' || p[i + 1] == '!'))
                    {
                        node = new Node { Kind = NodeKind.Lookaround, Ahead = false, Negative = p[i + 1] == '!' };
                        i += 2;
                    }
                    else if (kind == '<' || kind == '\'')
                    {
                        char close = kind == '<' ? '>' : '\'';
                        int end = p.IndexOf(close, i + 1);
                        if (end < 0) throw new NotSupportedException("group name");
                        string name = p.Substring(i + 1, end - i - 1);
                        // A balancing group (?<a-b>) changes what other groups hold: out of the subset.
                        if (name.Length == 0 || !name.All(ch => char.IsLetterOrDigit(ch) || ch == '_')) throw new NotSupportedException("group name");
                        i = end + 1;
                    }
                    else
                    {
                        // Inline options, conditionals, comments.
                        throw new NotSupportedException("(?" + kind);
                    }
                }
                node.Body = ParseAlternation();
                if (i >= p.Length || p[i] != ')') throw new NotSupportedException("unclosed group");
                i++;
                return node;
            }

            private void ParseQuantifier(Node node)
            {
                if (i >= p.Length) return;
                int min;
                switch (p[i])
                {
                    case '*':
                    case '?':
                        min = 0;
                        i++;
                        break;
                    case '+':
                        min = 1;
                        i++;
                        break;
                    case '{':
                        if (!IsQuantifierBrace(i)) return;
                        int close = p.IndexOf('}', i);
                        string inside = p.Substring(i + 1, close - i - 1);
                        string low = inside.Split(',')[0];
                        min = int.Parse(low, NumberStyles.None, CultureInfo.InvariantCulture);
                        i = close + 1;
                        break;
                    default:
                        return;
                }
                if (i < p.Length && p[i] == '?') i++;   // lazy: the same characters, tried in another order
                if (i < p.Length && (p[i] == '*' || p[i] == '+' || p[i] == '?' || (p[i] == '{' && IsQuantifierBrace(i))))
                {
                    throw new NotSupportedException("nested quantifier");
                }
                node.Min = min;
            }

            /// <summary>{n}, {n,} or {n,m}: anything else after an atom is a literal brace in .NET.</summary>
            private bool IsQuantifierBrace(int at)
            {
                int close = p.IndexOf('}', at);
                if (close < 0) return false;
                string inside = p.Substring(at + 1, close - at - 1);
                string[] parts = inside.Split(',');
                if (parts.Length > 2 || parts[0].Length == 0 || !parts[0].All(ch => ch >= '0' && ch <= '9')) return false;
                return parts.Length == 1 || parts[1].All(ch => ch >= '0' && ch <= '9');
            }

            private Node ParseEscape()
            {
                if (i >= p.Length) throw new NotSupportedException("trailing backslash");
                char c = p[i++];
                switch (c)
                {
                    case 'b':
                    case 'B':
                    case 'A':
                    case 'z':
                    case 'Z':
                        return new Node { Kind = NodeKind.ZeroWidth };
                    case 'd':
                        return new Node { Kind = NodeKind.Set, Set = new CharSet { Digits = true } };
                    case 'D':
                    case 'w':
                    case 'W':
                    case 's':
                    case 'S':
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Any() };
                    case 'p':
                    case 'P':
                        SkipCategory();
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Any() };
                    default:
                        return new Node { Kind = NodeKind.Set, Set = CharSet.Of(EscapedChar(c)) };
                }
            }

            private void SkipCategory()
            {
                if (i >= p.Length || p[i] != '{') throw new NotSupportedException("\\p");
                int close = p.IndexOf('}', i);
                if (close < 0) throw new NotSupportedException("\\p");
                i = close + 1;
            }

            /// <summary>The character an escape stands for (after the backslash and <paramref name="c"/>).</summary>
            private char EscapedChar(char c)
            {
                switch (c)
                {
                    case 't': return '\t';
                    case 'n': return '\n';
                    case 'r': return '\r';
                    case 'f': return '\f';
                    case 'v': return '\v';
                    case 'e': return '\u001B';
                    case 'a': return '\u0007';
                    case 'u': return Hex(4);
                    case 'x': return Hex(2);
                }
                // Letters and digits not handled above are classes, backreferences, \G, \k, \c…: out of the subset.
                if (char.IsLetterOrDigit(c)) throw new NotSupportedException("\\" + c);
                return c;
            }

            private char Hex(int digits)
            {
                if (i + digits > p.Length) throw new NotSupportedException("hex escape");
                string hex = p.Substring(i, digits);
                if (!hex.All(Uri.IsHexDigit)) throw new NotSupportedException("hex escape");
                i += digits;
                return (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            private CharSet ParseClass()
            {
                var set = new CharSet();
                bool negated = i < p.Length && p[i] == '^';
                if (negated) i++;
                bool first = true;
                while (true)
                {
                    if (i >= p.Length) throw new NotSupportedException("unclosed class");
                    char c = p[i];
                    if (c == ']' && !first)
                    {
                        i++;
                        break;
                    }
                    first = false;
                    if (c == '-' && i + 1 < p.Length && p[i + 1] == '[')
                    {
                        // Subtraction: what is left is not worked out; the set counts as too large.
                        i++;
                        ParseClassInner();
                        set.Unbounded = true;
                        continue;
                    }
                    i++;
                    char low;
                    if (c == '\\')
                    {
                        if (i >= p.Length) throw new NotSupportedException("trailing backslash");
                        char e = p[i++];
                        switch (e)
                        {
                            case 'd':
                                set.Digits = true;
                                continue;
                            case 'D':
                            case 'w':
                            case 'W':
                            case 's':
                            case 'S':
                                set.Unbounded = true;
                                continue;
                            case 'p':
                            case 'P':
                                SkipCategory();
                                set.Unbounded = true;
                                continue;
                            case 'b':
                                low = '\b';
                                break;
                            default:
                                low = EscapedChar(e);
                                break;
                        }
                    }
                    else
                    {
                        low = c;
                    }
                    if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']' && p[i + 1] != '[')
                    {
                        i++;
                        char high = p[i++];
                        if (high == '\\')
                        {
                            if (i >= p.Length) throw new NotSupportedException("trailing backslash");
                            high = EscapedChar(p[i++]);
                        }
                        if (high < low) throw new NotSupportedException("reversed range");
                        if (high - low > 256)
                        {
                            set.Unbounded = true;
                            continue;
                        }
                        for (int r = low; r <= high; r++) set.Chars.Add((char)r);
                        continue;
                    }
                    set.Chars.Add(low);
                }
                if (negated) return CharSet.Any();
                return set;
            }

            /// <summary>Skips a nested class of a subtraction: <c>[</c> up to its <c>]</c>.</summary>
            private void ParseClassInner()
            {
                if (p[i] != '[') throw new NotSupportedException("subtraction");
                i++;
                ParseClass();
            }
        }
    }
}
