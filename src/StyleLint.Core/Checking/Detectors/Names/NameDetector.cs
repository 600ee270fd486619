using System.Buffers;
using System.Runtime.CompilerServices;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// names: misspelt names, on two kinds of evidence.
/// <list type="bullet">
/// <item><b>In the document</b>: a name written two ways in one article (Guterres … Guterrez). The rarer form is
/// flagged and the more frequent one suggested when they are one edit apart (Damerau–Levenshtein), or two edits in
/// long names that sound alike (Double Metaphone), and no guard applies: the rarer form is a known name or an
/// English word (Johnston/Johnson, Austria/Australia); they differ by an inflection or demonym ending
/// (Israel/Israelis, Kenya/Kenyan) or a possessive; different first names or initials precede them (Gordon Brown,
/// Des Browne); different surnames follow a short given name (Rudi Voller, Rudy Gay); in a list of names (line-ups,
/// results) short names must also sound alike.</item>
/// <item><b>Known names with context</b>: a near miss of a listed surname, flagged only when the context confirms it:
/// the listed first name precedes it (Mike Hacabee → Huckabee), or one of the person's listed roles does (the UN
/// secretary-general, Guteres). A list match alone is not evidence.</item>
/// </list>
/// Options: <c>names</c> (house names such as <c>Jane Doe</c>: never flagged, and their first name confirms a near
/// miss of their surname; the config's <c>names:</c> and <c>allow:</c>, carried by the document, are added), <c>inDocument</c> and <c>knownNames</c> (each kind of evidence on or off, default on),
/// <c>minLength</c> (shortest name suggested, default 4). One instance serves every document and thread: all state of
/// a check is local, and the names data is loaded once per process (<see cref="NameData"/>).
/// </summary>
public sealed class NameDetector
{
    private readonly NameData data;
    private readonly IReadOnlyList<string> optionHouseNames;
    private readonly HouseNames optionHouse;
    private readonly ConditionalWeakTable<IReadOnlyList<string>, HouseNames> configHouse = new();
    private readonly bool inDocument;
    private readonly bool knownNames;
    private readonly int minLength;

    public NameDetector(DetectorOptions options)
        : this(options, NameData.Instance)
    {
    }

    internal NameDetector(DetectorOptions options, NameData data)
    {
        this.data = data;
        inDocument = options.GetBool("inDocument", true);
        knownNames = options.GetBool("knownNames", true);
        minLength = Math.Max(3, (int)options.GetNumber("minLength", 4));
        optionHouseNames = options.GetList("names");
        optionHouse = new HouseNames(optionHouseNames, []);
    }

    /// <summary>
    /// House names: a rule's <c>names</c> option, plus the config's <c>names:</c> and <c>allow:</c> carried by the
    /// document. Their words are never flagged; names of two words or more confirm a near miss of their last word.
    /// </summary>
    private sealed class HouseNames
    {
        public HouseNames(IEnumerable<string> names, IEnumerable<string> allowed)
        {
            var byPreceding = new Dictionary<string, List<ListedName>>(StringComparer.Ordinal);
            foreach (string house in names)
            {
                string[] words = NameData.SplitName(house);
                foreach (string w in words) Words.Add(w);
                if (words.Length < 2) continue;
                if (!byPreceding.TryGetValue(words[^2], out List<ListedName>? list)) byPreceding[words[^2]] = list = new List<ListedName>();
                list.Add(new ListedName(words, []));
            }
            foreach (string word in allowed) Words.Add(word);
            foreach (KeyValuePair<string, List<ListedName>> p in byPreceding) ByPreceding[p.Key] = p.Value.ToArray();
            ByPrecedingSpan = ByPreceding.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public HashSet<string> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, ListedName[]> ByPreceding { get; } = new(StringComparer.Ordinal);

        /// <summary><see cref="ByPreceding"/> asked with a word of the text, without making it a string.</summary>
        public Dictionary<string, ListedName[]>.AlternateLookup<ReadOnlySpan<char>> ByPrecedingSpan { get; }
    }

    /// <summary>The house names for one document: the option's alone, or with the config's (built once per config list).</summary>
    private HouseNames HouseFor(AnalyzedDocument document)
    {
        if (document.HouseNames.Count == 0 && document.AllowedWords.Count == 0) return optionHouse;
        IReadOnlyList<string> key = document.HouseNames.Count > 0 ? document.HouseNames : document.AllowedWords;
        return configHouse.GetValue(key, _ => new HouseNames(optionHouseNames.Concat(document.HouseNames), document.AllowedWords));
    }

