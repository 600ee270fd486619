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

/// <summary>
/// A Vale rule with its fields as written (the generator hands them over as name → values), and the run-time
/// matching of Vale's kinds: existence, substitution, occurrence, repetition, consistency, conditional,
/// capitalization, metric, readability and spelling. Kinds and fields StyleLint cannot run are listed in
/// <see cref="Unsupported"/>. A rule is configured for a run (<see cref="Configure"/>): the config may change its
/// level, and the Vocab's accepted words become exceptions.
/// </summary>
public sealed class ValeRule : IValeRule
{
    private static readonly string[] Known =
    [
        "extends", "message", "level", "scope", "ignorecase", "nonword", "tokens", "exceptions", "raw", "append", "swap", "action", "action.name", "action.params",
        "description", "link", "min", "max", "token", "either", "first", "second", "match", "style", "indicators", "threshold", "prefix", "vocab",
        "formula", "condition", "alpha", "capitalize", "limit", "code", "metrics", "grade", "filters", "ignore", "custom", "dictionaries", "dicpath", "aff", "dic", "append",
    ];

    // Vale lints a readability rule on the whole document (scope summary) when it names only these metrics.
    private static readonly string[] ReadabilityMetrics = ["Gunning Fog", "Coleman-Liau", "Flesch-Kincaid", "SMOG", "Automated Readability"];

    private readonly KeyValuePair<string, string[]>[] options;
    private readonly Dictionary<string, string[]> fields = new(StringComparer.Ordinal);
    private readonly List<string> unsupported = [];
    private readonly IReadOnlyList<string> accepted;
    private readonly string stylesPath;
    private Regex? pattern;
    private Regex? exceptRe;
    private readonly List<string> swapKeys = [];
    private readonly List<string> swapValues = [];
    private Regex? second;
    private readonly List<(Regex Re, string[] Names)> steps = [];
    private ValeSpeller? speller;
    private readonly List<Regex> filters = [];

    public ValeRule(string id, Severity severity, string source, KeyValuePair<string, string[]>[] options)
        : this(id, severity, source, options, null, [], null)
    {
    }

