using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// One file being linted the way Vale lints it: its content and lines, what the config enables for it, the
/// metrics and summary that document-sized rules read, the comment switches (vale off/on) in force, and the
/// alerts found so far. <see cref="AddAlert"/> locates an alert as Vale does: by searching the file's located
/// copy for the block and the match, masking each reported match so the next identical one is found further on.
/// </summary>
public sealed class ValeFile
{
    private static readonly Regex CommentControl = new(@"^vale (.+\..+) = (YES|NO)$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, int> history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> limits = new(StringComparer.Ordinal);

    public ValeFile(string path, string content, string normedExt, string format, string realExt)
    {
        Path = path;
        Content = content;
        Lines = ValeText.SplitAfter(content);
        NormedExt = normedExt;
        Format = format;
        RealExt = realExt;
    }

    public string Path { get; }
    public string Content { get; set; }
    public List<string> Lines { get; }
    public string NormedExt { get; }
    public string Format { get; }
    public string RealExt { get; }
    public bool Lookup { get; set; }
    public List<string> BaseStyles { get; set; } = [];
    public Dictionary<string, bool> Checks { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, bool> Comments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Metrics { get; } = new(StringComparer.Ordinal);
    public StringBuilder Summary { get; } = new();
    public List<string> Sequences { get; } = [];
    public List<ValeAlert> Alerts { get; } = [];
    public Dictionary<string, string> CheckToContext { get; } = new(StringComparer.Ordinal);

    public void Count(string metric) => Metrics[metric] = Metrics.TryGetValue(metric, out int v) ? v + 1 : 1;

    // ------------------------------------------------------------------ comments

    public void UpdateComments(string comment)
    {
        if (comment == "vale off") Comments["off"] = true;
        else if (comment == "vale on") Comments["off"] = false;
        else if (CommentControl.Match(comment) is { Success: true } m) Comments[m.Groups[1].Value] = m.Groups[2].Value == "NO";
    }

    /// <summary>Is the check switched off here by a comment?</summary>
    public bool QueryComments(string check)
    {
        bool off = Comments.TryGetValue("off", out bool o) && o;
        if (!off && Comments.TryGetValue(check, out bool status)) return status;
        return off;
    }

    /// <summary>Rule switches end with the markup; "vale off" stays as it was.</summary>
    public void ResetComments()
    {
        foreach (string key in Comments.Keys.ToList()) if (key != "off") Comments[key] = false;
    }

    // ------------------------------------------------------------------ locating

    public void AddAlert(ValeAlert a, ValeBlock block, int lines, int pad, bool lookup)
    {
        string context = CheckToContext.TryGetValue(a.Check, out string? old) ? old : block.Context;

        // With the match more than once in a small context, the words before it help find the right one.
        if (a.Offset.Count == 0 && a.Match.Length > 0 && CountOf(context, a.Match) > 1 && Encoding.UTF8.GetByteCount(context) < 1000)
        {
            a.Offset.AddRange(ValeText.Fields(context[..Math.Min(a.Span[0], context.Length)]));
        }
        if (!lookup) (a.Line, a.Span) = AssignLocation(context, block, pad, a);
        if ((!lookup && a.Span[0] < 0) || lookup) (a.Line, a.Span) = FindLocation(context, block.Text, pad, lines, a);

        if (a.Span[0] <= 0) return;
        CheckToContext[a.Check] = ValeText.Substitute(context, a.Match, '#');
        if (a.Hide) return;
        string entry = a.Line + "-" + a.Span[0] + "-" + a.Check;
        if (history.ContainsKey(entry)) return;
        bool seen = limits.TryGetValue(a.Check, out int count);
        if (!seen || a.Limit == 0 || count < a.Limit)
        {
            Alerts.Add(a);
            history[entry] = 1;
            if (a.Limit > 0) limits[a.Check] = count + 1;
        }
    }

    private static int CountOf(string s, string sub)
    {
        int count = 0;
        for (int at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Searches the context for the match, line by line of the file.</summary>
    private (int Line, int[] Span) FindLocation(string context, string text, int pad, int count, ValeAlert a)
    {
        foreach (string s in a.Offset) context = ValeText.Substitute(context, s, '@');
        (int pos, string substring) = InitialPosition(context, text, a);
        if (pos < 0) return (pos, [0, 0]);
        int[] loc = [a.Span[0], a.Span[1]];
        List<string> lines = Format == "markup" || Format == "fragment" ? Lines : ValeText.SplitAfter(context);
        int counter = 0;
        for (int idx = 0; idx < lines.Count; idx++)
        {
            int length = ValeText.StrLen(lines[idx]);
            if (counter + length >= pos)
            {
                loc[0] = pos - counter + pad;
                loc[1] = loc[0] + ValeText.StrLen(substring) - 1;
                int extent = length + pad;
                if (loc[1] > extent) loc[1] = extent;
                else if (loc[1] <= 0) loc[1] = 1;
                return (count - (lines.Count - (idx + 1)), loc);
            }
            counter += length;
        }
        return (count, loc);
    }

    /// <summary>The block's line is known: find the match on the first line where it sits at the same span, or on the block's line.</summary>
    private static (int Line, int[] Span) AssignLocation(string context, ValeBlock block, int pad, ValeAlert a)
    {
        int[] loc = [a.Span[0], a.Span[1]];
        List<string> lines = ValeText.SplitAfter(context);
        for (int idx = 0; idx < lines.Count; idx++)
        {
            string l = lines[idx];
            if (loc[0] < 0 || loc[1] < 0) continue;
            bool exact = l.Length > loc[1] && loc[0] <= loc[1] && l[loc[0]..loc[1]] == a.Match;
            if (exact || idx == block.Line)
            {
                int length = ValeText.StrLen(l);
                (int pos, string substring) = InitialPosition(l, block.Text, a);
                loc[0] = pos + pad;
                loc[1] = pos + ValeText.StrLen(substring) - 1;
                int extent = length + pad;
                if (loc[1] > extent) loc[1] = extent;
                else if (loc[1] <= 0) loc[1] = 1;
                return (idx + 1, loc);
            }
        }
        return (block.Line + 1, a.Span);
    }

    /// <summary>
    /// Where the match is in the context (1-based, in runes): after the block's own text when the block appears
    /// verbatim, as a whole word first, skipping hits that look like inline code, else anywhere.
    /// </summary>
    private static (int Position, string Substring) InitialPosition(string context, string text, ValeAlert a)
    {
        if (a.Match.Length == 0) return (1, "");
        int offset = context.IndexOf(text, StringComparison.Ordinal);
        if (offset >= 0) context = ValeText.Substitute(context, context[..offset], '@');
        string sub = a.Match;
        var pattern = new Regex(@"(?:^|\b|_)" + Regex.Escape(sub) + @"(?:_|\b|$)", RegexOptions.ECMAScript);
        MatchCollection hits = pattern.Matches(context);
        int idx;
        if (hits.Count == 0)
        {
            idx = context.IndexOf(sub, StringComparison.Ordinal);
            if (idx < 0) return GuessLocation(context, text, sub);
        }
        else
        {
            idx = hits[0].Index;
            int size = context.Length;
            foreach (Match hit in hits)
            {
                int start = hit.Index - 1, end = hit.Index + hit.Length + 1;
                if (start > 0 && context[start] is '`' or '-') continue;
                if (end < size && context[end] is '`' or '-') continue;
                idx = hit.Index;
                break;
            }
        }
        if (idx < context.Length && context[idx] == '_') idx++;
        return (ValeText.StrLen(context.AsSpan(0, idx)) + 1, sub);
    }

    private static (int, string) GuessLocation(string context, string text, string match)
    {
        string target = "";
        foreach (string s in ValeSentences.Segment(text))
        {
            if (s == match || s.IndexOf(match, StringComparison.Ordinal) > 0) target = s;
        }
        if (target.Length == 0) return (-1, text);
        string[] tokens = ValeSentences.Words(target);
        foreach (string line in context.Split('\n'))
        {
            if (tokens.All(t => line.Contains(t, StringComparison.Ordinal))) return (context.IndexOf(line, StringComparison.Ordinal) + 1, line);
        }
        return (-1, text);
    }
}