    public void Check(Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        foreach (NameFinding f in Find(document))
        {
            sink.Report(checker.Rule, f.Start, f.Length, [f.Suggestion]);
        }
    }

    /// <summary>A flagged name: its span in the analysed text, the suggestion and which evidence found it.</summary>
    public readonly record struct NameFinding(int Start, int Length, string Suggestion, string Evidence);

    /// <summary>Everything this detector would report in <paramref name="document"/>, in text order.</summary>
    public IReadOnlyList<NameFinding> Find(AnalyzedDocument document)
    {
        using NameTokens tokens = NameTokens.Read(document);
        HouseNames house = HouseFor(document);
        var facts = new FormFacts(data, house, tokens);
        var found = new Dictionary<int, NameFinding>();
        if (inDocument) FindInDocument(tokens, facts, found);
        if (knownNames) FindListed(document.Text, tokens, house, facts, found);
        // Most articles have no finding: they need no sorting (OrderBy makes its enumerators and buffers even for none).
        return found.Count == 0 ? [] : found.Values.OrderBy(f => f.Start).ToArray();
    }

    // ---- evidence 1: the document itself --------------------------------------------------------------------

    /// <summary>
    /// What the in-document check counts of one distinct form: one element per form of a pooled array indexed by the
    /// form's number (<see cref="DocumentForms"/>), not an object per form.
    /// </summary>
    private struct FormStats
    {
        /// <summary>The text case-folded as <see cref="EditDistance"/> compares it, as a letter mask (a cheap bound).</summary>
        public ulong Letters;
        /// <summary>The length of the form's text, kept here so the loops over forms need not fetch the string.</summary>
        public int Length;
        /// <summary>How often the form occurs; its occurrences are chained from <see cref="First"/> (see <see cref="Occurrences"/>).</summary>
        public int Count;
        public int First;
        public int Last;
        public int MidSentence;
        /// <summary>Occurrences followed by a name or a particle (Arjen Robben, Rafael van der Vaart).</summary>
        public int Followed;
        public int Standalone;
        public bool AnyInList;
        public bool Broken;
        /// <summary>An English word in lower case (<see cref="Targets"/>), written so in the document: at the start of sentences only, it is that word capitalised.</summary>
        public bool WordInLowerCase;
    }

    /// <summary>
    /// One document's forms for the in-document check: their <see cref="FormStats"/> by number (forms are numbered in
    /// order of first use, the order a dictionary filled in text order would enumerate), the chains of their
    /// occurrences, and the people of the few forms compared closely. The arrays are pooled and go back on
    /// <see cref="Dispose"/>.
    /// </summary>
    private sealed class DocumentForms : IDisposable
    {
        private readonly NameTokens tokens;
        private readonly FormFacts facts;
        private FormStats[] stats;
        // next[i]: the token of the same form after token i, or -1 (see Occurrences).
        private int[] next;
        // Made when a first form is compared closely: most documents have none.
        private FormPeople?[]? people;

        public DocumentForms(NameTokens tokens, FormFacts facts)
        {
            this.tokens = tokens;
            this.facts = facts;
            Count = tokens.FormCount;
            stats = ArrayPool<FormStats>.Shared.Rent(Math.Max(1, Count));
            stats.AsSpan(0, Count).Clear();
            next = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        }

        public int Count { get; }

        public ref FormStats this[int form] => ref stats[form];

        public string Text(int form) => tokens.FormText(form);

        /// <summary>Counts token <paramref name="i"/>, a name-like word, as an occurrence of its form.</summary>
        public ref FormStats Add(int i)
        {
            int number = tokens.Items[i].Form;
            ref FormStats form = ref stats[number];
            if (form.Count == 0)
            {
                form.Letters = tokens.Forms.LettersOf(tokens.Forms.IdOf(number));
                form.Length = tokens.Items[i].StemLength;
                form.First = i;
            }
            else
            {
                next[form.Last] = i;
            }
            next[i] = -1;
            form.Last = i;
            form.Count++;
            return ref form;
        }

        public Occurrences OccurrencesOf(int form) => new(stats[form].First, next);

