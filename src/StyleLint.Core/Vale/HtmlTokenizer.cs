using System.Net;
using System.Text;

namespace StyleLint.Vale;

public enum HtmlTokenType { Text, StartTag, EndTag, SelfClosingTag, Comment, Doctype }

/// <summary>One token of an HTML stream: a tag (lower-case name and attributes), a text run, or a comment.</summary>
public sealed record HtmlToken(HtmlTokenType Type, string Data, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    public string Attribute(string name)
    {
        foreach (var a in Attributes) if (a.Key == name) return a.Value;
        return "";
    }
}

/// <summary>
/// A flat HTML tokenizer: Vale walks the token stream of the rendered document (not a DOM tree), so the
/// order of text runs, tags and comments is what decides blocks, scopes and comment switches. Entities in text
/// and attribute values are decoded; script, style and other raw-text elements are one text token.
/// </summary>
public static class HtmlTokenizer
{
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext" };

    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        int i = 0, n = html.Length;
        var text = new StringBuilder();

        void FlushText()
        {
            if (text.Length == 0) return;
            tokens.Add(new HtmlToken(HtmlTokenType.Text, WebUtility.HtmlDecode(text.ToString()), []));
            text.Clear();
        }

        while (i < n)
        {
            char c = html[i];
            if (c != '<' || i + 1 >= n) { text.Append(c); i++; continue; }
            char next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                FlushText();
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                int stop = end < 0 ? n : end;
                tokens.Add(new HtmlToken(HtmlTokenType.Comment, html[(i + 4)..stop], []));
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                FlushText();
                int end = html.IndexOf('>', i);
                string body = html[(i + 2)..(end < 0 ? n : end)];
                bool doctype = next == '!' && body.StartsWith("doctype", StringComparison.OrdinalIgnoreCase);
                tokens.Add(new HtmlToken(doctype ? HtmlTokenType.Doctype : HtmlTokenType.Comment, doctype ? body[7..].Trim() : body, []));
                i = end < 0 ? n : end + 1;
                continue;
            }
            bool closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart])) { text.Append(c); i++; continue; }
            FlushText();
            int j = nameStart;
            while (j < n && !char.IsWhiteSpace(html[j]) && html[j] != '>' && html[j] != '/') j++;
            string name = html[nameStart..j].ToLowerInvariant();
            var attributes = new List<KeyValuePair<string, string>>();
            bool selfClosing = false;
            while (j < n && html[j] != '>')
            {
                if (char.IsWhiteSpace(html[j])) { j++; continue; }
                if (html[j] == '/') { selfClosing = j + 1 < n && html[j + 1] == '>'; j++; continue; }
                int keyStart = j;
                while (j < n && !char.IsWhiteSpace(html[j]) && html[j] != '=' && html[j] != '>' && !(html[j] == '/' && j + 1 < n && html[j + 1] == '>')) j++;
                string key = html[keyStart..j].ToLowerInvariant();
                while (j < n && char.IsWhiteSpace(html[j])) j++;
                string value = "";
                if (j < n && html[j] == '=')
                {
                    j++;
                    while (j < n && char.IsWhiteSpace(html[j])) j++;
                    if (j < n && html[j] is '"' or '\'')
                    {
                        char quote = html[j];
                        int close = html.IndexOf(quote, j + 1);
                        if (close < 0) close = n;
                        value = html[(j + 1)..close];
                        j = Math.Min(n, close + 1);
                    }
                    else
                    {
                        int valueStart = j;
                        while (j < n && !char.IsWhiteSpace(html[j]) && html[j] != '>') j++;
                        value = html[valueStart..j];
                    }
                }
                if (key.Length > 0) attributes.Add(new(key, WebUtility.HtmlDecode(value)));
            }
            i = Math.Min(n, j + 1);
            HtmlTokenType type = closing ? HtmlTokenType.EndTag : selfClosing ? HtmlTokenType.SelfClosingTag : HtmlTokenType.StartTag;
            tokens.Add(new HtmlToken(type, name, closing ? [] : attributes));
            if (type == HtmlTokenType.StartTag && RawText.Contains(name))
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                int stop = end < 0 ? n : end;
                string raw = html[i..stop];
                if (raw.Length > 0) tokens.Add(new HtmlToken(HtmlTokenType.Text, name is "textarea" or "title" ? WebUtility.HtmlDecode(raw) : raw, []));
                i = stop;
            }
        }
        FlushText();
        return tokens;
    }
}
