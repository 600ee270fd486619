using System.Globalization;
using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Markup;
using StyleLint.Text;

// Evaluation of the names detector (News.NameSpelling), fixed seed:
//   1. flags per 100,000 words over the corpus, real errors in the source (real-errors.tsv) counted apart;
//   2. in-document recall: one single-character edit injected into one occurrence of a name seen >= 3 times;
//   3. listed-pair recall: edits of the surname in listed given name + surname pairs, in the corpus and in
//      sentences written here for every listed person;
//   4. the seeds: every flag printed.
// Usage: dotnet run --project bench/StyleLint.Eval.Names -c Release -- [corpus] [seeds] [--verbose]

const int Seed = 20250601;
string repo = FindRepo();
string[] positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
bool verbose = args.Contains("--verbose");
string corpus = positional.Length > 0 ? positional[0] : Path.GetFullPath(Path.Combine(repo, "..", "shared", "corpus"));
string seeds = positional.Length > 1 ? positional[1] : Path.GetFullPath(Path.Combine(repo, "..", "shared", "seeds"));

var detector = new NameDetector(DetectorOptions.None);
int probe = Array.IndexOf(args, "--probe");
if (probe >= 0)
{
    // --probe ID FROM TO: replace each occurrence of FROM in article ID by TO, one at a time, and show the flags.
    string path = Path.Combine(corpus, args[probe + 1] + ".txt");
    AnalyzedDocument original = new(new PlainTextAdapter().Extract(new SourceText(path, File.ReadAllText(path), Encoding.UTF8, false)));
    int from = 0;
    while ((from = original.Text.IndexOf(args[probe + 2], from, StringComparison.Ordinal)) >= 0)
    {
        string changed = original.Text[..from] + args[probe + 3] + original.Text[(from + args[probe + 2].Length)..];
        AnalyzedDocument d = new(new PlainTextAdapter().Extract(new SourceText(path, changed, Encoding.UTF8, false)));
        Console.WriteLine($"at {from}: " + string.Join("; ", detector.Find(d).Select(f => $"{f.Start} {d.Text.Substring(f.Start, f.Length)} -> {f.Suggestion} ({f.Evidence})")));
        Console.WriteLine("   " + changed.Substring(Math.Max(0, from - 60), Math.Min(120, changed.Length - Math.Max(0, from - 60))).Replace('\n', ' '));
        from += args[probe + 2].Length;
    }
    return 0;
}
var adapter = new PlainTextAdapter();
AnalyzedDocument Analyze(string text) => new(adapter.Extract(new SourceText("article.txt", text, Encoding.UTF8, false)));