        /// <summary>The given names before and the names after a form's occurrences, collected the first time they are asked for.</summary>
        public FormPeople PeopleOf(int form)
        {
            people ??= new FormPeople?[Count];
            if (people[form] is FormPeople known) return known;
            var found = new FormPeople();
            Span<NameToken> items = tokens.Items;
            foreach (int i in OccurrencesOf(form))
            {
                ref readonly NameToken t = ref items[i];
                if (t.Previous >= 0 && t.PreviousSeparator != '-' && (IsFirstName(tokens, t.Previous, facts) || IsInitial(tokens, t.Previous)))
                {
                    found.AddFirstName(tokens.Stem(t.Previous));
                }
                if (FollowingName(tokens, i, out bool particle))
                {
                    found.AddFollowing(particle ? tokens.Stem(i + 1).ToLowerInvariant() : tokens.Stem(i + 1));
                }
            }
            return people[form] = found;
        }

        public void Dispose()
        {
            ArrayPool<FormStats>.Shared.Return(stats);
            ArrayPool<int>.Shared.Return(next);
            stats = [];
            next = [];
        }
    }

    /// <summary>
    /// Given names before a form (Gordon Brown) and names that follow it (Arjen Robben: another surname after it
    /// means another person). Only forms one or two edits from another need them, so they are collected then, from
    /// the form's occurrences, not for every name of the document as it is read.
    /// </summary>
    private sealed class FormPeople
    {
        private static readonly HashSet<string> None = new(StringComparer.Ordinal);
        private HashSet<string>? firstNames;
        private HashSet<string>? following;

        public HashSet<string> FirstNames => firstNames ?? None;
        public HashSet<string> Following => following ?? None;

