using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// Vale's section globs: `*.md`, `*.{md,py}`, `[a-c]`, `!pattern`. A `*` matches any characters, '/' included
/// (Vale compiles globs without separators), unless the pattern has `**`, where '/' counts as in a path glob.
/// </summary>
public sealed class ValeGlob
{
    private readonly Regex regex;
    private readonly bool negated;

    public ValeGlob(string pattern)
    {
        Pattern = pattern;
        negated = pattern.StartsWith('!');
        string body = pattern.TrimStart('!');
        bool paths = body.Contains("**", StringComparison.Ordinal);
        regex = new Regex("^" + Translate(body, paths) + "$", RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool Match(string path) => regex.IsMatch(path.Replace('\\', '/')) != negated;

    private static string Translate(string glob, bool paths)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i++;
                    if (i + 1 < glob.Length && glob[i + 1] == '/') { builder.Append("(?:.*/)?"); i++; }
                    else builder.Append(".*");
                    break;
                case '*': builder.Append(paths ? "[^/]*" : ".*"); break;
                case '?': builder.Append(paths ? "[^/]" : "."); break;
                case '{':
                {
                    int end = glob.IndexOf('}', i);
                    if (end < 0) { builder.Append("\\{"); break; }
                    builder.Append("(?:").Append(string.Join("|", glob[(i + 1)..end].Split(',').Select(o => Translate(o, paths)))).Append(')');
                    i = end;
                    break;
                }
                case '[':
                {
                    int end = glob.IndexOf(']', i + 1);
                    if (end < 0) { builder.Append("\\["); break; }
                    string set = glob[(i + 1)..end];
                    if (set.StartsWith('!')) set = "^" + set[1..];
                    builder.Append('[').Append(set.Replace("\\", "\\\\")).Append(']');
                    i = end;
                    break;
                }
                default: builder.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return builder.ToString();
    }
}
