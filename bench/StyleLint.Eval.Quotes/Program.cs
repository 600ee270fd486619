using System.Globalization;
using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Quotes;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Rules;
using StyleLint.Text;

// Evaluation of the quotation rules: News.UnattributedQuote (strict, the shipped rule, and relaxed) and
// News.QuotePairs, on ../shared/corpus (straight quotes) and on a curly copy of it derived by CurlyCopy below,
// plus the three seeds. Reviewed verdicts (ids and verdicts only, no text) are read from docs/detectors/.
//
//   dotnet run --project bench/StyleLint.Eval.Quotes -c Release -- [--corpus DIR] [--seeds DIR] [--show WHAT]
//
// WHAT: sample (the 50 sampled strict flags, to review), strict, relaxed, relaxed-only, pairs, curly-strict, curly-pairs
// (the last two: where the curly copy's flags differ from the straight copy's). The
// listing shows article text on the console only; never commit it.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string root = FindRoot();
string corpus = Arg("--corpus") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
string seeds = Arg("--seeds") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
string reviews = Arg("--reviews") ?? Path.Combine(root, "docs", "detectors");
string? show = Arg("--show");
const int SampleSize = 50;
const int SampleSeed = 6;

if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus folder not found: {corpus} (pass --corpus DIR)");
    return 2;
}

Checker strict = BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.UnattributedQuote");
Checker pairs = BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.QuotePairs");
var relaxedDetector = new UnattributedQuoteDetector(new DetectorOptions([new("style", ["relaxed"])]));
Checker relaxed = new DetectorChecker(strict.Rule, relaxedDetector.Check);
var rules = new (string Name, Checker Checker)[] { ("UnattributedQuote (strict)", strict), ("UnattributedQuote (relaxed)", relaxed), ("QuotePairs", pairs) };

string[] files = Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
long words = files.Sum(f => (long)CountWords(File.ReadAllText(f)));
string curlyFolder = Path.Combine(Path.GetTempPath(), "stylelint-eval-quotes-curly");
Directory.CreateDirectory(curlyFolder);
string[] curlyFiles = files.Select(f =>
{
    string target = Path.Combine(curlyFolder, Path.GetFileName(f));
    File.WriteAllText(target, CurlyCopy.Convert(File.ReadAllText(f)));
    return target;
}).ToArray();

var straightResults = rules.Select(r => Lint(r.Checker, files)).ToArray();
var curlyResults = rules.Select(r => Lint(r.Checker, curlyFiles)).ToArray();

Console.WriteLine($"corpus: {files.Length} articles, {words:N0} words (white-space separated), {corpus}");
Console.WriteLine($"curly copy: {curlyFolder} (rule: CurlyCopy in Program.cs)");
Console.WriteLine();
Console.WriteLine($"{"rule",-30} {"straight copy",22} {"curly copy",22}");
for (int r = 0; r < rules.Length; r++)
{
    int s = straightResults[r].Length, c = curlyResults[r].Length;
    Console.WriteLine($"{rules[r].Name,-30} {s,6} = {Per100k(s),6:F2} /100k words {c,6} = {Per100k(c),6:F2} /100k words");
}

// The seeds: every finding of the three rules, with its text.
if (Directory.Exists(seeds))
{
    Console.WriteLine();
    Console.WriteLine("seeds:");
    string[] seedFiles = Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
    foreach ((string name, Checker checker) in rules)
    {
        foreach (Finding f in Lint(checker, seedFiles))
        {
            string text = File.ReadAllText(f.File).Substring(f.Offset, f.Length);
            Console.WriteLine($"  {name,-28} {Path.GetFileName(f.File)}:{f.Line}:{f.Column}  {Shorten(text, 70)}");
        }
    }
}