        public void AddFirstName(string name) => (firstNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

        public void AddFollowing(string name) => (following ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    /// <summary>
    /// The occurrences of a form as a chain through the document's tokens: <c>next[i]</c> is the token of the same
    /// form after token <c>i</c>, or -1. One pooled array per document instead of a list per form.
    /// </summary>
    private readonly ref struct Occurrences(int first, ReadOnlySpan<int> next)
    {
        private readonly ReadOnlySpan<int> next = next;

        public Enumerator GetEnumerator() => new(first, next);

        public ref struct Enumerator(int first, ReadOnlySpan<int> next)
        {
            private readonly ReadOnlySpan<int> next = next;
            private int current = -1;
            private bool started;

            public readonly int Current => current;

            public bool MoveNext()
            {
                current = started ? next[current] : first;
                started = true;
                return current >= 0;
            }
        }
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "De", "de", "Van", "van", "Von", "von", "Da", "da", "Dal", "dal", "Di", "di", "Du", "du", "Le", "La", "al", "el", "bin", "ben", "Mac",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One of <see cref="Particles"/>; every particle has two or three letters, which settles most words without hashing them.</summary>
    private static bool IsParticle(ReadOnlySpan<char> word) => word.Length is 2 or 3 && ParticleLookup.Contains(word);

    private void FindInDocument(NameTokens tokens, FormFacts facts, Dictionary<int, NameFinding> found)
    {
        Span<NameToken> items = tokens.Items;
        using var forms = new DocumentForms(tokens, facts);
        foreach (int i in tokens.Names)
        {
            ref readonly NameToken t = ref items[i];
            ref FormStats form = ref forms.Add(i);
            if (!t.Initial) form.MidSentence++;
            if (!t.BeforeHyphen) form.Standalone++;
            if (t.Broken) form.Broken = true;
            if (t.InList) form.AnyInList = true;
            if (FollowedByName(tokens, i)) form.Followed++;
        }
        CompareForms(tokens, facts, forms, found);
    }

    /// <summary>
    /// Token <paramref name="i"/> is followed by a name or a particle, part of the same name (Arjen Robben, Rafael
    /// van der Vaart); <paramref name="particle"/> tells which.
    /// </summary>
    private static bool FollowingName(NameTokens tokens, int i, out bool particle)
    {
        Span<NameToken> items = tokens.Items;
        particle = false;
        if (i + 1 >= items.Length || items[i + 1].Previous != i || items[i + 1].PreviousSeparator == '-') return false;
        particle = IsParticle(tokens.StemSpan(i + 1));
        return items[i + 1].NameLike || particle;
    }

    /// <summary><see cref="FollowingName"/> without telling which: the particle is looked up only after a word that is not a name.</summary>
    private static bool FollowedByName(NameTokens tokens, int i)
    {
        Span<NameToken> items = tokens.Items;
        if (i + 1 >= items.Length || items[i + 1].Previous != i || items[i + 1].PreviousSeparator == '-') return false;
        return items[i + 1].NameLike || IsParticle(tokens.StemSpan(i + 1));
    }

    private void CompareForms(NameTokens tokens, FormFacts facts, DocumentForms forms, Dictionary<int, NameFinding> found)
    {
        Span<NameToken> items = tokens.Items;
        int[] targets = Targets(forms, tokens, facts);
        if (targets.Length == 0) return;

        // The frequent forms by length: a form more than two letters longer or shorter is more than two edits away
        // (Close would say 0), so each rare form looks at five lengths, not at every frequent form. Targets are in
        // number order, so placing them by length keeps that order within a length (the order the lists per length
        // had); lengthStart[n] is where the forms of n letters begin.
        int longest = 0, mostFrequent = 0;
        foreach (int f in targets)
        {
            longest = Math.Max(longest, forms[f].Length);
            mostFrequent = Math.Max(mostFrequent, forms[f].Count);
        }
        int[] lengthStart = new int[longest + 2];
        foreach (int f in targets) lengthStart[forms[f].Length + 1]++;
        for (int length = 1; length < lengthStart.Length; length++) lengthStart[length] += lengthStart[length - 1];
        int[] frequent = new int[targets.Length];
        int[] placed = lengthStart[..^1];
        foreach (int f in targets) frequent[placed[forms[f].Length]++] = f;

        for (int rare = 0; rare < forms.Count; rare++)
        {
            ref FormStats r = ref forms[rare];
            // Whether the form is known (three set lookups) is asked only of forms close to another: most are not.
            // A form written as often as the most frequent target has none more frequent to be a slip for.
            if (r.Length < minLength - 1 || r.Broken || r.Count >= mostFrequent) continue;
            string rareText = forms.Text(rare);
            int best = -1;
            int bestDistance = int.MaxValue;
            int shortest = Math.Max(0, r.Length - 2), widest = Math.Min(longest, r.Length + 2);
            for (int length = shortest; length <= widest; length++)
            {
                foreach (int f in frequent.AsSpan(lengthStart[length]..lengthStart[length + 1]))
                {
                    if (f == rare) continue;
                    ref FormStats target = ref forms[f];
                    int n = target.Count, rc = r.Count;
                    // Spider of Spider-Man is part of a longer name; Spidey on its own is not a slip for it.
                    if (target.Standalone == 0 && r.Standalone > 0) continue;
                    if (n <= rc || (rc >= 2 && n < 2 * rc)) continue;
                    // More edits apart than Close accepts, by their lengths or their letters alone: two edits only
                    // for a target of eight letters or more outside a list, else one.
                    int most = target.Length >= 8 && !r.AnyInList ? 2 : 1;
                    if (Math.Abs(target.Length - r.Length) > most || EditDistance.LettersMissing(r.Letters, target.Letters) > most) continue;
                    string text = forms.Text(f);
                    int d = Close(rareText, text, r.AnyInList);
                    if (d == 0) continue;
                    // Israelis beside Israel is an inflection, and Beatle beside Beatles; Virgini beside Virginia is not.
                    if (Inflected(rareText, text) && (rareText.Length >= text.Length || text.EndsWith('s') || text.EndsWith('i'))) continue;
                    FormPeople rarePeople = forms.PeopleOf(rare), people = forms.PeopleOf(f);
                    // A name beside itself is two names (Jole Cole is not Cole Cole).
                    if (rarePeople.Following.Contains(text) || rarePeople.FirstNames.Contains(text)) continue;
                    // Different first names, different people (Gordon Brown, Des Browne); and a different surname after
                    // a given name that is always followed by one surname is another person too (Arjen Robben, Arjan De
                    // Zeeuw), unless that given name is a common one (Michaeh Howard beside Michael Portillo is a slip).
                    if (rarePeople.FirstNames.Count > 0 && people.FirstNames.Count > 0 && !SamePerson(rarePeople.FirstNames, people.FirstNames)) continue;
                    // A given name of a person mentioned once (Jelena Jankovic) that begins differently from a common
                    // given name (Elena) is a name of its own more often than a slip.
                    if (rarePeople.Following.Count > 0 && data.FirstNames.Contains(text) && char.ToLowerInvariant(rareText[0]) != char.ToLowerInvariant(text[0]) &&
                        AllFollowingAsOften(rarePeople.Following, r.Followed, tokens, forms)) continue;
                    // Short given names are stricter: Rudi Voller and Rudy Gay are two people.
                    if (text.Length <= 5 && rarePeople.Following.Count > 0 && people.Following.Count > 0 && !rarePeople.Following.Overlaps(people.Following)) continue;
                    if (rarePeople.Following.Count > 0 && people.Following.Count == 1 && target.Followed == target.Count &&
                        !rarePeople.Following.Overlaps(people.Following) && !data.FirstNames.Contains(text)) continue;
                    // Tim Koogle is a person, Google a company: a first name before the rarer form only, and the frequent
                    // one a listed organisation or place, not a surname.
                    if (rarePeople.FirstNames.Count > 0 && people.FirstNames.Count == 0 && data.NonPersonNames.Contains(text)) continue;
                    // The closest, then the most frequent, then the first used: the lengths are visited out of the
                    // forms' order, so the tie goes to the lower number explicitly.
                    if (best < 0 || d < bestDistance || (d == bestDistance && (n > forms[best].Count || (n == forms[best].Count && f < best))))
                    {
                        best = f;
                        bestDistance = d;
                    }
                }
            }
            if (best < 0 || facts.IsKnown(rare)) continue;
            string suggestion = forms.Text(best);
            foreach (int i in forms.OccurrencesOf(rare))
            {
                NameToken t = items[i];
                found[t.Start] = new NameFinding(t.Start, t.StemLength, suggestion, "document");
            }
        }
    }

    /// <summary>
    /// Every name in <paramref name="following"/> (the names after a rare form) is a form of the document written no
    /// more often than the names follow the rare form (<paramref name="followed"/> times): the given name and the
    /// surname of one person. (A loop, not a lambda: a lambda would capture the loop's form, which costs an object per
    /// form compared.)
    /// </summary>
    private static bool AllFollowingAsOften(HashSet<string> following, int followed, NameTokens tokens, DocumentForms forms)
    {
        foreach (string name in following)
        {
            if (!tokens.TryGetForm(name, out int form) || forms[form].Count > followed) return false;
        }
        return true;
    }

    /// <summary>
    /// The forms that may be suggested, by number in ascending order: written twice or more, and a name, not just a
    /// common word capitalised at the start of sentences: an English word must be capitalised inside a sentence
    /// somewhere, or never be written in lower case.
    /// </summary>
    private int[] Targets(DocumentForms forms, NameTokens tokens, FormFacts facts)
    {
        // The forms whose lower case is an English word and which never stand inside a sentence: whether that word is
        // written in lower case decides. There are few in a document (often none): each word of the text is compared
        // with them directly, after a length and first-letter test most words fail.
        List<DoubtfulForm>? doubtful = null;
        ulong doubtfulLengths = 0, doubtfulFirstLetters = 0;
        for (int f = 0; f < forms.Count; f++)
        {
            ref FormStats form = ref forms[f];
            if (form.Count < 2 || form.Length < minLength || form.MidSentence != 0 || !facts.IsEnglishWord(f)) continue;
            string word = forms.Text(f).ToLowerInvariant();
            doubtful ??= [];
            DoubtfulForm? same = null;
            foreach (DoubtfulForm d in doubtful) if (d.Word == word) same = d;
            if (same == null) doubtful.Add(new DoubtfulForm(word, [f]));
            else same.Forms.Add(f);
            doubtfulLengths |= LengthBit(word.Length);
            doubtfulFirstLetters |= 1UL << (word[0] & 63);
        }
        if (doubtful != null)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                ReadOnlySpan<char> stem = tokens.StemSpan(i);
                if (stem.Length == 0 || (doubtfulLengths & LengthBit(stem.Length)) == 0 || (doubtfulFirstLetters & (1UL << (stem[0] & 63))) == 0 ||
                    !char.IsLower(stem[0])) continue;
                foreach (DoubtfulForm d in doubtful)
                {
                    if (!stem.SequenceEqual(d.Word)) continue;
                    foreach (int f in d.Forms) forms[f].WordInLowerCase = true;
                }
            }
        }
        int count = 0;
        for (int f = 0; f < forms.Count; f++)
        {
            if (IsTarget(ref forms[f])) count++;
        }
        var targets = new int[count];
        count = 0;
        for (int f = 0; f < forms.Count; f++)
        {
            if (IsTarget(ref forms[f])) targets[count++] = f;
        }
        return targets;

        bool IsTarget(ref FormStats f) => f.Count >= 2 && f.Length >= minLength && !f.WordInLowerCase;

        static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
    }

    /// <summary>An English word in lower case (<see cref="Targets"/>) and the forms that are it capitalised.</summary>
    private sealed record DoubtfulForm(string Word, List<int> Forms);

    /// <summary>A single capital letter used as an initial (S Horgan, M Horan).</summary>
    private static bool IsInitial(NameTokens tokens, int i)
    {
        ReadOnlySpan<char> stem = tokens.StemSpan(i);
        return stem.Length == 1 && char.IsUpper(stem[0]);
    }

    /// <summary>Two sets of given names that could be one person's: a name in common, or an initial and a name.</summary>
    private static bool SamePerson(HashSet<string> a, HashSet<string> b)
    {
        foreach (string x in a)
        {
            foreach (string y in b)
            {
                if (x == y) return true;
                if ((x.Length == 1 || y.Length == 1) && x[0] == y[0]) return true;
            }
        }
        return false;
    }

    private static bool IsFirstName(NameTokens tokens, int i, FormFacts facts) =>
        tokens.Items[i].NameLike && facts.IsFirstName(tokens.Items[i].Form);

    /// <summary>
    /// What the word sets say about each distinct form of one document. A name is written many times, and in many
    /// documents, and each answer costs a table look-up (UTF-8 encoding, hashing, probing), a lower-cased copy or a
    /// search of the role surnames: the names data's answers are kept with the form in the thread's
    /// <see cref="FormTable"/>, asked once for all the documents the thread reads. House words are asked each time:
    /// most configurations have none.
    /// </summary>
    private sealed class FormFacts(NameData data, HouseNames house, NameTokens tokens)
    {
        // Per form in the table: bit set when the answer is known, bit set when it is yes.
        private const byte KnownAsked = 1, KnownYes = 2, EnglishAsked = 4, EnglishYes = 8, FirstAsked = 16, FirstYes = 32, NearAsked = 64, ListedAsked = 128;
        private readonly FormTable forms = tokens.Forms;
        // The candidates of one form at a time, before their distance is checked.
        [ThreadStatic]
        private static List<RoleEntry>? roleCandidates;

        /// <summary>A house word or a known name (any case).</summary>
        public bool IsKnownName(int form) => IsHouseWord(form) || Ask(form, KnownAsked, KnownYes, static (d, text) => d.KnownNames.Contains(text));

        /// <summary>A lower-case English word once lower-cased.</summary>
        public bool IsEnglishWord(int form) => Ask(form, EnglishAsked, EnglishYes, static (d, text) => d.EnglishWords.Contains(text.ToLowerInvariant()));

        /// <summary>A listed given name or a house word.</summary>
        public bool IsFirstName(int form) => Ask(form, FirstAsked, FirstYes, static (d, text) => d.FirstNames.Contains(text)) || IsHouseWord(form);

        /// <summary>The listed names whose word before the surname is the form (<see cref="NameData.ByPrecedingWord"/>), or null.</summary>
        public ListedName[]? ListedAfter(int form)
        {
            int id = forms.IdOf(form);
            ref byte f = ref forms.FactsOf(id, data);
            if ((f & ListedAsked) == 0)
            {
                f |= ListedAsked;
                forms.ListedAfterOf(id) = data.ByPrecedingWord.GetValueOrDefault(forms.Text(id));
            }
            return forms.ListedAfterOf(id);
        }

        private bool IsHouseWord(int form) => house.Words.Count > 0 && house.Words.Contains(tokens.FormText(form));

        /// <summary>
        /// The listed people with roles whose surname is one edit from the form (<see cref="CloseToListed"/>), in list
        /// order. Most forms have none.
        /// </summary>
        public RoleEntry[] NearRoleSurnames(int form)
        {
            int id = forms.IdOf(form);
            ref byte f = ref forms.FactsOf(id, data);
            if ((f & NearAsked) == 0)
            {
                f |= NearAsked;
                RoleEntry[] close = CloseRoleSurnames(forms.Text(id));
                forms.NearRolesOf(id) = close.Length > 0 ? close : null;
            }
            return forms.NearRolesOf(id) ?? [];
        }

        private RoleEntry[] CloseRoleSurnames(string written)
        {
            if (!data.RolesBySurname.MayBeNear(written)) return [];
            List<RoleEntry> candidates = roleCandidates ??= new List<RoleEntry>();
            data.RolesBySurname.NearSurname(written, candidates);
            int close = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                if (CloseToListed(written, candidates[k].Surname, 1) != 0) candidates[close++] = candidates[k];
            }
            return close == 0 ? [] : candidates.GetRange(0, close).ToArray();
        }

        /// <summary>A known name or an English word: never a misspelling of a name by itself.</summary>
        public bool IsKnown(int form) => IsKnownName(form) || IsEnglishWord(form);

        private bool Ask(int form, byte asked, byte yes, Func<NameData, string, bool> question)
        {
            int id = forms.IdOf(form);
            ref byte f = ref forms.FactsOf(id, data);
            if ((f & asked) == 0)
            {
                f |= asked;
                if (question(data, forms.Text(id))) f |= yes;
            }
            return (f & yes) != 0;
        }
    }

