using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Vale;

/// <summary>A generated checker compiled from a Vale rule file.</summary>
public interface IValeChecker
{
    ValeRule ValeRule { get; }
}

/// <summary>An alert inside a block's text: a span (UTF-16 offsets of the block text), the matched text and the message.</summary>
public readonly record struct ValeAlert(int Start, int End, string Match, string Message, bool WholeDocument = false);

/// <summary>
/// A Vale rule with its fields as written (the generator hands them over as name → values), and the run-time
/// matching of Vale's kinds: existence, substitution, occurrence, repetition, consistency, conditional,
/// capitalization and metric. Kinds and fields StyleLint cannot run are listed in <see cref="Unsupported"/>.
/// </summary>
public sealed class ValeRule
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly string[] Known =
    [
        "extends", "message", "level", "scope", "ignorecase", "nonword", "tokens", "exceptions", "raw", "append", "swap", "action", "action.name", "action.params",
        "description", "link", "min", "max", "token", "either", "first", "second", "match", "style", "indicators", "threshold", "prefix", "vocab",
        "formula", "condition", "alpha", "capitalize", "limit", "code",
    ];

    private readonly Dictionary<string, string[]> fields = new(StringComparer.Ordinal);
    private readonly List<string> unsupported = [];
    private Regex? pattern;
    private Regex[] exceptRes = [];
    private readonly List<(string Key, string Replacement, Regex KeyRe)> swaps = [];
    private Regex? second;
    private readonly List<(string Name, Regex Re)> either = [];

    public ValeRule(string id, Severity severity, string source, KeyValuePair<string, string[]>[] options)
    {
        Id = id;
        Severity = severity;
        Source = source;
        foreach (var option in options) fields[option.Key] = option.Value;
        Extends = Field("extends");
        Message = Field("message");
        Level = Field("level") is { Length: > 0 } l ? l : "warning";
        Scopes = fields.TryGetValue("scope", out string[]? scopes) && scopes.Length > 0 ? scopes : [DefaultScope(Extends)];
        IgnoreCase = Flag("ignorecase");
        foreach (string name in fields.Keys)
        {
            if (!Known.Contains(name)) unsupported.Add($"field '{name}'");
        }
        try
        {
            Prepare();
        }
        catch (ArgumentException e)
        {
            unsupported.Add($"a pattern .NET cannot read ({e.Message})");
            pattern = null;
            Extends = "";
        }
    }

    public string Id { get; }
    public Severity Severity { get; }
    public string Source { get; }
    public string Extends { get; private set; }
    public string Message { get; }
    public string Level { get; }
    public string[] Scopes { get; }
    public bool IgnoreCase { get; }

    /// <summary>What this rule asks for that StyleLint cannot run (the rule runs without it, or not at all when the kind is listed).</summary>
    public IReadOnlyList<string> Unsupported => unsupported;

    /// <summary>Accepted words (Vocab) that existence and substitution rules must not flag.</summary>
    public IReadOnlyList<string> Vocabulary { get; private set; } = [];

    public string Field(string name) => fields.TryGetValue(name, out string[]? v) && v.Length > 0 ? v[0] : "";

    public string[] List(string name) => fields.TryGetValue(name, out string[]? v) ? v : [];

    public bool Flag(string name) => string.Equals(Field(name), "true", StringComparison.OrdinalIgnoreCase);

    private static string DefaultScope(string extends) => extends is "metric" or "occurrence" and not "" ? "text" : "text";

    private void Prepare()
    {
        string ic = IgnoreCase ? "(?i)" : "";
        switch (Extends)
        {
            case "existence":
            {
                string[] tokens = List("tokens");
                bool word = !Flag("nonword") && tokens.Length > 0;
                string regex = word ? @"(?m)\b(?:{0})\b" : "(?m)(?:{0})";
                string raw = string.Concat(List("raw"));
                regex = Flag("append") ? regex + raw : raw + regex;
                regex = ic + regex;
                regex = regex.Replace("{0}", string.Join("|", tokens), StringComparison.Ordinal);
                pattern = Go(regex);
                break;
            }
            case "substitution":
            {
                string[] pairs = List("swap");
                var keys = new List<(string Key, string Repl)>();
                for (int i = 0; i + 1 < pairs.Length; i += 2) keys.Add((pairs[i], pairs[i + 1]));
                keys = keys.OrderByDescending(k => k.Key.Length).ToList();
                var tokens = new StringBuilder();
                foreach ((string key, string repl) in keys)
                {
                    string regexKey = NonCapturing(key);
                    swaps.Add((key, repl, Go(ic + key)));
                    tokens.Append('(').Append(regexKey).Append(")|");
                }
                string template = Flag("nonword") ? "(?m)(?:{0})" : @"(?m)\b(?:{0})\b";
                pattern = Go(ic + template.Replace("{0}", tokens.ToString().TrimEnd('|'), StringComparison.Ordinal));
                break;
            }
            case "occurrence":
                pattern = Go(ic + "(?m)" + Field("token"));
                break;
            case "repetition":
                pattern = Go(ic + "(?m)" + string.Join("|", List("tokens")));
                break;
            case "conditional":
                pattern = Go(ic + "(?m)" + Field("first"));
                second = Go(ic + "(?m)" + Field("second"));
                break;
            case "consistency":
            {
                string[] pairs = List("either");
                for (int i = 0; i + 1 < pairs.Length; i += 2)
                {
                    either.Add((pairs[i], Go(ic + @"(?m)\b(?:" + pairs[i] + @")\b")));
                    either.Add((pairs[i + 1], Go(ic + @"(?m)\b(?:" + pairs[i + 1] + @")\b")));
                }
                break;
            }
            case "capitalization":
            case "metric":
                break;
            default:
                unsupported.Add($"kind '{Extends}'");
                Extends = "";
                break;
        }
        exceptRes = List("exceptions").Select(e => Go((IgnoreCase ? "(?i)" : "") + "^(?:" + e + ")$")).ToArray();
    }

    /// <summary>Adds Vocab's accepted terms to this rule's exceptions (Vale does this for existence and substitution).</summary>
    public void AddVocabulary(IReadOnlyList<string> accepted)
    {
        Vocabulary = accepted;
        if (accepted.Count == 0 || Extends is not ("existence" or "substitution")) return;
        exceptRes = exceptRes.Concat(accepted.Select(e => Go("(?i)^(?:" + e + ")$"))).ToArray();
    }

    /// <summary>Go's RE2 syntax read by .NET: named groups (?P&lt;n&gt;…) and the flags RE2 allows.</summary>
    public static Regex Go(string regex)
    {
        string translated = regex.Replace("(?P<", "(?<", StringComparison.Ordinal);
        return new Regex(translated, RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>Capturing groups in a swap key become non-capturing, so each key is one group of the combined pattern.</summary>
    private static string NonCapturing(string key)
    {
        var builder = new StringBuilder(key.Length + 8);
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            if (c == '\\' && i + 1 < key.Length) { builder.Append(c).Append(key[++i]); continue; }
            if (c == '[')
            {
                // Copy a character class unchanged.
                int j = i + 1;
                if (j < key.Length && key[j] == '^') j++;
                if (j < key.Length && key[j] == ']') j++;
                while (j < key.Length && key[j] != ']') { if (key[j] == '\\') j++; j++; }
                builder.Append(key, i, Math.Min(j + 1, key.Length) - i);
                i = j;
                continue;
            }
            if (c == '(' && (i + 1 >= key.Length || key[i + 1] != '?')) { builder.Append("(?:"); continue; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private string ActionName()
    {
        if (Field("action.name") is { Length: > 0 } name) return name;
        string[] action = List("action");
        for (int i = 0; i + 1 < action.Length; i += 2) if (action[i] == "name") return action[i + 1];
        return "";
    }

    private bool IsException(string text) => exceptRes.Any(e => e.IsMatch(text));

    /// <summary>Fills %s placeholders in order.</summary>
    public static string Format(string message, params string[] args)
    {
        var builder = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < message.Length; i++)
        {
            if (message[i] == '%' && i + 1 < message.Length && message[i + 1] == 's')
            {
                builder.Append(arg < args.Length ? args[arg] : "%!s(MISSING)");
                arg++;
                i++;
            }
            else if (message[i] == '%' && i + 1 < message.Length && message[i + 1] == '%')
            {
                builder.Append('%');
                i++;
            }
            else builder.Append(message[i]);
        }
        return builder.ToString();
    }

    /// <summary>Runs the rule on one block's text.</summary>
    public IEnumerable<ValeAlert> Run(string text, ValeDocument document)
    {
        switch (Extends)
        {
            case "existence": return Existence(text);
            case "substitution": return Substitution(text);
            case "occurrence": return Occurrence(text);
            case "repetition": return Repetition(text);
            case "conditional": return Conditional(text);
            case "consistency": return Consistency(text);
            case "capitalization": return Capitalization(text);
            case "metric": return Metric(document);
            default: return [];
        }
    }

    private IEnumerable<ValeAlert> Existence(string text)
    {
        foreach (Match m in pattern!.Matches(text))
        {
            if (m.Length == 0) continue;
            string observed = m.Value.Trim();
            if (IsException(observed)) continue;
            yield return new ValeAlert(m.Index, m.Index + m.Length, m.Value, Format(Message, observed));
        }
    }

    private IEnumerable<ValeAlert> Substitution(string text)
    {
        string message = Message;
        bool replace = ActionName() == "replace" && List("action.params").Length == 0;
        foreach (Match m in pattern!.Matches(text))
        {
            for (int g = 1; g < m.Groups.Count; g++)
            {
                Group group = m.Groups[g];
                if (!group.Success) continue;
                (string key, string expected, Regex keyRe) = swaps[g - 1];
                string observed = group.Value.Trim();
                if (expected.Contains('$', StringComparison.Ordinal)) expected = keyRe.Replace(observed, expected);
                if (Flag("capitalize") && observed.Length > 0 && char.IsUpper(observed[0]) && expected.Length > 0)
                {
                    expected = char.ToUpperInvariant(expected[0]) + expected[1..];
                }
                bool same = expected.Split('|').Any(option => option == observed);
                if (!same && !IsException(observed))
                {
                    string msg = message;
                    string shown = expected;
                    if (replace)
                    {
                        shown = ToSentence(expected.Split('|'), "or");
                        int at = msg.IndexOf("'%s'", StringComparison.Ordinal);
                        if (at >= 0) msg = msg[..at] + "%s" + msg[(at + 4)..];
                        at = msg.IndexOf("\"%s\"", StringComparison.Ordinal);
                        if (at >= 0 && msg.IndexOf("%s", StringComparison.Ordinal) == at + 1) msg = msg[..at] + "%s" + msg[(at + 4)..];
                    }
                    yield return new ValeAlert(group.Index, group.Index + group.Length, group.Value, Format(msg, shown, observed));
                }
                break;
            }
        }
    }

    public static string ToSentence(IReadOnlyList<string> words, string andOr)
    {
        var quoted = words.Select(w => "'" + w + "'").ToList();
        if (quoted.Count == 1) return quoted[0];
        if (quoted.Count == 2) return quoted[0] + " " + andOr + " " + quoted[1];
        return string.Join(", ", quoted.Take(quoted.Count - 1)) + ", " + andOr + " " + quoted[^1];
    }

    private IEnumerable<ValeAlert> Occurrence(string text)
    {
        MatchCollection matches = pattern!.Matches(text);
        int count = matches.Count;
        int max = Int("max"), min = Int("min");
        if ((max > 0 && count > max) || (min > 0 && count < min))
        {
            (int start, int end) = count == 0 ? (0, text.Length) : (matches[0].Index, matches[^1].Index + matches[^1].Length);
            yield return new ValeAlert(start, end, text[start..end], Format(Message, text[start..end]));
        }
    }

    private int Int(string name) => int.TryParse(Field(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;

    private IEnumerable<ValeAlert> Repetition(string text)
    {
        string previous = "";
        int previousEnd = -1;
        bool alpha = Flag("alpha");
        foreach (Match m in pattern!.Matches(text))
        {
            string word = m.Value;
            string between = previousEnd >= 0 ? text[previousEnd..m.Index] : "";
            bool onlySpace = between.Length > 0 && between.All(char.IsWhiteSpace);
            bool same = IgnoreCase ? string.Equals(word, previous, StringComparison.OrdinalIgnoreCase) : word == previous;
            if (same && onlySpace && (!alpha || word.Any(char.IsLetter)) && !IsException(word))
            {
                int start = previousEnd - previous.Length;
                yield return new ValeAlert(start, m.Index + m.Length, text[start..(m.Index + m.Length)], Format(Message, word));
            }
            previous = word;
            previousEnd = m.Index + m.Length;
        }
    }

    private IEnumerable<ValeAlert> Conditional(string text)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in second!.Matches(text))
        {
            for (int g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Success) defined.Add(m.Groups[g].Value);
            }
            if (m.Groups.Count == 1) defined.Add(m.Value);
        }
        foreach (Match m in pattern!.Matches(text))
        {
            string found = m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : m.Value;
            if (defined.Contains(found) || IsException(found)) continue;
            yield return new ValeAlert(m.Index, m.Index + m.Length, m.Value, Format(Message, found));
        }
    }

    private IEnumerable<ValeAlert> Consistency(string text)
    {
        for (int i = 0; i + 1 < either.Count; i += 2)
        {
            Match a = either[i].Re.Match(text), b = either[i + 1].Re.Match(text);
            if (!a.Success || !b.Success) continue;
            Match later = a.Index > b.Index ? a : b;
            // Vale reports every use of the less-used... keep it simple: the later variant's uses.
            Regex re = later == a ? either[i].Re : either[i + 1].Re;
            foreach (Match m in re.Matches(text))
            {
                yield return new ValeAlert(m.Index, m.Index + m.Length, m.Value, Format(Message, m.Value));
            }
        }
    }

    private IEnumerable<ValeAlert> Capitalization(string text)
    {
        string match = Field("match");
        string trimmed = text.Trim();
        if (trimmed.Length == 0) yield break;
        bool ok = match switch
        {
            "$title" => ValeCase.IsTitle(trimmed, ExceptionWords()),
            "$sentence" => ValeCase.IsSentence(trimmed, ExceptionWords(), List("indicators"), Field("prefix"), Threshold()),
            "$lower" => trimmed == trimmed.ToLowerInvariant(),
            "$upper" => trimmed == trimmed.ToUpperInvariant(),
            _ => Go(match).IsMatch(trimmed),
        };
        if (ok) yield break;
        int start = text.IndexOf(trimmed, StringComparison.Ordinal);
        yield return new ValeAlert(start, start + trimmed.Length, trimmed, Format(Message, trimmed, ValeCase.ToTitle(trimmed)));
    }

    private double Threshold() =>
        double.TryParse(Field("threshold"), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : 0.8;

    private IReadOnlyList<string> ExceptionWords() => List("exceptions").Concat(Vocabulary).ToArray();

    private IEnumerable<ValeAlert> Metric(ValeDocument document)
    {
        string formula = Field("formula");
        var values = document.Metrics();
        bool missing = false;
        string expression = Regex.Replace(formula, @"[A-Za-z_][A-Za-z0-9_.]*", m =>
        {
            if (values.TryGetValue(m.Value, out double v)) return v.ToString("R", CultureInfo.InvariantCulture);
            missing = true;
            return "0";
        });
        if (missing && !formula.Contains("heading", StringComparison.Ordinal) && !formula.Contains("list", StringComparison.Ordinal)) yield break;
        double result;
        try
        {
            result = ValeFormula.Evaluate(expression);
        }
        catch (FormatException)
        {
            yield break;
        }
        if (double.IsNaN(result) || double.IsInfinity(result)) yield break;
        string condition = Field("condition").Trim();
        Match c = Regex.Match(condition, @"^(>=|<=|==|!=|>|<)\s*(-?[0-9.]+)$");
        if (!c.Success) yield break;
        double limit = double.Parse(c.Groups[2].Value, CultureInfo.InvariantCulture);
        bool hit = c.Groups[1].Value switch
        {
            ">" => result > limit, "<" => result < limit, ">=" => result >= limit, "<=" => result <= limit, "==" => result == limit, _ => result != limit,
        };
        if (hit) yield return new ValeAlert(0, 0, "", Format(Message, result.ToString("F2", CultureInfo.InvariantCulture)), WholeDocument: true);
    }

    /// <summary>For StyleLint runs that mix Vale rules with its own (valeStyles in .stylelint.yml): the analysed text as one block.</summary>
    public void CheckProse(Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        if (Extends is "" or "metric" || Scopes.All(s => s.Contains("raw", StringComparison.Ordinal) || s.Contains("heading", StringComparison.Ordinal) && !s.Contains('~'))) 
        {
            if (Extends is "" or "metric") return;
        }
        var vale = ValeDocument.FromPlainText(document.Text);
        foreach (ValeBlock block in vale.Blocks)
        {
            if (!ValeScopes.Matches(Scopes, block)) continue;
            foreach (ValeAlert alert in Run(block.Text, vale))
            {
                if (alert.WholeDocument || alert.End <= alert.Start) continue;
                sink.Report(checker.Rule, block.Offset + alert.Start, alert.End - alert.Start, []);
            }
        }
    }
}
