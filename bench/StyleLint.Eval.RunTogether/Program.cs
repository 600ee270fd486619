using System.Diagnostics;
using System.Text.RegularExpressions;
using StyleLint.Checking;
using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.RunTogether;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Rules;

// Evaluates News.RunTogether (issue 4):
//  (a) flags per 100,000 words on ../shared/corpus, with the flags that are real errors in the source (the reviewed
//      list beside this file: ids like 0354.txt:willmean) counted apart;
//  (b) recall on joins injected by deleting the space between two adjacent words (both ≥ 2 letters), over the joins
//      that do not form a lexicon word; a hit needs the right split.
// Usage: dotnet run -c Release --project bench/StyleLint.Eval.RunTogether -- [corpus] [--seeds DIR] [--joins-per-file N] [--seed S] [--list]
string repo = FindRepository();
string corpus = Path.Combine(repo, "..", "shared", "corpus");
string seeds = Path.Combine(repo, "..", "shared", "seeds");
int perFile = 2, seed = 4;
bool list = false;
string? dump = null;
bool cost = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seeds": seeds = args[++i]; break;
        case "--joins-per-file": perFile = int.Parse(args[++i]); break;
        case "--seed": seed = int.Parse(args[++i]); break;
        case "--list": list = true; break;
        case "--dump": dump = args[++i]; break;
        case "--cost": cost = true; break;
        case "--explain":
            foreach (Finding f in new Linter([BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.RunTogether")]).LintText(args[++i], "x").Findings)
                Console.WriteLine($"{f.Offset}+{f.Length}: {string.Join(" | ", f.Suggestions)}");
            return 0;
        default: corpus = args[i]; break;
    }
}
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus folder not found: {corpus}");
    return 2;
}

if (cost)
{
    // The detector alone: CPU time of Find over the corpus with the shared analysis (words) already done.
    var documents = Directory.GetFiles(corpus, "*.txt").Select(f =>
        new AnalyzedDocument(new StyleLint.Markup.PlainTextAdapter().Extract(StyleLint.Text.SourceText.FromString(f, File.ReadAllText(f))))).ToArray();
    foreach (AnalyzedDocument d in documents) Detector.Find(d);   // warm-up, and words computed
    double best = double.MaxValue;
    for (int run = 0; run < 15; run++)
    {
        TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (AnalyzedDocument d in documents) Detector.Find(d);
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
    }
    Console.WriteLine($"detector alone over {documents.Length} documents: {best:F0} ms CPU (best of 15)");
    return 0;
}

Checker rule = BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.RunTogether");
var linter = new Linter([rule]);
string reviewedPath = Path.Combine(AppContext.BaseDirectory, "reviewed-real-errors.txt");
HashSet<string> reviewed = File.ReadAllLines(reviewedPath).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
string[] files = Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();

using StreamWriter? dumpWriter = dump == null ? null : new StreamWriter(dump);

// (a) false alarms
var clock = Stopwatch.StartNew();
long words = 0;
int flags = 0, real = 0;
var others = new List<string>();
var half = new int[2, 2];   // [file parity, real?]
var halfWords = new long[2];
foreach (string file in files)
{
    string text = File.ReadAllText(file);
    int parity = FileNumber(file) % 2;
    long count = CountWords(text);
    words += count;
    halfWords[parity] += count;
    if (dumpWriter != null)
    {
        var document = new AnalyzedDocument(new StyleLint.Markup.PlainTextAdapter().Extract(StyleLint.Text.SourceText.FromString("eval.txt", text)));
        for (int i = 0; i < document.Words.Length; i++)
        {
            string word = document.Text.Substring(document.Words[i].Start, document.Words[i].Length);
            if (word.Length < 3 || Lexicon.Instance.IsKnown(word)) continue;
            dumpWriter.WriteLine(Features(reviewed.Contains($"{Path.GetFileName(file)}:{word}") ? "real" : "neg", Path.GetFileName(file), document, i, ""));
        }
    }
    foreach (Finding f in linter.LintText(text, file).Findings)
    {
        string id = $"{Path.GetFileName(file)}:{text.Substring(f.Offset, f.Length)}";
        flags++;
        bool isReal = reviewed.Contains(id);
        half[parity, isReal ? 1 : 0]++;
        if (isReal) real++; else others.Add($"{id} -> {string.Join(" | ", f.Suggestions)}" + (list ? $" [{Why(text, text.Substring(f.Offset, f.Length))}]" : ""));
    }
}
double per100k(long n, long w) => n * 100000.0 / w;
Console.WriteLine($"corpus: {files.Length} files, {words} words ({clock.Elapsed.TotalSeconds:F1} s)");
Console.WriteLine($"  flags: {flags} = {per100k(flags, words):F2} per 100k words");
Console.WriteLine($"  real errors in the source (reviewed list): {real}");
Console.WriteLine($"  not real errors: {others.Count} = {per100k(others.Count, words):F2} per 100k words");
Console.WriteLine($"  by half: even files {per100k(half[0, 0], halfWords[0]):F2}, odd files {per100k(half[1, 0], halfWords[1]):F2} per 100k (not real)");
if (list) foreach (string o in others) Console.WriteLine("    " + o);