    /// <summary>
    /// The edit distance when <paramref name="rare"/> is close enough to <paramref name="target"/> to be a slip, else 0:
    /// one edit (in a list of names: in seven letters or more, or five when they sound alike); two edits in eight
    /// letters or more when they sound alike (Double Metaphone).
    /// </summary>
    private static int Close(string rare, string target, bool inList)
    {
        int length = target.Length;
        int d = EditDistance.Between(rare, target, 2);
        if (d == 0 || d > 2) return 0;
        if (d == 1)
        {
            if (inList) return length >= 7 || (length >= 5 && DoubleMetaphone.SoundAlike(rare, target)) ? 1 : 0;
            return 1;
        }
        return length >= 8 && !inList && DoubleMetaphone.SoundAlike(rare, target) ? 2 : 0;
    }

    private static readonly string[] Suffixes =
        ["s", "es", "i", "is", "n", "ns", "a", "an", "ans", "ian", "ians", "ese", "ite", "ites", "ism", "ist", "ists", "er", "ers", "ic"];

    private static readonly string[] FinalLetters = ["a", "e", "i", "n", "s"];

    /// <summary>
    /// Two forms of one name: one is the other with an inflection, possessive or demonym ending (Israel/Israeli/
    /// Israelis, Serb/Serbs, Kenya/Kenyan), or they differ in a final a, e, i, n or s only (Argentina/Argentine,
    /// Somalis/Somalia). Endings that differ by more (Britain/British) are further apart than a slip anyway.
    /// </summary>
    public static bool Inflected(string a, string b)
    {
        int common = 0;
        int max = Math.Min(a.Length, b.Length);
        while (common < max && char.ToLowerInvariant(a[common]) == char.ToLowerInvariant(b[common])) common++;
        if (common < 3) return false;
        string ta = a[common..].ToLowerInvariant(), tb = b[common..].ToLowerInvariant();
        if (ta.Length == 0) return Array.IndexOf(Suffixes, tb) >= 0;
        if (tb.Length == 0) return Array.IndexOf(Suffixes, ta) >= 0;
        return ta.Length == 1 && tb.Length == 1 && Array.IndexOf(FinalLetters, ta) >= 0 && Array.IndexOf(FinalLetters, tb) >= 0;
    }

