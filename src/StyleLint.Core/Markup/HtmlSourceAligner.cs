using System.Collections;
using AngleSharp.Html;

namespace StyleLint.Markup;

/// <summary>
/// Finds the raw source of an HTML document's text nodes. AngleSharp keeps source positions for elements only,
/// and its text is decoded (entities, CR LF → LF), so each text node is matched against the source from a cursor:
/// tags, comments and raw-text elements (script, style…) are skipped whole, character references must decode to
/// the node's characters, and a line break matches CR LF or CR. Every source character is claimed by at most one
/// text node, so text moved by the parser (foster parenting, misnested tags) is found in its own place.
/// The markup is found once, in one pass over the source; a text node is looked for right at the cursor first,
/// so aligning a document is linear unless the parser moved text around.
/// </summary>
internal sealed class HtmlSourceAligner
{
    /// <summary>
    /// Elements whose content the tokenizer does not parse as markup (it ends at their end tag; plaintext at the
    /// end of the file), when the parser makes them HTML elements.
    /// </summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext",
    };

    /// <summary>How far from the cursor text is looked for before the text is split or looked for further away.</summary>
    private const int Window = 1 << 16;

    private readonly string source;
    private readonly IReadOnlySet<int> rawTextStarts;
    private readonly BitArray used;
    private readonly List<Piece> attempt = new();
    private readonly List<Piece> found = new();

    // The markup constructs of the source, in order: [markupStarts[i], markupEnds[i]).
    private readonly List<int> markupStarts = new();
    private readonly List<int> markupEnds = new();

    /// <param name="source">The HTML source.</param>
    /// <param name="rawTextStarts">
    /// Where the parser made a raw-text element (script, style, title…): only there does the tokenizer read the
    /// content as text. The same tag elsewhere (a title in svg, a style inside select) is an ordinary tag.
    /// </param>
    public HtmlSourceAligner(string source, IReadOnlySet<int> rawTextStarts)
    {
        this.source = source;
        this.rawTextStarts = rawTextStarts;
        used = new BitArray(source.Length);
        for (int p = source.IndexOf('<'); p >= 0 && p < source.Length; p = source.IndexOf('<', p))
        {
            int end = ScanMarkup(p);
            if (end > p)
            {
                markupStarts.Add(p);
                markupEnds.Add(end);
                p = end;
            }
            else
            {
                p++;
            }
        }
    }

    /// <summary>Where the next text node is looked for first.</summary>
    public int Cursor { get; set; }

    public static bool IsRawText(string elementName) => RawTextElements.Contains(elementName);

    /// <summary>
    /// A run of prose and the source it stands for: <see cref="Text"/> is null when the source is copied
    /// verbatim, else it is what the source range stands for (a decoded entity, a placeholder, a line break).
    /// </summary>
    public readonly record struct Piece(int SourceStart, int SourceLength, string? Text)
    {
        public int SourceEnd => SourceStart + SourceLength;
    }

    /// <summary>
    /// Finds the source of one text node's data and claims it. <paramref name="anchor"/> is the start tag of the
    /// nearest enclosing element with a known position (or -1): text moved before it by the parser is looked for
    /// there when it is not found ahead of the cursor. The list returned is reused by the next call.
    /// </summary>
    public IReadOnlyList<Piece> Align(string text, int anchor)
    {
        List<Piece> pieces = found;
        pieces.Clear();
        int done = 0;
        while (done < text.Length)
        {
            if (TryNear(text, done, anchor, pieces)) break;

            // Text the parser joined from several places (a text node before a table and text fostered out of
            // it): take the longest part that is right at the cursor, and look for the rest on its own.
            int matched = LongestPrefixAtCursor(text, done, out int end);
            if (matched > 0)
            {
                Claim(attempt);
                pieces.AddRange(attempt);
                done += matched;
                Cursor = end;
                continue;
            }

            // Far away (a huge table the text was fostered out of); if not even there, it is not in the source
            // at all: text the parser made up (the old <isindex> prompt) is not the author's, and not prose.
            Search(text, done, Math.Min(source.Length, Cursor + Window), source.Length, pieces);
            break;
        }
        return pieces;
    }

    /// <summary>
    /// The end of the markup construct at <paramref name="at"/> (a tag with its attributes, a comment, a doctype,
    /// a raw-text element with its content and end tag), or <paramref name="at"/> itself when there is none.
    /// </summary>
    public int MarkupEnd(int at)
    {
        int index = markupStarts.BinarySearch(at);
        return index >= 0 ? markupEnds[index] : ScanMarkup(at);
    }

    /// <summary>The end of the markup construct that holds <paramref name="at"/>, or <paramref name="at"/>.</summary>
    private int MarkupAround(int at)
    {
        int index = markupStarts.BinarySearch(at);
        if (index < 0) index = ~index - 1;
        return index >= 0 && markupEnds[index] > at ? markupEnds[index] : at;
    }

    private int ScanMarkup(int at)
    {
        string s = source;
        int n = s.Length;
        if (at + 1 >= n || s[at] != '<') return at;
        char next = s[at + 1];
        if (char.IsAsciiLetter(next))
        {
            int end = TagEnd(at + 1, out string name);
            if (!rawTextStarts.Contains(at)) return end;
            return name.Equals("plaintext", StringComparison.OrdinalIgnoreCase) ? n : RawTextEnd(name, end);
        }
        if (next == '/')
        {
            if (at + 2 >= n) return at;                                     // "</" at the very end is text
            if (char.IsAsciiLetter(s[at + 2])) return TagEnd(at + 2, out _);
            if (s[at + 2] == '>') return at + 3;                            // "</>" is dropped
            return After('>', at + 2);                                      // a bogus comment
        }
        if (next == '!')
        {
            if (string.CompareOrdinal(s, at, "<!--", 0, 4) == 0) return CommentEnd(at);
            if (string.CompareOrdinal(s, at, "<![CDATA[", 0, 9) == 0)
            {
                int close = s.IndexOf("]]>", at + 9, StringComparison.Ordinal);
                return close < 0 ? n : close + 3;
            }
            return After('>', at + 2);                                      // doctype or bogus comment
        }
        if (next == '?') return After('>', at + 2);
        return at;                                                          // a lone "<" is text
    }

    /// <summary>
    /// From <paramref name="from"/>, skips white space and markup up to and including the end tag named
    /// <paramref name="name"/>; returns <paramref name="from"/> when that end tag does not follow.
    /// </summary>
    public int EndTagAfter(string name, int from)
    {
        int p = from;
        for (int steps = 0; steps < 64 && p < source.Length; steps++)
        {
            while (p < source.Length && char.IsWhiteSpace(source[p])) p++;
            int end = MarkupEnd(p);
            if (end == p) break;
            if (source[p + 1] == '/' && IsName(p + 2, name)) return end;
            p = end;
        }
        return from;
    }

    private bool TryNear(string text, int from, int anchor, List<Piece> pieces)
    {
        // 1. Right at the cursor, after markup, white space and text already claimed: the usual case.
        int p = Cursor;
        while (p < source.Length)
        {
            int skip = Skip(p);
            if (skip > p) { p = skip; continue; }
            if (TryAt(text, from, p, pieces)) return true;
            if (!char.IsWhiteSpace(source[p])) break;
            p++;
        }

        // 2. Behind the cursor, inside the enclosing element: text the parser moved after later text (a table's
        //    cells come after the text fostered out of it).
        if (anchor >= 0 && anchor < Cursor && Search(text, from, Math.Max(anchor, Cursor - Window), Cursor, pieces)) return true;

        // 3. A little further ahead: the parser dropped or moved something in between.
        return Search(text, from, Cursor, Math.Min(source.Length, Cursor + Window), pieces);
    }

    /// <summary>Tries every place in [start, limit) where the text could begin.</summary>
    private bool Search(string text, int from, int start, int limit, List<Piece> pieces)
    {
        char first = text[from];
        ReadOnlySpan<char> starts = first == '\n' ? ['\n', '\r', '&', '\0'] : [first, '&', '\0'];
        for (int p = start; p < limit;)
        {
            int found = source.AsSpan(p, limit - p).IndexOfAny(starts);
            if (found < 0) return false;
            p += found;
            if (Skip(p) == p && TryAt(text, from, p, pieces)) return true;
            p++;
        }
        return false;
    }

    /// <summary>Markup and text already claimed are never matched: where the next place to look is.</summary>
    private int Skip(int p) => used[p] ? p + 1 : MarkupAround(p);

    private bool TryAt(string text, int from, int at, List<Piece> pieces)
    {
        int remaining = text.Length - from;
        if (Match(text, from, at, out int end) != remaining) return false;
        Claim(attempt);
        pieces.AddRange(attempt);
        Cursor = end;
        return true;
    }

    private int LongestPrefixAtCursor(string text, int from, out int bestEnd)
    {
        int best = 0, bestAt = -1;
        bestEnd = Cursor;
        int p = Cursor;
        while (p < source.Length)
        {
            int skip = Skip(p);
            if (skip > p) { p = skip; continue; }
            int matched = Match(text, from, p, out int end);
            if (matched > best) { best = matched; bestAt = p; bestEnd = end; }
            if (!char.IsWhiteSpace(source[p])) break;
            p++;
        }
        if (bestAt >= 0) Match(text, from, bestAt, out _);        // leave the best attempt's pieces in place
        return best;
    }

    /// <summary>
    /// Matches <paramref name="text"/> from <paramref name="from"/> against the source at <paramref name="at"/>,
    /// leaving the pieces in <see cref="attempt"/>; returns how many characters of text matched.
    /// </summary>
    private int Match(string text, int from, int at, out int end)
    {
        attempt.Clear();
        string s = source;
        int i = from, p = at;
        while (i < text.Length && p < s.Length && !used[p])
        {
            char c = s[p];
            if (c == '<')
            {
                // Markup the parser ignored (a stray end tag) can sit inside one text node.
                int markupEnd = MarkupAround(p);
                if (markupEnd > p) { p = markupEnd; continue; }
            }
            if (c == '&' && TryCharacterReference(p, out string? decoded, out int length, out bool numeric))
            {
                int take = decoded != null && text.AsSpan(i).StartsWith(decoded, StringComparison.Ordinal) ? decoded.Length
                    : numeric && decoded == null ? (char.IsSurrogatePair(text, i) ? 2 : 1)
                    : 0;
                if (take > 0)
                {
                    attempt.Add(new Piece(p, length, text.Substring(i, take)));
                    i += take;
                    p += length;
                    continue;
                }
            }
            if (c == '\r' && text[i] == '\n')
            {
                int lineBreak = p + 1 < s.Length && s[p + 1] == '\n' ? 2 : 1;
                AddVerbatim(p, lineBreak);
                i++;
                p += lineBreak;
                continue;
            }
            if (c == text[i])
            {
                AddVerbatim(p, 1);
                i++;
                p++;
                continue;
            }
            if (c == '\0')
            {
                p++;                                                        // the parser drops NUL from text
                continue;
            }
            break;
        }
        end = p;
        return i - from;
    }

    private void AddVerbatim(int start, int length)
    {
        if (attempt.Count > 0 && attempt[^1] is { Text: null } last && last.SourceEnd == start)
        {
            attempt[^1] = last with { SourceLength = last.SourceLength + length };
        }
        else
        {
            attempt.Add(new Piece(start, length, null));
        }
    }

    private void Claim(List<Piece> pieces)
    {
        foreach (Piece piece in pieces)
        {
            for (int p = piece.SourceStart; p < piece.SourceEnd; p++) used[p] = true;
        }
    }

    /// <summary>
    /// A character reference at <paramref name="at"/> as the HTML tokenizer reads it in text: named (with a
    /// semicolon, or one of the legacy names without) or numeric. <paramref name="decoded"/> is null for a
    /// numeric reference the parser replaces (NUL, C1 controls, out of range): any one character then matches.
    /// </summary>
    private bool TryCharacterReference(int at, out string? decoded, out int length, out bool numeric)
    {
        string s = source;
        decoded = null;
        length = 0;
        numeric = false;
        if (at + 1 >= s.Length || s[at] != '&') return false;

        if (s[at + 1] == '#')
        {
            int p = at + 2;
            bool hex = p < s.Length && (s[p] == 'x' || s[p] == 'X');
            if (hex) p++;
            int digitsStart = p;
            long code = 0;
            while (p < s.Length && (hex ? char.IsAsciiHexDigit(s[p]) : char.IsAsciiDigit(s[p])))
            {
                int digit = char.IsAsciiDigit(s[p]) ? s[p] - '0' : (s[p] | 0x20) - 'a' + 10;
                code = Math.Min(code * (hex ? 16 : 10) + digit, 0x110000);
                p++;
            }
            if (p == digitsStart) return false;
            if (p < s.Length && s[p] == ';') p++;
            numeric = true;
            length = p - at;
            bool plain = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) and not (>= 0x80 and <= 0x9F);
            decoded = plain ? char.ConvertFromUtf32((int)code) : null;
            return true;
        }

        int nameEnd = at + 1;
        while (nameEnd < s.Length && nameEnd - at <= 32 && char.IsAsciiLetterOrDigit(s[nameEnd])) nameEnd++;
        if (nameEnd == at + 1) return false;
        string name = s[(at + 1)..nameEnd];
        if (nameEnd < s.Length && s[nameEnd] == ';' && HtmlEntityProvider.Resolver.GetSymbol(name + ";") is { } withSemicolon)
        {
            decoded = withSemicolon;
            length = name.Length + 2;
            return true;
        }
        // Legacy references without a semicolon: the longest known name wins (&notit; is ¬ then "it;").
        for (int k = name.Length; k > 0; k--)
        {
            if (HtmlEntityProvider.Resolver.GetSymbol(name[..k]) is { } legacy)
            {
                decoded = legacy;
                length = k + 1;
                return true;
            }
        }
        return false;
    }

    private int TagEnd(int nameStart, out string name)
    {
        string s = source;
        int n = s.Length;
        int i = nameStart;
        while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        name = s[nameStart..i];
        while (i < n)
        {
            char c = s[i];
            if (c == '>') return i + 1;
            if (IsTagSpace(c) || c == '/') { i++; continue; }

            // An attribute: its name (which may start with '='), then an optional value.
            i++;
            while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') i++;
            int j = i;
            while (j < n && IsTagSpace(s[j])) j++;
            if (j >= n || s[j] != '=') { i = j; continue; }
            j++;
            while (j < n && IsTagSpace(s[j])) j++;
            if (j < n && (s[j] == '"' || s[j] == '\''))
            {
                int close = s.IndexOf(s[j], j + 1);
                i = close < 0 ? n : close + 1;
            }
            else
            {
                while (j < n && !IsTagSpace(s[j]) && s[j] != '>') j++;
                i = j;
            }
        }
        return n;                                                           // a tag cut off by the end of the file
    }

    private int RawTextEnd(string name, int from)
    {
        int p = from;
        while (true)
        {
            int close = source.IndexOf("</", p, StringComparison.Ordinal);
            if (close < 0) return source.Length;
            if (IsName(close + 2, name)) return TagEnd(close + 2, out _);
            p = close + 2;
        }
    }

    /// <summary>Whether an element name starts at <paramref name="at"/> and ends where a tag name ends.</summary>
    private bool IsName(int at, string name)
    {
        int end = at + name.Length;
        if (end > source.Length || string.Compare(source, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        return end == source.Length || IsTagSpace(source[end]) || source[end] is '/' or '>';
    }

    private int CommentEnd(int at)
    {
        string s = source;
        int body = at + 4;
        if (body < s.Length && s[body] == '>') return body + 1;                                  // <!-->
        if (body + 1 < s.Length && s[body] == '-' && s[body + 1] == '>') return body + 2;        // <!--->
        int close = s.IndexOf("-->", body, StringComparison.Ordinal);
        int bang = s.IndexOf("--!>", body, StringComparison.Ordinal);
        if (close < 0 && bang < 0) return s.Length;
        if (bang >= 0 && (close < 0 || bang < close)) return bang + 4;
        return close + 3;
    }

    private int After(char c, int from)
    {
        int index = source.IndexOf(c, from);
        return index < 0 ? source.Length : index + 1;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