    private ValeRule(string id, Severity severity, string source, KeyValuePair<string, string[]>[] options, string? level, IReadOnlyList<string> accepted, string? stylesPath)
    {
        Id = id;
        Severity = severity;
        Source = source;
        this.options = options;
        this.accepted = accepted;
        // Not configured (a compiled checker on its own): the current folder, as Vale without a StylesPath.
        this.stylesPath = stylesPath ?? "";
        foreach (var option in options) fields[option.Key] = option.Value;
        Extends = Field("extends");
        Message = Field("message");
        Level = level ?? (Field("level") is { Length: > 0 } l ? l : "warning");
        ScopeNames = Extends is "metric" || (Extends is "readability" && List("metrics").All(ReadabilityMetrics.Contains)) ? ["summary"] : fields.TryGetValue("scope", out string[]? scopes) && scopes.Length > 0 ? scopes : ["text"];
        Scope = new ValeScope(ScopeNames);
        IgnoreCase = Flag("ignorecase");
        Limit = Int("limit");
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
            Extends = "";
        }
    }

    /// <summary>This rule for one run: a level set in the config (or null), the Vocab's accepted words, and the StylesPath (spelling rules find dictionaries there).</summary>
    public ValeRule Configure(string? level, IReadOnlyList<string> acceptedWords, string? stylesPath = null) =>
        new(Id, Severity, Source, options, level, acceptedWords, stylesPath);

    public string Id { get; }
    public Severity Severity { get; }
    public string Source { get; }
    public string Extends { get; private set; }
    public string Message { get; }
    public string Level { get; }
    public IReadOnlyList<string> ScopeNames { get; }
    public ValeScope Scope { get; }
    public bool IgnoreCase { get; }
    public int Limit { get; }

    /// <summary>What this rule asks for that StyleLint cannot run (the rule runs without it, or not at all when the kind is listed).</summary>
    public IReadOnlyList<string> Unsupported => unsupported;

    public string Field(string name) => fields.TryGetValue(name, out string[]? v) && v.Length > 0 ? v[0] : "";

    public string[] List(string name) => fields.TryGetValue(name, out string[]? v) ? v : [];

    public bool Flag(string name) => string.Equals(Field(name), "true", StringComparison.OrdinalIgnoreCase);

    private bool FlagOr(string name, bool fallback) => fields.ContainsKey(name) ? Flag(name) : fallback;

    private int Int(string name) => int.TryParse(Field(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;

    private string Template(bool word) => word ? @"(?m)\b(?:{0})\b" : "(?m)(?:{0})";

    private void Prepare()
    {
        string ic = IgnoreCase ? "(?i)" : "";
        bool vocab = FlagOr("vocab", true);
        switch (Extends)
        {
            case "existence":
            {
                string[] tokens = List("tokens").Where(t => t.Trim().Length > 0).ToArray();
                // The tokens fill the template before the raw part is joined on (a raw regex may hold "{0}" itself).
                string regex = Template(!Flag("nonword") && List("tokens").Length > 0).Replace("{0}", string.Join("|", tokens), StringComparison.Ordinal);
                string raw = string.Concat(List("raw"));
                pattern = ValeRegex.Compile(ic + (Flag("append") ? regex + raw : raw + regex));
                exceptRe = Exceptions(List("exceptions"), vocab);
                break;
            }
            case "substitution":
            {
                string[] pairs = List("swap");
                var keys = new List<(string Key, string Value)>();
                for (int i = 0; i + 1 < pairs.Length; i += 2) keys.Add((pairs[i], pairs[i + 1]));
                // Longest first (stable for equal lengths), as Vale sorts its keys.
                keys = keys.OrderByDescending(k => k.Key.Length).ToList();
                var tokens = new StringBuilder();
                foreach ((string key, string value) in keys)
                {
                    swapKeys.Add(key);
                    swapValues.Add(value);
                    tokens.Append('(').Append(NonCapturing(key)).Append(")|");
                }
                pattern = ValeRegex.Compile(ic + Template(!Flag("nonword")).Replace("{0}", tokens.ToString().TrimEnd('|'), StringComparison.Ordinal));
                exceptRe = Exceptions(List("exceptions"), vocab);
                break;
            }
            case "occurrence":
                pattern = ValeRegex.Compile((IgnoreCase ? "(?i)" : "") + Field("token"));
                break;
            case "repetition":
                pattern = ValeRegex.Compile(ic + "(" + string.Join("|", List("tokens")) + ")");
                exceptRe = Exceptions(List("exceptions"), vocab);
                break;
            case "conditional":
                second = ValeRegex.Compile(Field("second"));
                pattern = ValeRegex.Compile(Field("first"));
                exceptRe = Exceptions(List("exceptions"), vocab);
                break;
            case "consistency":
            {
                string[] pairs = List("either");
                string key = Id[(Id.IndexOf('.') + 1)..];
                int count = 0;
                for (int i = 0; i + 1 < pairs.Length; i += 2)
                {
                    count += 2;
                    string[] names = [key + count.ToString(CultureInfo.InvariantCulture), key + (count + 1).ToString(CultureInfo.InvariantCulture)];
                    string group = $"(?<{Safe(names[0])}>{pairs[i]})|(?<{Safe(names[1])}>{pairs[i + 1]})";
                    steps.Add((ValeRegex.Compile(ic + Template(!Flag("nonword")).Replace("{0}", group, StringComparison.Ordinal)), names));
                }
                break;
            }
            case "capitalization":
                exceptRe = Exceptions(List("exceptions"), vocab);
                break;
            case "metric":
            case "readability":
                break;
            case "spelling":
                foreach (string f in List("filters")) filters.Add(new Regex(f, RegexOptions.CultureInvariant | RegexOptions.ECMAScript));
                if (!Flag("custom")) filters.AddRange(ValeSpeller.DefaultFilters);
                speller = ValeSpeller.Load(this, stylesPath, out string? problem);
                if (speller == null)
                {
                    unsupported.Add(problem ?? "a dictionary StyleLint cannot read");
                    Extends = "";
                }
                else exceptRe = accepted.Count > 0 ? ValeRegex.Compile("(?i)" + string.Join("|", accepted)) : null;
                break;
            default:
                unsupported.Add($"kind '{Extends}'");
                Extends = "";
                break;
        }
    }

    private static string Safe(string name) => Regex.Replace(name, @"[^\w]", "_");

    /// <summary>The rule's exceptions (and the Vocab's accepted words): a whole-word match anywhere in the matched text, case-sensitive unless marked (?i).</summary>
    private Regex? Exceptions(IEnumerable<string> own, bool vocab)
    {
        var terms = own.ToList();
        if (vocab) terms.AddRange(accepted);
        if (terms.Count == 0) return null;
        terms = terms.OrderByDescending(t => t.Length).Select(t => t.StartsWith("(?i)", StringComparison.Ordinal) ? t : "(?-i)" + t).ToList();
        return ValeRegex.Compile(@"(?m)\b(?:" + string.Join("|", terms) + @")\b");
    }

    private static bool IsMatch(Regex? re, string s) => re != null && re.IsMatch(s);

    /// <summary>Capturing groups in a swap key become non-capturing, so each key is one group of the combined pattern.</summary>
    private static string NonCapturing(string key)
    {
        int opens = key.Split('(').Length - 1;
        int others = CountOf(key, "(?") + CountOf(key, "\\(");
        return opens == others ? key : Regex.Replace(key, @"(?<!\\)\((?!\?)", "(?:");
    }

    private static int CountOf(string s, string sub)
    {
        int count = 0;
        for (int at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private (string Name, string[] Params) Action()
    {
        string name = Field("action.name");
        string[] parameters = List("action.params");
        string[] action = List("action");
        for (int i = 0; i + 1 < action.Length; i += 2)
        {
            if (action[i] == "name" && name.Length == 0) name = action[i + 1];
        }
        return (name, parameters);
    }

    /// <summary>Fills %s placeholders in order, as Go's Sprintf does (extra arguments ignored, missing ones marked).</summary>
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

    public static string ToSentence(IReadOnlyList<string> words, string andOr)
    {
        if (words.Count == 1) return "'" + words[0] + "'";
        if (words.Count == 2) return "'" + words[0] + "' or '" + words[1] + "'";
        var quoted = words.Select(w => "'" + w + "'").ToList();
        quoted[^1] = andOr + " " + quoted[^1];
        return string.Join(", ", quoted);
    }

    private ValeAlert Alert(int start, int end, string text, params string[] args) =>
        new() { Span = [start, end], Match = text[start..end], Message = Format(Message, args.Length == 0 ? [text[start..end]] : args) };

    /// <summary>Runs the rule on one block.</summary>
    public List<ValeAlert> Run(ValeBlock block, ValeFile file)
    {
        string text = block.Text;
        return Extends switch
        {
            "existence" => Existence(text),
            "substitution" => Substitution(text),
            "occurrence" => Occurrence(text),
            "repetition" => Repetition(text),
            "conditional" => Conditional(text, file),
            "consistency" => Consistency(text, file),
            "capitalization" => Capitalization(text),
            "metric" => Metric(file),
            "readability" => Readability(text),
            "spelling" => Spelling(text),
            _ => [],
        };
    }

    private List<ValeAlert> Existence(string text)
    {
        var alerts = new List<ValeAlert>();
        foreach (Match m in pattern!.Matches(text))
        {
            if (!IsMatch(exceptRe, m.Value.Trim())) alerts.Add(Alert(m.Index, m.Index + m.Length, text));
        }
        return alerts;
    }

    private List<ValeAlert> Substitution(string text)
    {
        var alerts = new List<ValeAlert>();
        foreach (Match m in pattern!.Matches(text))
        {
            for (int g = 1; g < m.Groups.Count; g++)
            {
                Group group = m.Groups[g];
                if (!group.Success || g - 1 >= swapValues.Count) continue;
                string observed = group.Value.Trim();
                string expected = swapValues[g - 1];
                if (Flag("capitalize") && observed == ValeText.CapFirst(observed)) expected = ValeText.CapFirst(expected);
                if (Regex.IsMatch(expected, @"\$\d+"))
                {
                    expected = ValeRegex.Compile((IgnoreCase ? "(?i)" : "") + swapKeys[g - 1]).Replace(observed, expected);
                }
                if (MatchToken(expected, observed) || IsMatch(exceptRe, observed)) continue;
                string message = Message;
                (string name, string[] parameters) = Action();
                if (name == "replace" && parameters.Length == 0)
                {
                    string[] options = expected.Split('|');
                    if (Flag("capitalize") && observed == ValeText.CapFirst(observed)) options = options.Select(ValeText.CapFirst).ToArray();
                    expected = ToSentence(options, "or");
                    foreach (string spec in new[] { "'%s'", "\"%s\"" })
                    {
                        if (CountOf(message, spec) != 2) continue;
                        int at = message.IndexOf(spec, StringComparison.Ordinal);
                        message = message[..at] + "%s" + message[(at + spec.Length)..];
                    }
                }
                alerts.Add(new ValeAlert { Span = [group.Index, group.Index + group.Length], Match = group.Value, Message = Format(message, expected, observed) });
            }
        }
        return alerts;
    }

    private static bool MatchToken(string expected, string observed)
    {
        if (ValeText.IsPhrase(expected)) return expected == observed;
        try
        {
            return ValeRegex.Compile("^(?:" + expected + ")$").IsMatch(observed);
        }
        catch (ArgumentException)
        {
            return expected == observed;
        }
    }

    private List<ValeAlert> Occurrence(string text)
    {
        var alerts = new List<ValeAlert>();
        MatchCollection matches = pattern!.Matches(text);
        int count = matches.Count, max = Int("max"), min = Int("min");
        if (!((max > 0 && count > max) || (min > 0 && count < min))) return alerts;
        string occurrences = count.ToString(CultureInfo.InvariantCulture);
        if (count == 0)
        {
            alerts.Add(new ValeAlert { Span = [1, 1], Message = Format(Message, occurrences) });
            return alerts;
        }
        // The first match that is not code.
        foreach (Match m in matches)
        {
            if (m.Value.Trim().Length == 0 || ValeText.IsCode(m.Value)) continue;
            alerts.Add(new ValeAlert { Span = [m.Index, m.Index + m.Length], Match = m.Value, Message = Format(Message, occurrences) });
            break;
        }
        return alerts;
    }

    private List<ValeAlert> Repetition(string text)
    {
        var alerts = new List<ValeAlert>();
        string previous = "";
        int previousStart = 0;
        int count = 0, max = Int("max");
        bool alpha = Flag("alpha");
        foreach (Match m in pattern!.Matches(text))
        {
            string current = m.Value.Trim();
            bool hit = current.Length > 0 && (IgnoreCase ? string.Equals(current, previous, StringComparison.OrdinalIgnoreCase) : current == previous);
            hit = hit && (!alpha || ValeText.IsLetter(current));
            if (hit) count++;
            if (hit && count > max)
            {
                string span = text[previousStart..(m.Index + m.Length)];
                if (!span.Contains('\n', StringComparison.Ordinal) && !IsMatch(exceptRe, span))
                {
                    alerts.Add(new ValeAlert { Span = [previousStart, m.Index + m.Length], Match = span, Message = Format(Message, current) });
                    count = 0;
                }
            }
            previousStart = m.Index;
            previous = current;
        }
        return alerts;
    }

    private List<ValeAlert> Conditional(string text, ValeFile file)
    {
        var alerts = new List<ValeAlert>();
        foreach (Match m in second!.Matches(text))
        {
            for (int g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Value.Length > 0) file.Sequences.Add(m.Groups[g].Value);
            }
        }
        foreach (Match m in pattern!.Matches(text))
        {
            if (!file.Sequences.Contains(m.Value) && !IsMatch(exceptRe, m.Value)) alerts.Add(Alert(m.Index, m.Index + m.Length, text));
        }
        return alerts;
    }

    private List<ValeAlert> Consistency(string text, ValeFile file)
    {
        var alerts = new List<ValeAlert>();
        foreach ((Regex re, string[] names) in steps)
        {
            MatchCollection matches = re.Matches(text);
            int[]? loc = null;
            foreach (Match m in matches)
            {
                for (int n = 0; n < 2; n++)
                {
                    Group g = m.Groups[Safe(names[n])];
                    if (!g.Success) continue;
                    loc = [g.Index, g.Index + g.Length];
                    file.Sequences.Add(names[n]);
                }
            }
            if (matches.Count > 0 && loc != null && names.All(file.Sequences.Contains))
            {
                alerts.Add(Alert(loc[0], loc[1], text));
            }
        }
        return alerts;
    }

    private List<ValeAlert> Capitalization(string text)
    {
        string match = Field("match");
        IReadOnlyList<string> exceptions = [.. List("exceptions"), .. FlagOr("vocab", true) ? accepted : []];
        (bool ok, string expected) = match switch
        {
            "$title" => (ValeCase.IsTitle(text, exceptions), ValeCase.ToTitle(text)),
            "$sentence" => (ValeCase.IsSentence(text, exceptions, List("indicators"), Field("prefix"), Threshold()), text),
            "$lower" => (text == text.ToLowerInvariant() || IsMatch(exceptRe, text), text.ToLowerInvariant()),
            "$upper" => (text == text.ToUpperInvariant() || IsMatch(exceptRe, text), text.ToUpperInvariant()),
            _ => (ValeRegex.Compile(match).IsMatch(text) || IsMatch(exceptRe, text), match),
        };
        if (ok) return [];
        return [new ValeAlert { Span = [0, text.Length], Match = text, Message = Format(Message, text, expected) }];
    }

    private double Threshold() =>
        double.TryParse(Field("threshold"), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v != 0 ? v : 0.8;

    private List<ValeAlert> Metric(ValeFile file)
    {
        Dictionary<string, double>? parameters = ValeSummary.Metrics(file);
        if (parameters == null) return [];
        string formula = Regex.Replace(Field("formula"), @"heading\.(h[1-6])", "heading_$1");
        double result;
        bool hit;
        try
        {
            result = ValeFormula.Evaluate(formula, parameters);
            string condition = result.ToString("F6", CultureInfo.InvariantCulture) + " " + Field("condition");
            hit = ValeFormula.Evaluate(condition, parameters) != 0;
        }
        catch (FormatException)
        {
            return [];
        }
        if (!hit) return [];
        return [new ValeAlert { Span = [1, 1], Message = Format(Message, result.ToString("F2", CultureInfo.InvariantCulture)) }];
    }

    private List<ValeAlert> Readability(string text)
    {
        ValeSummary doc = ValeSummary.Of(text);
        string[] metrics = List("metrics");
        double grade = 0;
        foreach (string metric in metrics) grade += doc.Grade(metric);
        if (metrics.Length > 0) grade /= metrics.Length;
        double limit = double.TryParse(Field("grade"), NumberStyles.Float, CultureInfo.InvariantCulture, out double g) ? g : 0;
        if (!(grade > limit)) return [];
        return [new ValeAlert { Span = [1, 1], Message = Format(Message, grade.ToString("F2", CultureInfo.InvariantCulture)) }];
    }

    private List<ValeAlert> Spelling(string text)
    {
        var alerts = new List<ValeAlert>();
        // ICONV first (en_US reads ’ as '), as Vale does; the alert is placed at the word's first occurrence in the block.
        text = speller!.Convert(text);
        foreach (string word in ValeSpeller.Tokenize(text))
        {
            if (filters.Any(f => f.IsMatch(word))) continue;
            if (speller.Spell(word) || IsMatch(exceptRe, word)) continue;
            int offset = text.IndexOf(word, StringComparison.Ordinal);
            alerts.Add(new ValeAlert { Span = [offset, offset + word.Length], Match = word, Message = Format(Message, word) });
        }
        return alerts;
    }

    /// <summary>For StyleLint runs that mix Vale rules with its own (valeStyles in .stylelint.yml): the analysed text as one plain-text file.</summary>
    public void CheckProse(Checker checker, AnalyzedDocument document, FindingSink sink) =>
        ValeProse.Check(this, checker, document, sink);
}