    // ---- evidence 2: known names with context -----------------------------------------------------------------

    private void FindListed(string text, NameTokens tokens, HouseNames house, FormFacts facts, Dictionary<int, NameFinding> found)
    {
        Span<NameToken> items = tokens.Items;
        foreach (int i in tokens.Names)
        {
            ref readonly NameToken t = ref items[i];
            if (t.StemLength < minLength - 1 || t.Broken || found.ContainsKey(t.Start)) continue;

            // The listed names the word before may begin (looked up as a span: most words have no string of their own),
            // kept only when the words before are theirs and the lengths allow a near miss: the names after "of" or
            // "the" are many, and most words after a listed given name are that person's surname, which the names
            // table would have to be asked about.
            ListedName[]? ours = null, listed = null;
            if (t.Previous >= 0)
            {
                ReadOnlySpan<char> previous = tokens.StemSpan(t.Previous);
                if (house.ByPreceding.Count > 0 && house.ByPrecedingSpan.TryGetValue(previous, out ours) && !AnyMayBeListed(tokens, i, ours)) ours = null;
                // A name before is asked once per form (the answer is kept with it); other words are looked up each time.
                if (items[t.Previous].NameLike) listed = facts.ListedAfter(items[t.Previous].Form);
                else data.ByPrecedingWordSpan.TryGetValue(previous, out listed);
                if (listed != null && !AnyMayBeListed(tokens, i, listed)) listed = null;
            }
            bool givenName = i + 1 < items.Length && items[i + 1].Previous == i && items[i + 1].NameLike;
            // A role can confirm only a word one edit from a surname with roles, a fact of the form alone: most words
            // have none, and with no listed name to complete either they have no suggestion, whatever the word sets say.
            RoleEntry[] nearRoles = givenName ? [] : facts.NearRoleSurnames(t.Form);
            if (ours == null && listed == null && nearRoles.Length == 0) continue;
            if (facts.IsKnownName(t.Form)) continue;

            string? suggestion = null;
            if (ours != null) suggestion = BestListed(tokens, i, ours);
            if (suggestion == null && listed != null) suggestion = BestListed(tokens, i, listed);
            if (suggestion == null && nearRoles.Length > 0 && !facts.IsEnglishWord(t.Form))
            {
                suggestion = ByRole(text, tokens, i, nearRoles);
            }
            if (suggestion != null) found[t.Start] = new NameFinding(t.Start, t.StemLength, suggestion, "list");
        }
    }