// The reviewed sample of strict flags.
Finding[] sample = Sample(straightResults[0]);
Console.WriteLine();
string sampleTitle = sample.Length < SampleSize
    ? $"UnattributedQuote (strict), all {sample.Length} flags (fewer than a sample of {SampleSize})"
    : $"UnattributedQuote (strict), a sample of {SampleSize} flags (seed {SampleSeed})";
Report(sampleTitle, sample, Path.Combine(reviews, "quotes-review-unattributed.tsv"), corpusWords: 0);
Report("QuotePairs, every flag on the straight copy", straightResults[2], Path.Combine(reviews, "quotes-review-pairs.tsv"), corpusWords: words);

switch (show)
{
    case "sample": Show(sample); break;
    case "strict": Show(straightResults[0]); break;
    case "relaxed": Show(straightResults[1]); break;
    case "relaxed-only": Show(straightResults[0].Where(f => !straightResults[1].Any(g => g.File == f.File && g.Offset == f.Offset)).ToArray()); break;
    case "pairs": Show(straightResults[2]); break;
    case "curly-strict": ShowDifference(0); break;
    case "curly-pairs": ShowDifference(2); break;
}
return 0;

// Flags on the curly copy with no flag at the same place in the straight copy, and the reverse.
void ShowDifference(int rule)
{
    var straightIds = straightResults[rule].Select(Id).ToHashSet();
    var curlyIds = curlyResults[rule].Select(Id).ToHashSet();
    Console.WriteLine("--- only in the curly copy");
    Show(curlyResults[rule].Where(f => !straightIds.Contains(Id(f))).ToArray());
    Console.WriteLine("--- only in the straight copy");
    Show(straightResults[rule].Where(f => !curlyIds.Contains(Id(f))).ToArray());
}

double Per100k(int count) => count * 100_000.0 / words;

static Finding[] Lint(Checker checker, string[] files)
{
    var linter = new Linter([checker]);
    var results = new Finding[files.Length][];
    Parallel.For(0, files.Length, i => results[i] = linter.Lint(SourceDecoder.ReadFile(files[i]), files[i], LintConfig.Default).Findings.ToArray());
    return results.SelectMany(r => r).ToArray();
}

static Finding[] Sample(Finding[] all)
{
    Finding[] ordered = all.OrderBy(f => Path.GetFileName(f.File), StringComparer.Ordinal).ThenBy(f => f.Offset).ToArray();
    new Random(SampleSeed).Shuffle(ordered);
    return ordered.Take(SampleSize).OrderBy(f => Path.GetFileName(f.File), StringComparer.Ordinal).ThenBy(f => f.Offset).ToArray();
}

static string Id(Finding f) => $"{Path.GetFileName(f.File)}:{f.Offset}";

// Verdicts: one line per reviewed flag, "file:offset<TAB>real|error<TAB>reason"; lines starting with # are notes.
static void Report(string title, Finding[] flags, string reviewFile, long corpusWords)
{
    Console.WriteLine(title + ":");
    if (!File.Exists(reviewFile))
    {
        Console.WriteLine($"  no review file ({reviewFile})");
        return;
    }
    var verdicts = File.ReadAllLines(reviewFile).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
        .ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
    int real = 0, error = 0, unreviewed = 0;
    foreach (Finding f in flags)
    {
        if (!verdicts.TryGetValue(Id(f), out string? verdict)) unreviewed++;
        else if (verdict == "real") real++;
        else error++;
    }
    int stale = verdicts.Keys.Count(k => !flags.Any(f => Id(f) == k));
    Console.WriteLine($"  {flags.Length} flags: {real} real, {error} detector errors, {unreviewed} not reviewed; {stale} reviewed ids no longer flagged");
    if (real + error > 0) Console.WriteLine($"  real: {100.0 * real / (real + error):F0}% of reviewed");
    if (corpusWords > 0) Console.WriteLine($"  not real: {error * 100_000.0 / corpusWords:F2} per 100k words");
}