var articles = Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
    .Select(f => (Id: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToArray();
long words = articles.Sum(a => (long)CountWords(a.Text));
Console.WriteLine($"corpus: {corpus}: {articles.Length} articles, {words:N0} words; listed people, organisations and places: {NameData.Instance.ListedEntries:N0}");

// ---- 1. flags on edited copy -------------------------------------------------------------------------------
var real = new HashSet<(string, string)>();
string realPath = Path.Combine(AppContext.BaseDirectory, "real-errors.tsv");
foreach (string line in File.ReadLines(realPath))
{
    if (line.Length == 0 || line[0] == '#') continue;
    string[] f = line.Split('\t');
    real.Add((f[0], f[1]));
}
int realFlags = 0, falseFlags = 0, docFlags = 0, listFlags = 0;
var falseList = new List<string>();
var realList = new List<string>();
var watch = System.Diagnostics.Stopwatch.StartNew();
foreach (var (id, text) in articles)
{
    AnalyzedDocument doc = Analyze(text);
    foreach (NameDetector.NameFinding f in detector.Find(doc))
    {
        string word = doc.Text.Substring(f.Start, f.Length);
        string row = $"{id}\t{word}\t{f.Suggestion}\t{f.Evidence}";
        if (f.Evidence == "document") docFlags++; else listFlags++;
        if (real.Contains((id, word))) { realFlags++; realList.Add(row); }
        else { falseFlags++; falseList.Add(row); }
    }
}
watch.Stop();
Console.WriteLine();
Console.WriteLine("1. Flags on the corpus (no house names)");
Console.WriteLine($"   all flags:                      {realFlags + falseFlags,5}  = {Per100k(realFlags + falseFlags),5:F2} per 100,000 words  (in-document {docFlags}, listed {listFlags})");
Console.WriteLine($"   real errors in the source:      {realFlags,5}  = {Per100k(realFlags),5:F2}");
Console.WriteLine($"   not real errors (false alarms): {falseFlags,5}  = {Per100k(falseFlags),5:F2}");
Console.WriteLine($"   time: {watch.ElapsedMilliseconds} ms for the corpus");
if (verbose)
{
    foreach (string r in realList) Console.WriteLine("   real  " + r);
    foreach (string r in falseList) Console.WriteLine("   FALSE " + r);
}

// ---- 2. in-document recall -----------------------------------------------------------------------------------
var rng = new Random(Seed);
string[] editNames = ["substitution", "deletion", "insertion", "transposition"];
var docHits = new int[4];
var docTotals = new int[4];
int sampleIndex = 0;
var misses = new List<string>();
foreach (var (id, text) in articles)
{
    AnalyzedDocument doc = Analyze(text);
    foreach ((string name, List<int> starts) in NamesSeenThrice(doc))
    {
        int edit = sampleIndex++ % 4;
        int at = starts[rng.Next(starts.Count)];
        string edited = Edit(name, edit, rng);
        string newText = doc.Text[..at] + edited + doc.Text[(at + name.Length)..];
        bool hit = detector.Find(Analyze(newText)).Any(f => f.Start == at && f.Suggestion == name);
        docTotals[edit]++;
        if (hit) docHits[edit]++;
        else if (misses.Count < 4000) misses.Add($"{id}\t{editNames[edit]}\t{name} -> {edited}\t{Why(name, edited)}");
    }
}
Console.WriteLine();
Console.WriteLine("2. In-document recall: one edit in one occurrence of a name seen >= 3 times in its article (right suggestion)");
PrintRecall(docHits, docTotals);
if (verbose) foreach (string m in misses) Console.WriteLine("   miss  " + m);

// ---- 3. listed-pair recall ------------------------------------------------------------------------------------
var listedDetector = new NameDetector(new DetectorOptions([new("inDocument", ["false"])]));
var pairHits = new int[4];
var pairTotals = new int[4];
var pairHitsAll = new int[4];
var pairMisses = new List<string>();
sampleIndex = 0;
ListedName[] people = NameData.Instance.Listed.Where(n => n.Words.Length == 2 && n.Surname.Length >= 4 && n.Surname.All(char.IsLetter)).ToArray();
foreach (var (id, text) in articles)
{
    AnalyzedDocument doc = Analyze(text);
    var seen = new HashSet<string>(StringComparer.Ordinal);
    foreach ((ListedName person, int at) in ListedOccurrences(doc.Text, people))
    {
        if (!seen.Add(person.ToString())) continue;
        int edit = sampleIndex++ % 4;
        string edited = Edit(person.Surname, edit, rng);
        string newText = doc.Text[..at] + edited + doc.Text[(at + person.Surname.Length)..];
        AnalyzedDocument changed = Analyze(newText);
        pairTotals[edit]++;
        if (listedDetector.Find(changed).Any(f => f.Start == at && f.Suggestion == person.Surname)) pairHits[edit]++;
        else if (pairMisses.Count < 2000) pairMisses.Add($"{id}\t{editNames[edit]}\t{person} -> {edited}");
        if (detector.Find(changed).Any(f => f.Start == at && f.Suggestion == person.Surname)) pairHitsAll[edit]++;
    }
}
Console.WriteLine();
Console.WriteLine("3a. Listed-pair recall in the corpus: the surname of a listed given name + surname edited once per article");
Console.WriteLine("    list evidence alone:");
PrintRecall(pairHits, pairTotals);
Console.WriteLine("    the rule as shipped (both kinds of evidence):");
PrintRecall(pairHitsAll, pairTotals);
if (verbose) foreach (string m in pairMisses) Console.WriteLine("   miss  " + m);

var synthHits = new int[4];
var synthTotals = new int[4];
var synthMisses = new List<string>();
string[] frames =
[
    "{0} said on Tuesday that the talks would go on.",
    "In a statement, {0} welcomed the decision.",
    "The meeting was chaired by {0}, officials said.",
];
sampleIndex = 0;
foreach (ListedName person in people)
{
    for (int edit = 0; edit < 4; edit++)
    {
        string edited = Edit(person.Surname, edit, rng);
        string frame = frames[sampleIndex++ % frames.Length];
        string sentence = string.Format(CultureInfo.InvariantCulture, frame, person.Words[0] + " " + edited);
        int at = sentence.IndexOf(person.Words[0] + " " + edited, StringComparison.Ordinal) + person.Words[0].Length + 1;
        synthTotals[edit]++;
        if (detector.Find(Analyze(sentence)).Any(f => f.Start == at && f.Suggestion == person.Surname)) synthHits[edit]++;
        else if (synthMisses.Count < 2000) synthMisses.Add($"{editNames[edit]}\t{person} -> {edited}");
    }
}
Console.WriteLine();
Console.WriteLine($"3b. Listed-pair recall on sentences written here: every listed given name + surname ({people.Length} people), each edit once");
PrintRecall(synthHits, synthTotals);
if (verbose) foreach (string m in synthMisses) Console.WriteLine("   miss  " + m);

// ---- 4. seeds --------------------------------------------------------------------------------------------------
Console.WriteLine();
Console.WriteLine("4. Seeds");
if (Directory.Exists(seeds))
{
    foreach (string file in Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
    {
        AnalyzedDocument doc = Analyze(File.ReadAllText(file));
        IReadOnlyList<NameDetector.NameFinding> found = detector.Find(doc);
        Console.WriteLine($"   {Path.GetFileName(file)}: {found.Count} flag(s)" + string.Concat(found.Select(f => $"  [{doc.Text.Substring(f.Start, f.Length)} -> {f.Suggestion} ({f.Evidence})]")));
    }
}
return 0;

double Per100k(int n) => n * 100000.0 / words;

void PrintRecall(int[] hits, int[] totals)
{
    for (int e = 0; e < 4; e++) Console.WriteLine($"   {editNames[e],-14} {hits[e],5} / {totals[e],5} = {Ratio(hits[e], totals[e]):P1}");
    Console.WriteLine($"   {"all",-14} {hits.Sum(),5} / {totals.Sum(),5} = {Ratio(hits.Sum(), totals.Sum()):P1}");
}

static string Why(string name, string edited)
{
    NameData data = NameData.Instance;
    var why = new List<string>();
    if (data.KnownNames.Contains(edited)) why.Add("known");
    if (data.EnglishWords.Contains(edited.ToLowerInvariant())) why.Add("word");
    if (NameDetector.Inflected(edited, name)) why.Add("inflection");
    if (DoubleMetaphone.SoundAlike(edited, name)) why.Add("sound");
    why.Add("len" + name.Length);
    return string.Join(",", why);
}

static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

// A name for this evaluation: a capitalised word of four letters or more (possessive removed), seen at least three
// times in the article, at least once inside a sentence, never written in lower case there, and either not an
// English word or a word of a listed person or organisation (so Brown and Shell count, Awards and City do not).
static IEnumerable<(string Name, List<int> Starts)> NamesSeenThrice(AnalyzedDocument doc)
{
    var byForm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
    var mid = new HashSet<string>(StringComparer.Ordinal);
    var lower = new HashSet<string>(StringComparer.Ordinal);
    int sentence = 0;
    int lastSentence = -1;
    foreach (Word w in doc.Words)
    {
        string word = doc.Text.Substring(w.Start, w.Length);
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word[..^2];
        while (sentence < doc.Sentences.Length && doc.Sentences[sentence].End <= w.Start) sentence++;
        bool initial = sentence != lastSentence;
        lastSentence = sentence;
        if (word.Length > 0 && char.IsLower(word[0])) lower.Add(word);
        if (word.Length < 4 || !char.IsUpper(word[0]) || !word.Skip(1).Any(char.IsLower) || !word.All(char.IsLetter)) continue;
        if (!byForm.TryGetValue(word, out List<int>? list)) byForm[word] = list = new List<int>();
        list.Add(w.Start);
        if (!initial) mid.Add(word);
    }
    foreach ((string form, List<int> starts) in byForm.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        if (starts.Count < 3 || !mid.Contains(form) || lower.Contains(form.ToLowerInvariant())) continue;
        // A name, not a capitalised common word (Awards, City): not an English word, or a word of a listed person
        // or organisation (Brown, Shell).
        if (NameData.Instance.EnglishWords.Contains(form.ToLowerInvariant()) && !NameData.Instance.ListedWords.Contains(form)) continue;
        yield return (form, starts);
    }
}

static IEnumerable<(ListedName Person, int SurnameStart)> ListedOccurrences(string text, ListedName[] people)
{
    foreach (ListedName p in people)
    {
        string full = p.Words[0] + " " + p.Surname;
        int at = 0;
        while ((at = text.IndexOf(full, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + full.Length;
            bool bounded = (at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
            if (bounded) yield return (p, at + p.Words[0].Length + 1);
            at = end;
        }
    }
}

// One single-character edit at any position: 0 substitution, 1 deletion, 2 insertion, 3 transposition. The result
// keeps the name's capital: an edit at the first letter gives a capitalised word again (Blair -> Lbair, Clair).
static string Edit(string name, int edit, Random rng)
{
    const string Letters = "abcdefghijklmnopqrstuvwxyz";
    string lower = char.ToLowerInvariant(name[0]) + name[1..];
    for (int attempt = 0; attempt < 100; attempt++)
    {
        string result;
        switch (edit)
        {
            case 0:
            {
                int p = rng.Next(lower.Length);
                result = lower[..p] + Letters[rng.Next(26)] + lower[(p + 1)..];
                break;
            }
            case 1:
            {
                int p = rng.Next(lower.Length);
                result = lower.Remove(p, 1);
                break;
            }
            case 2:
            {
                int p = rng.Next(lower.Length + 1);
                result = lower.Insert(p, Letters[rng.Next(26)].ToString());
                break;
            }
            default:
            {
                int p = rng.Next(lower.Length - 1);
                result = lower[..p] + lower[p + 1] + lower[p] + lower[(p + 2)..];
                break;
            }
        }
        if (result.Length == 0) continue;
        result = char.ToUpperInvariant(result[0]) + result[1..];
        if (!string.Equals(result, name, StringComparison.OrdinalIgnoreCase)) return result;
    }
    return name + "x";
}

static int CountWords(string text)
{
    int n = 0;
    bool inWord = false;
    foreach (char c in text)
    {
        bool letter = !char.IsWhiteSpace(c);
        if (letter && !inWord) n++;
        inWord = letter;
    }
    return n;
}

static string FindRepo()
{
    foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        string? folder = start;
        while (folder != null)
        {
            if (File.Exists(Path.Combine(folder, "StyleLint.sln"))) return folder;
            folder = Path.GetDirectoryName(folder);
        }
    }
    return Directory.GetCurrentDirectory();
}