    /// <summary>
    /// Whether <see cref="BestListed"/> may find a surname among <paramref name="candidates"/>: one whose earlier words
    /// are there and whose length is within two of the word's (<see cref="CloseToListed"/> says 0 otherwise).
    /// </summary>
    private static bool AnyMayBeListed(NameTokens tokens, int i, ListedName[] candidates)
    {
        int length = tokens.Items[i].StemLength;
        foreach (ListedName name in candidates)
        {
            int surname = name.Surname.Length;
            if (surname >= 4 && Math.Abs(surname - length) <= 2 && PrecededBy(tokens, i, name)) return true;
        }
        return false;
    }

    /// <summary>The closest listed surname whose earlier words are the words just before token <paramref name="i"/>.</summary>
    private static string? BestListed(NameTokens tokens, int i, ListedName[] candidates)
    {
        string stem = tokens.Stem(i);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (ListedName name in candidates)
        {
            if (!PrecededBy(tokens, i, name)) continue;
            int d = CloseToListed(stem, name.Surname, 2);
            if (d == 0 || d >= bestDistance) continue;
            best = name.Surname;
            bestDistance = d;
        }
        return best;
    }

    /// <summary>
    /// The listed name's earlier words stand just before token <paramref name="i"/>: all of them, or at least two
    /// (a middle name may be left out: Luiz Inacio Lula da Silva, Lula da Silva).
    /// </summary>
    private static bool PrecededBy(NameTokens tokens, int i, ListedName name)
    {
        int k = i;
        int matched = 0;
        for (int w = name.Words.Length - 2; w >= 0; w--)
        {
            int previous = tokens.Items[k].Previous;
            if (previous < 0 || !tokens.StemSpan(previous).SequenceEqual(name.Words[w])) break;
            matched++;
            k = previous;
        }
        return matched == name.Words.Length - 1 || matched >= 2;
    }

