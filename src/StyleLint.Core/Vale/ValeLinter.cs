using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// Lints one file as Vale does. Markup (Markdown, HTML, reStructuredText) becomes HTML and is walked token by
/// token into blocks with scopes (headings, list items, table cells, paragraphs, alt text, …); paragraphs are also
/// split into sentences when a rule asks for them; plain text is one block; every file also gets a `raw` block and a
/// `summary` block for document-sized rules. Each rule runs on the blocks its scope matches, and each alert is
/// located in the file (<see cref="ValeFile.AddAlert"/>).
/// </summary>
public sealed class ValeLinter
{
    private static readonly string[] InlineTags = ["b", "big", "i", "small", "abbr", "acronym", "cite", "dfn", "em", "kbd", "strong", "a", "br", "img", "span", "sub", "sup", "code", "tt", "del"];
    private static readonly Dictionary<string, string> TagToScope = new(StringComparer.Ordinal)
    {
        ["th"] = "text.table.header", ["td"] = "text.table.cell", ["caption"] = "text.table.caption", ["li"] = "text.list",
        ["blockquote"] = "text.blockquote", ["figcaption"] = "text.figure.caption",
    };
    private static readonly Regex HeadingTag = new(@"^h\d$", RegexOptions.CultureInvariant);
    private static readonly char[] Punctuation = ['.', '?', '!', ',', ':', ';'];

    private readonly ValeLintSettings settings;
    private readonly List<IValeRule> rules;
    private readonly bool segmentation, splitting;

    public ValeLinter(ValeLintSettings settings, IEnumerable<IValeRule> rules)
    {
        this.settings = settings;
        this.rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var bases = this.rules.SelectMany(r => r.ScopeNames).Select(s => s.Split('.')[0].Trim()).ToHashSet(StringComparer.Ordinal);
        segmentation = bases.Contains("sentence");
        splitting = bases.Contains("paragraph");
    }

    /// <summary>Lints the file; an error (rst2html missing or failing) is returned as a message.</summary>
    public string? Lint(ValeFile f)
    {
        if (f.Format == "markup")
        {
            switch (f.NormedExt)
            {
                case ".md": LintMarkdown(f); break;
                case ".html": LintHtmlTokens(f, f.Content); break;
                case ".rst":
                {
                    string transformed = ValeMarkup.ApplyPatterns(settings, f.NormedExt, f.RealExt, f.Content);
                    string? html = ValeMarkup.RstToHtml(transformed, out string error);
                    if (html == null) return f.Path + ": " + error;
                    LintHtmlTokens(f, html);
                    break;
                }
                default: return null;
            }
        }
        else if (f.Format == "text") LintProse(f, ValeBlock.Plain("", f.Content, "text" + f.RealExt), f.Lines.Count);
        else if (f.Format == "code" || f.Format == "fragment") return null;
        else LintBlock(f, ValeBlock.Plain("", f.Content, "text" + f.RealExt), f.Lines.Count, 0, true);

        // The raw file, markup and all (its original lines, before any masking).
        LintBlock(f, ValeBlock.Plain("", string.Concat(f.Lines), "raw" + f.RealExt), f.Lines.Count, 0, true);
        return null;
    }

    private void LintMarkdown(ValeFile f)
    {
        string transformed = ValeMarkup.ApplyPatterns(settings, f.NormedExt, f.RealExt, f.Content);
        string html = ValeMarkup.MarkdownToHtml(transformed);
        f.Content = ValeMarkup.MaskMarkdownContext(f.Content);
        LintHtmlTokens(f, html);
    }

