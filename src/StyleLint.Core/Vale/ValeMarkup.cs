using System.Diagnostics;
using System.Text.RegularExpressions;
using Markdig;

namespace StyleLint.Vale;

/// <summary>
/// Markup to the HTML Vale walks: Markdown rendered as CommonMark with GitHub's extensions (tables,
/// strikethrough, autolinks, task lists) and footnotes, raw HTML kept; reStructuredText through rst2html, as Vale
/// does; and the config's BlockIgnores/TokenIgnores applied first, turning what they match into code.
/// </summary>
public static class ValeMarkup
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseTaskLists()
        .UseFootnotes()
        .Build();

    private static readonly Regex FrontMatter = new(@"^(?s)(?:---|\+\+\+)\n(.+?)\n(?:---|\+\+\+)", RegexOptions.CultureInvariant);
    private static readonly Regex InfoString = new("`{3,}.+", RegexOptions.CultureInvariant);
    private static readonly Regex LinkReference = new(@"\]\[(?:[^]\n]+)\]", RegexOptions.CultureInvariant);
    private static readonly Regex LinkDefinition = new(@"\[(?:[^]\n]+)\]:", RegexOptions.CultureInvariant);
    private static readonly Regex NumericList = new(@"(?m)^\d+\.", RegexOptions.CultureInvariant);
    private static readonly Regex SphinxDirective = new(@".. (?:glossary|contents)::", RegexOptions.CultureInvariant);
    private static readonly Regex RstCodeBlock = new(@".. (?:raw|code(?:-block)?):: (?:[\w-]+)(?:[ \t\r\n\f]+:\w+: .+)*", RegexOptions.CultureInvariant);

    public static string MarkdownToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Masks, in the file's located copy, what must not be located: fence info strings, link labels, list numbers.</summary>
    public static string MaskMarkdownContext(string content)
    {
        string body = InfoString.Replace(content, m =>
        {
            string[] parts = m.Value.Split('`');
            return new string('`', parts.Length - 1) + new string('*', ValeText.StrLen(parts[^1]));
        });
        body = LinkReference.Replace(body, m => "][" + new string('*', Math.Max(0, ValeText.StrLen(m.Value) - 3)) + "]");
        body = LinkDefinition.Replace(body, m => "[" + new string('*', Math.Max(0, ValeText.StrLen(m.Value) - 3)) + "]:");
        return NumericList.Replace(body, m => new string('*', ValeText.StrLen(m.Value)));
    }

    /// <summary>BlockIgnores become code blocks and TokenIgnores inline code, for the sections whose glob matches the file.</summary>
    public static string ApplyPatterns(ValeLintSettings settings, string normedExt, string realExt, string content)
    {
        (string block, string inline) = normedExt switch
        {
            ".md" => ("\n```\n$1\n```\n", "`$1`"),
            ".rst" => ("\n::\n\n{0}\n", "``$1``"),
            _ => ("", ""),
        };
        if (block.Length == 0) return content;
        string s = FrontMatter.Replace(content, normedExt == ".rst" ? "\n::\n\n$1\n" : block);
        foreach (var (glob, patterns) in settings.BlockIgnores)
        {
            if (!Matches(glob, normedExt, realExt)) continue;
            foreach (string p in patterns)
            {
                var re = ValeRegex.Compile(p);
                if (normedExt == ".rst")
                {
                    foreach (Match m in re.Matches(s).ToList())
                    {
                        string indented = string.Join("\n", m.Value.Split('\n').Select(l => "    " + l));
                        int at = s.IndexOf(m.Value, StringComparison.Ordinal);
                        if (at >= 0) s = s[..at] + string.Format(System.Globalization.CultureInfo.InvariantCulture, block, indented) + s[(at + m.Value.Length)..];
                    }
                }
                else s = re.Replace(s, block);
            }
        }
        foreach (var (glob, patterns) in settings.TokenIgnores)
        {
            if (!Matches(glob, normedExt, realExt)) continue;
            foreach (string p in patterns) s = ValeRegex.Compile(p).Replace(s, inline);
        }
        return s;
    }

    private static bool Matches(string glob, string normedExt, string realExt) => new ValeGlob(glob).Match(normedExt) || new ValeGlob(glob).Match(realExt);

    /// <summary>reStructuredText to HTML with docutils' rst2html (as Vale does); null when it is not installed.</summary>
    public static string? RstToHtml(string rst, out string error)
    {
        error = "";
        rst = SphinxDirective.Replace(rst, ".. code::");
        rst = RstCodeBlock.Replace(rst, "::");
        foreach (string tool in new[] { "rst2html", "rst2html.py", "rst2html-3", "rst2html-3.py" })
        {
            string? path = Which(tool);
            if (path == null) continue;
            var info = new ProcessStartInfo(path)
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (string arg in new[] { "--quiet", "--halt=5", "--report=5", "--link-stylesheet", "--no-file-insertion", "--no-toc-backlinks", "--no-footnote-backlinks", "--no-section-numbering" })
            {
                info.ArgumentList.Add(arg);
            }
            using var process = Process.Start(info)!;
            process.StandardInput.Write(rst);
            process.StandardInput.Close();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string html = process.StandardOutput.ReadToEnd().Replace("\r", "", StringComparison.Ordinal);
            process.WaitForExit();
            _ = stderr.Result;
            if (process.ExitCode != 0) { error = tool + " failed with exit " + process.ExitCode; return null; }
            int bodyStart = html.IndexOf("<body>\n", StringComparison.Ordinal);
            if (bodyStart < 0) bodyStart = -7;
            int bodyEnd = html.IndexOf("\n</body>", StringComparison.Ordinal);
            if (bodyEnd < 0) bodyEnd = Math.Max(0, html.Length - 1);
            return html[(bodyStart + 7)..bodyEnd];
        }
        error = "rst2html not found (install docutils)";
        return null;
    }

    private static string? Which(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