// (b) recall on injected joins
var random = new Random(seed);
var pair = new Regex(@"(?<![\p{L}\p{N}'’])(\p{L}[\p{L}'’]*\p{L}) (\p{L}[\p{L}'’]*\p{L})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
Lexicon lexicon = Lexicon.Instance;
int total = 0, hits = 0, flaggedWrong = 0;
var hitsByHalf = new int[2];
var totalByHalf = new int[2];
var misses = new List<string>();
clock.Restart();
foreach (string file in files)
{
    string text = File.ReadAllText(file);
    var candidates = new List<(int Space, string First, string Second)>();
    for (Match m = pair.Match(text); m.Success; m = pair.Match(text, m.Groups[2].Index))
    {
        string first = m.Groups[1].Value, second = m.Groups[2].Value;
        if (!lexicon.IsKnown(first + second)) candidates.Add((m.Groups[2].Index - 1, first, second));
    }
    int parity = FileNumber(file) % 2;
    foreach ((int space, string first, string second) in candidates.OrderBy(_ => random.Next()).Take(perFile).ToList())
    {
        string joined = text.Remove(space, 1);
        total++;
        totalByHalf[parity]++;
        bool hit = false, flagged = false;
        foreach (Finding f in linter.LintText(joined, file).Findings)
        {
            if (f.Offset > space || f.Offset + f.Length <= space - 1) continue;
            flagged = true;
            if (f.Suggestions.Count > 0 && joined[..f.Offset] + f.Suggestions[0] + joined[(f.Offset + f.Length)..] == text) hit = true;
        }
        if (dumpWriter != null)
        {
            (AnalyzedDocument document, int index) = FindWord(joined, first + second);
            if (index >= 0) dumpWriter.WriteLine(Features(hit ? "pos-hit" : "pos-miss", Path.GetFileName(file), document, index, first + " " + second));
        }
        if (hit) { hits++; hitsByHalf[parity]++; }
        else
        {
            if (flagged) flaggedWrong++;
            misses.Add($"{Path.GetFileName(file)}:{first}{second}" + (list ? $" [{Why(joined, first + second)}]" : ""));
        }
    }
}
Console.WriteLine($"injected joins: {total} (seed {seed}, {perFile} per file; {clock.Elapsed.TotalSeconds:F1} s)");
Console.WriteLine($"  recall with the right split: {hits} = {100.0 * hits / total:F1}%  (flagged with another split: {flaggedWrong})");
Console.WriteLine($"  by half: even files {100.0 * hitsByHalf[0] / totalByHalf[0]:F1}%, odd files {100.0 * hitsByHalf[1] / totalByHalf[1]:F1}%");
if (list) foreach (string m in misses) Console.WriteLine("    missed " + m);

if (Directory.Exists(seeds))
{
    foreach (string file in Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
    {
        string text = File.ReadAllText(file);
        IReadOnlyList<Finding> found = linter.LintText(text, file).Findings;
        Console.WriteLine($"seed {Path.GetFileName(file)[..3]}: {found.Count} " + string.Join(", ", found.Select(f => $"{text.Substring(f.Offset, f.Length)} → {f.Suggestions[0]}")));
    }
}
return 0;

// Why the detector does or does not flag the word holding this token (the first such word in the text).
static string Why(string text, string token)
{
    (AnalyzedDocument document, int index) = FindWord(text, token);
    return index < 0 ? "word not found" : document.Text.Substring(document.Words[index].Start, document.Words[index].Length) + ": " + Detector.Explain(document, index);
}

static (AnalyzedDocument Document, int Index) FindWord(string text, string token)
{
    var document = new AnalyzedDocument(new StyleLint.Markup.PlainTextAdapter().Extract(StyleLint.Text.SourceText.FromString("eval.txt", text)));
    // The word itself, else a word holding it (pro-lifeand), else a piece of it (a word that stops at an apostrophe).
    for (int pass = 0; pass < 3; pass++)
    {
        for (int i = 0; i < document.Words.Length; i++)
        {
            string word = document.Text.Substring(document.Words[i].Start, document.Words[i].Length);
            bool match = pass switch
            {
                0 => word == token,
                1 => word.Contains(token, StringComparison.Ordinal),
                _ => word.Length >= 3 && token.Contains(word, StringComparison.Ordinal) && !Lexicon.Instance.IsKnown(word),
            };
            if (match) return (document, i);
        }
    }
    return (document, -1);
}

// One line of features for the word at index (--dump): for studying the detector's decisions offline.
static string Features(string label, string file, AnalyzedDocument document, int index, string expected)
{
    string word = document.Text.Substring(document.Words[index].Start, document.Words[index].Length);
    Segmentation? split = Detector.Analyse(document, index, out string status);
    if (split == null) return string.Join('\t', label, file, word, expected, "none", status);
    var doc = new DocumentContext(document.Text, document.Words);
    var pieces = split.Parts.Select(p => string.Join('|', p.Text, p.Count, p.Entry.Flags, p.Entry.Modifier, p.Entry.Head, p.Entry.NameTail,
        p.InDocument, doc.CountExact(p.Text), p.IsFunction ? 1 : 0, p.Known ? 1 : 0));
    return string.Join('\t', label, file, word, expected, split.IsJoin ? "join" : "no", split.Verdict.Reason, split.Suggestion,
        doc.IsSentenceStart(document.Words[index].Start) ? 1 : 0, string.Join('\t', pieces));
}

static int FileNumber(string file) => int.TryParse(Path.GetFileNameWithoutExtension(file), out int n) ? n : 0;

static long CountWords(string text)
{
    long n = 0;
    bool inWord = false;
    foreach (char c in text)
    {
        bool letter = !char.IsWhiteSpace(c);
        if (letter && !inWord) n++;
        inWord = letter;
    }
    return n;
}

static string FindRepository()
{
    string? folder = AppContext.BaseDirectory;
    while (folder != null && !File.Exists(Path.Combine(folder, "StyleLint.sln"))) folder = Path.GetDirectoryName(folder);
    return folder ?? Directory.GetCurrentDirectory();
}

static partial class Program
{
    private static readonly RunTogetherDetector Detector = new(DetectorOptions.None);
}