static void Show(Finding[] flags)
{
    foreach (Finding f in flags)
    {
        string text = File.ReadAllText(f.File);
        int start = text.LastIndexOf("\n\n", Math.Max(0, f.Offset - 1), StringComparison.Ordinal);
        int end = text.IndexOf("\n\n", f.Offset + f.Length, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        end = end < 0 ? text.Length : end;
        string paragraph = text[start..f.Offset] + "[[" + text.Substring(f.Offset, f.Length) + "]]" + text[(f.Offset + f.Length)..end];
        int previous = start >= 2 ? text.LastIndexOf("\n\n", start - 3, StringComparison.Ordinal) : -1;
        string before = start >= 2 ? text[(previous < 0 ? 0 : previous + 2)..(start - 2)] : "";
        Console.WriteLine($"=== {Id(f)} {f.Message}");
        if (before.Length > 0) Console.WriteLine("  (before) " + Shorten(before, 400));
        Console.WriteLine("  " + paragraph);
    }
}

static string Shorten(string s, int max)
{
    s = s.Replace('\n', ' ');
    return s.Length <= max ? s : s[..(max / 2)] + " … " + s[^(max / 2)..];
}

static int CountWords(string text)
{
    int count = 0;
    bool inWord = false;
    foreach (char c in text)
    {
        bool letter = !char.IsWhiteSpace(c);
        if (letter && !inWord) count++;
        inWord = letter;
    }
    return count;
}

string? Arg(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot()
{
    foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (string? folder = start; folder != null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "StyleLint.sln"))) return folder;
        }
    }
    return Directory.GetCurrentDirectory();
}

/// <summary>A checker around a detector, for a configuration the pack does not ship (style: relaxed).</summary>
internal sealed class DetectorChecker(RuleInfo rule, Action<Checker, AnalyzedDocument, FindingSink> check) : Checker
{
    public override RuleInfo Rule => rule;

    public override void Check(AnalyzedDocument document, FindingSink sink) => check(this, document, sink);
}

/// <summary>
/// The curly copy of a straight-quoted article, by the rule a careful typesetter (or SmartyPants) follows:
/// <list type="bullet">
/// <item>" is “ at a line's start or after white space, an opening bracket, a dash, a slash or an opening mark;
/// otherwise ”.</item>
/// <item>' is ’ after a letter or digit (apostrophes and closing single quotes), before a decade or year ('90s,
/// '05) and before an elided word ('n', 'em, 'tis, 'twas, 'til, 'cos, 'bout, 'bot, 'phone, 'plane); otherwise ‘ where a
/// quote may open (as for ") and
/// ’ anywhere else.</item>
/// </list>
/// Errors of the source carry over: a closing " after a space (`the Whirlwind " White`) becomes “.
/// </summary>
internal static class CurlyCopy
{
    public static string Convert(string text)
    {
        var s = new StringBuilder(text);
        for (int i = 0; i < s.Length; i++)
        {
            char prev = i > 0 ? s[i - 1] : '\n';
            bool opening = char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018';
            if (s[i] == '"')
            {
                s[i] = opening ? '\u201C' : '\u201D';
            }
            else if (s[i] == '\'')
            {
                if (char.IsLetterOrDigit(prev)) s[i] = '\u2019';
                else if (opening && (YearAhead(text, i + 1) || ElisionAhead(text, i + 1))) s[i] = '\u2019';
                else s[i] = opening ? '\u2018' : '\u2019';
            }
        }
        return s.ToString();
    }

    private static bool YearAhead(string text, int at) =>
        at + 1 < text.Length && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && (at + 2 >= text.Length || !char.IsDigit(text[at + 2]));

    private static bool ElisionAhead(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        string word = text[at..end].ToLowerInvariant();
        return word is "em" or "tis" or "twas" or "til" or "cos" or "bout" or "bot" or "bots" or "phone" or "plane"
            || (word == "n" && end < text.Length && text[end] == '\'');
    }
}
