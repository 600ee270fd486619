namespace StyleLint.Vale;

/// <summary>
/// Follows an HTML token stream against the source file: text seen in a block is found in the file's located copy
/// (<see cref="Context"/>) to learn the block's line, and masked with '@' once the block is done, so a later block
/// with the same words is located further on.
/// </summary>
public sealed class ValeWalker(ValeFile file, int offset = 0)
{
    private readonly List<string> queue = [];
    private int idx;
    private int begin, end;

    public int Lines { get; } = file.Lines.Count + offset;
    public string Context { get; private set; } = file.Content;
    public string ActiveTag { get; set; } = "";
    public string ActiveClass { get; private set; } = "";

    /// <summary>The tags seen in the current block, outermost first (reset at each block's end).</summary>
    public List<string> TagHistory { get; private set; } = [];

    private bool Sub(string sub, char mask)
    {
        Context = ValeText.SubstituteAscii(Context, sub, mask, out bool found);
        return found;
    }

    /// <summary>Masks a text (or comment) in the context, line by line; a line not found is masked word by word.</summary>
    public void Update(string text)
    {
        if (text.Length == 0) return;
        foreach (string s in text.Split('\n'))
        {
            if (Sub(s, '@')) continue;
            foreach (string f in ValeText.Fields(s)) Sub(f, '@');
        }
    }

    public void Reset()
    {
        foreach (string s in queue) Update(s);
        queue.Clear();
        TagHistory = [];
    }

    public void Append(string text)
    {
        if (text.Length == 0) return;
        int pos = Advance(text);
        if (pos > -1) idx = pos;
        queue.Add(text);
    }

    public void AddTag(string tag)
    {
        TagHistory.Add(tag);
        ActiveTag = tag;
    }

    public void SetClass(string tag, bool cls)
    {
        if (!cls) return;
        ActiveClass = tag;
        begin = 1;
        end = 0;
    }

    public void AddClass(string tag, bool start)
    {
        if (tag != ActiveClass) return;
        if (start) begin++;
        else end++;
    }

    public bool CanClose() => ActiveClass.Length > 0 && begin == end && begin > 0;

    public void Close()
    {
        ActiveClass = "";
        begin = 0;
        end = 0;
    }

    public ValeBlock Block(string text, string scope)
    {
        int line = idx;
        int pos = Advance(text);
        if (pos != line && pos > -1) line = pos;
        return ValeBlock.Lined(Context, text, scope, line);
    }

    /// <summary>Attribute values the renderer keeps (href, id, src, alt) are masked so matches are not located in them.</summary>
    public void ReplaceTokens(HtmlToken token)
    {
        if (token.Type == HtmlTokenType.Text || token.Type == HtmlTokenType.Comment) return;
        if (token.Data is not ("img" or "a" or "p" or "script" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")) return;
        foreach (var a in token.Attributes)
        {
            if (a.Key is not ("href" or "id" or "src" or "alt")) continue;
            string value = a.Value;
            if (a.Key == "href")
            {
                try { value = Uri.UnescapeDataString(value.Replace('+', ' ')); }
                catch (UriFormatException) { value = ""; }
            }
            Update(value);
        }
    }

    /// <summary>The 0-based line where the text (its last line, or that line's last word) is found, when past the current one.</summary>
    private int Advance(string text)
    {
        int pos = 0;
        string ctx = Context;
        foreach (string s in text.Split('\n'))
        {
            pos = ctx.IndexOf(s, StringComparison.Ordinal);
            if (pos < 0)
            {
                foreach (string ss in ValeText.Fields(s)) pos = ctx.IndexOf(ss, StringComparison.Ordinal);
            }
        }
        if (pos >= 0)
        {
            int l = 0;
            for (int i = 0; i < pos; i++) if (ctx[i] == '\n') l++;
            if (l > idx) return l;
        }
        return -1;
    }

    public string LastTag() => TagHistory.Count > 0 ? TagHistory[^1] : ActiveTag;

    /// <summary>Inside a list nested in a list item: items are joined with a space.</summary>
    public bool IsNestedList()
    {
        if (LastTag() == "li" && TagHistory.Count > 3)
        {
            string up1 = TagHistory[^2], up2 = TagHistory[^3];
            if (up1 is "ol" or "ul") return up2 == "li";
        }
        return false;
    }
}