    /// <summary>
    /// A near miss of a listed surname: one edit, or two in six letters or more that sound alike. A longer form
    /// that adds an inflection (the Blairs) is not a miss.
    /// </summary>
    private static int CloseToListed(string written, string surname, int maxEdits)
    {
        if (surname.Length < 4) return 0;
        if (written.Length > surname.Length && Inflected(written, surname)) return 0;
        int d = EditDistance.Between(written, surname, maxEdits);
        if (d == 0 || d > maxEdits) return 0;
        if (d == 1) return 1;
        return Math.Min(written.Length, surname.Length) >= 6 && DoubleMetaphone.SoundAlike(written, surname) ? 2 : 0;
    }

    /// <summary>
    /// A listed person's role just before the word, in the same sentence (the UN secretary general, Guterez): the
    /// first of <paramref name="nearRoles"/> (the listed people whose surname is one edit away, in list order) one of
    /// whose roles is there.
    /// </summary>
    private static string? ByRole(string text, NameTokens tokens, int i, RoleEntry[] nearRoles)
    {
        string window = RoleWindow(text, tokens.Items, i);
        foreach (RoleEntry entry in nearRoles)
        {
            foreach (string role in entry.Roles)
            {
                if (window.Contains(role, StringComparison.Ordinal)) return entry.Surname;
            }
        }
        return null;
    }

    /// <summary>Up to four words before token <paramref name="i"/> in its sentence and 60 characters more, lower case, hyphens as spaces.</summary>
    private static string RoleWindow(string text, ReadOnlySpan<NameToken> items, int i)
    {
        int k = i;
        for (int back = 0; back < 4 && k > 0 && items[k - 1].Sentence == items[i].Sentence; back++) k--;
        int windowStart = Math.Max(0, items[k].Start - 60);
        return text.Substring(windowStart, items[i].Start - windowStart).ToLowerInvariant().Replace('-', ' ');
    }
}