    private void LintHtmlTokens(ValeFile f, string html)
    {
        List<string> skipTags = settings.SkippedScopes.Count > 0 ? settings.SkippedScopes : ["script", "style", "pre", "figure", "noscript", "iframe"];
        List<string> skipClasses = ["problematic", "pre", "code", .. settings.IgnoredClasses];
        List<string> skipped = settings.IgnoredScopes.Count > 0 ? settings.IgnoredScopes : ["tt", "code", "kbd"];

        string parentClass = "", attr = "";
        bool inBlock = false, inline = false, skip = false;
        var buffer = new System.Text.StringBuilder();
        var walker = new ValeWalker(f);

        foreach (HtmlToken token in HtmlTokenizer.Tokenize(html))
        {
            string txt = System.Net.WebUtility.HtmlDecode(token.Data.Trim());
            bool start = token.Type == HtmlTokenType.StartTag;
            bool end = token.Type == HtmlTokenType.EndTag;
            walker.AddClass(txt, start);
            bool closed = walker.CanClose();
            string cls = token.Attribute("class");
            bool skipClass = HasClass(cls, skipClasses);
            bool blockSkip = skipClass && !InlineTags.Contains(txt);

            if (start && (skipTags.Contains(txt) || blockSkip))
            {
                walker.SetClass(txt, blockSkip);
                inBlock = true;
                f.Count(txt);
            }
            else if (inBlock && (skipTags.Contains(txt) || closed))
            {
                inBlock = false;
                if (closed) walker.Close();
            }
            else if (start)
            {
                if (txt is "em" or "b" && walker.LastTag() == "code") txt = "code";
                inline = InlineTags.Contains(txt);
                skip = skipped.Contains(txt);
                walker.AddTag(txt);
            }
            else if (end && InlineTags.Contains(txt))
            {
                walker.ActiveTag = "";
            }
            else if (token.Type == HtmlTokenType.Comment)
            {
                f.UpdateComments(txt);
                walker.Update(txt);
            }
            else if (token.Type == HtmlTokenType.Text)
            {
                skip = skip || ShouldBeSkipped(walker.TagHistory, f.NormedExt);
                walker.Append(txt);
                if (!inBlock && txt.Length > 0)
                {
                    skipClass = HasClass(parentClass, skipClasses);
                    if (walker.IsNestedList() && !inline) txt = " " + txt;
                    (txt, skip) = Clean(txt, attr, skip || skipClass, inline);
                    buffer.Append(txt);
                }
            }

            if (end && !InlineTags.Contains(txt))
            {
                string content = buffer.ToString();
                if (content.Trim().Length > 0) LintScope(f, walker, content);
                walker.Reset();
                buffer.Clear();
            }

            attr = token.Type is HtmlTokenType.Text or HtmlTokenType.Comment ? "" : token.Attribute("href");
            parentClass = token.Type is HtmlTokenType.Text or HtmlTokenType.Comment ? "" : cls;
            LintTags(f, walker, token);
            walker.ReplaceTokens(token);
        }
        LintSizedScopes(f);
    }

    private static bool HasClass(string attribute, List<string> classes) => attribute.Split(' ').Any(classes.Contains);

    /// <summary>reStructuredText: spans inside `tt` are code.</summary>
    private static bool ShouldBeSkipped(List<string> tagHistory, string ext)
    {
        if (ext != ".rst") return false;
        int n = tagHistory.Count;
        for (int i = n - 1; i >= 0; i--)
        {
            if (tagHistory[i] == "span") continue;
            return tagHistory[i] == "tt" && i + 1 != n;
        }
        return false;
    }

    /// <summary>Code (and link text that is its own URL) is masked with '*'; inline text is joined with a space unless it starts with punctuation.</summary>
    private static (string, bool) Clean(string txt, string attr, bool skip, bool inline)
    {
        bool starter = txt.Length > 0 && Punctuation.Contains(txt[0]) && !skip;
        if (skip || attr == txt)
        {
            txt = ValeText.Substitute(txt, txt, '*');
            skip = false;
        }
        if (inline && !starter) txt = " " + txt;
        return (txt, skip);
    }

