using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StyleLint.RuleCompiler.Emitting
{
    /// <summary>Writes values as C# source literals, deterministically.</summary>
    public static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value == null)
            {
                return "null";
            }
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c) || c == '\uFEFF')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            builder.Append('"');
            return builder.ToString();
        }

        public static string Bool(bool value) => value ? "true" : "false";

        public static string StringArray(IEnumerable<string> values) =>
            "new string[] { " + string.Join(", ", values.Select(String)) + " }";

        /// <summary>A comment-safe one-line rendering of user text, for the explanatory comments in emitted code.</summary>
        public static string Comment(string value)
        {
            // Every character C# takes as a line break ends a // comment, so each becomes a space.
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                builder.Append(IsNewLine(c) ? ' ' : c);
            }
            string flat = builder.ToString().Replace("*/", "* /");
            if (flat.Length <= 100)
            {
                return flat;
            }
            // Never cut a surrogate pair in half.
            int cut = char.IsHighSurrogate(flat[96]) ? 96 : 97;
            return flat.Substring(0, cut) + "...";
        }

        private static bool IsNewLine(char c) => c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