    private void LintScope(ValeFile f, ValeWalker walker, string txt)
    {
        foreach (string tag in walker.TagHistory)
        {
            bool match = TagToScope.TryGetValue(tag, out string? scope);
            if ((match && !InlineTags.Contains(tag)) || HeadingTag.IsMatch(tag))
            {
                if (scope is "text.blockquote" or "text.list") f.Summary.Append(txt).Append("\n\n");
                if (!match) scope = "text.heading." + tag;
                f.Count(scope!["text.".Length..]);
                txt = txt.TrimStart(' ');
                LintBlock(f, walker.Block(txt, scope + f.RealExt), walker.Lines, 0, false);
                return;
            }
        }
        f.Summary.Append(txt).Append("\n\n");
        LintProse(f, walker.Block(txt, "txt"), walker.Lines);
    }

    private void LintTags(ValeFile f, ValeWalker walker, HtmlToken token)
    {
        if (token.Type is HtmlTokenType.Text or HtmlTokenType.Comment || token.Data != "img" || settings.SkippedScopes.Contains("alt")) return;
        foreach (var a in token.Attributes)
        {
            if (a.Key == "alt") LintBlock(f, walker.Block(a.Value, "text.attr.alt"), walker.Lines, 0, false);
        }
    }

    private void LintSizedScopes(ValeFile f)
    {
        f.ResetComments();
        LintBlock(f, ValeBlock.Lined(f.Content, f.Summary.ToString(), "summary" + f.RealExt, 0), f.Lines.Count, 0, true);
    }

    /// <summary>A prose block as paragraphs (when a rule wants them), sentences (likewise) and the whole text.</summary>
    private void LintProse(ValeFile f, ValeBlock block, int lines)
    {
        var blocks = new List<ValeBlock>();
        if (splitting)
        {
            foreach (string p in ValeText.SplitAfter(block.Text, "\n\n")) blocks.Add(ValeBlock.Lined(block.Context, p, "paragraph" + f.RealExt, block.Line));
        }
        if (segmentation)
        {
            foreach (string s in ValeSentences.Segment(block.Text))
            {
                string t = s.Trim();
                if (t.Length > 0) blocks.Add(ValeBlock.Lined(block.Context, t, "sentence" + f.RealExt, block.Line));
            }
        }
        blocks.Add(ValeBlock.Lined(block.Context, block.Text, "text" + f.RealExt, block.Line));
        bool lookup = block.Text.Contains('\n', StringComparison.Ordinal) || f.Lookup;
        foreach (ValeBlock b in blocks) LintBlock(f, b, lines, 0, lookup);
    }

    private void LintBlock(ValeFile f, ValeBlock block, int lines, int pad, bool lookup)
    {
        f.CheckToContext.Clear();
        foreach (IValeRule rule in rules)
        {
            if (!ShouldRun(rule, f, block)) continue;
            foreach (ValeAlert a in rule.Run(block, f))
            {
                if (a.Severity.Length == 0) a.Severity = rule.Level;
                if (a.Check.Length == 0) a.Check = rule.Id;
                a.Limit = rule.Limit;
                a.Message = Regex.Replace(a.Message.Replace('\n', ' '), " +", " ");
                f.AddAlert(a, block, lines, pad, lookup);
            }
        }
    }

    private bool ShouldRun(IValeRule rule, ValeFile f, ValeBlock block)
    {
        string name = rule.Id;
        string[] parts = name.Split('.');
        if (parts.Length > 2) name = parts[0] + "." + parts[1];
        if (f.QueryComments(name)) return false;
        if (ValeLintSettings.LevelToInt(rule.Level) < settings.MinAlertLevel) return false;
        if (!rule.Scope.Matches(block)) return false;
        bool run = false;
        if (f.Checks.TryGetValue(name, out bool value))
        {
            if (!value) return false;
            run = true;
        }
        if (!run && settings.GlobalChecks.TryGetValue(name, out value))
        {
            if (!value) return false;
            run = true;
        }
        return run || f.BaseStyles.Contains(name.Split('.')[0]);
    }
}
