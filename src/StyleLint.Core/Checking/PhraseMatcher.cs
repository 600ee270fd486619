namespace StyleLint.Checking;

/// <summary>Where a phrase matched: a span of the text and the index of the phrase.</summary>
public readonly record struct PhraseMatch(int Start, int Length, int Phrase)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds many literal words and phrases in one pass (Aho–Corasick). Phrases match on word boundaries; a run of
/// white space in the text matches the single space of a phrase; a typographic apostrophe matches a straight
/// one. Overlapping matches resolve to the leftmost, then longest. Built once per rule, at type load.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly string[] phrases;
    private readonly bool ignoreCase;
    private readonly Dictionary<long, int> transitions = new();
    private readonly int[] failure;
    private readonly int[][] outputs;
    private readonly int[] lengths;
    private readonly bool[] wordAtStart;
    private readonly bool[] wordAtEnd;
    private readonly int maxLength;

    public PhraseMatcher(string[] phrases, bool ignoreCase)
    {
        this.phrases = phrases;
        this.ignoreCase = ignoreCase;
        lengths = new int[phrases.Length];
        wordAtStart = new bool[phrases.Length];
        wordAtEnd = new bool[phrases.Length];

        var nodeOutputs = new List<List<int>> { new() };
        for (int p = 0; p < phrases.Length; p++)
        {
            string normalized = Normalize(phrases[p]);
            lengths[p] = normalized.Length;
            wordAtStart[p] = normalized.Length > 0 && char.IsLetterOrDigit(normalized[0]);
            wordAtEnd[p] = normalized.Length > 0 && char.IsLetterOrDigit(normalized[^1]);
            maxLength = Math.Max(maxLength, normalized.Length);
            int node = 0;
            foreach (char c in normalized)
            {
                long key = Key(node, c);
                if (!transitions.TryGetValue(key, out int next))
                {
                    next = nodeOutputs.Count;
                    nodeOutputs.Add(new List<int>());
                    transitions[key] = next;
                }
                node = next;
            }
            if (normalized.Length > 0) nodeOutputs[node].Add(p);
        }

        failure = new int[nodeOutputs.Count];
        BuildFailureLinks(nodeOutputs);
        outputs = nodeOutputs.Select(o => o.ToArray()).ToArray();
    }

    public int Count => phrases.Length;

    public string Phrase(int index) => phrases[index];

    /// <summary>Adds every match inside [start, end) of the text to the list, in text order.</summary>
    public void FindAll(string text, int start, int end, List<PhraseMatch> results)
    {
        if (maxLength == 0) return;
        int firstResult = results.Count;
        Span<int> positions = maxLength <= 256 ? stackalloc int[maxLength] : new int[maxLength];
        int state = 0, count = 0;
        bool previousWasSpace = false;
        for (int i = start; i < end; i++)
        {
            char c = Fold(text[i]);
            if (c == ' ')
            {
                if (previousWasSpace) continue;
                previousWasSpace = true;
            }
            else
            {
                previousWasSpace = false;
            }

            positions[count % maxLength] = i;
            state = Step(state, c);
            foreach (int p in outputs[state])
            {
                int matchStart = positions[(count - lengths[p] + 1) % maxLength];
                if (IsBoundary(text, matchStart, i + 1, wordAtStart[p], wordAtEnd[p]))
                {
                    results.Add(new PhraseMatch(matchStart, i + 1 - matchStart, p));
                }
            }
            count++;
        }
        KeepLeftmostLongest(results, firstResult);
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (transitions.TryGetValue(Key(state, c), out int next)) return next;
            if (state == 0) return 0;
            state = failure[state];
        }
    }

    private void BuildFailureLinks(List<List<int>> nodeOutputs)
    {
        // Children of each node, for a breadth-first walk.
        var children = new List<(int Node, char C, int Child)>[nodeOutputs.Count];
        foreach (KeyValuePair<long, int> t in transitions)
        {
            int parent = (int)(t.Key >> 16);
            (children[parent] ??= new()).Add((parent, (char)(t.Key & 0xFFFF), t.Value));
        }
        var queue = new Queue<int>();
        foreach ((_, _, int child) in children[0] ?? [])
        {
            failure[child] = 0;
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            foreach ((_, char c, int child) in children[node] ?? [])
            {
                int f = failure[node];
                while (f != 0 && !transitions.ContainsKey(Key(f, c))) f = failure[f];
                failure[child] = transitions.TryGetValue(Key(f, c), out int target) && target != child ? target : 0;
                nodeOutputs[child].AddRange(nodeOutputs[failure[child]]);
                queue.Enqueue(child);
            }
        }
    }

    private static bool IsBoundary(string text, int start, int end, bool wordAtStart, bool wordAtEnd)
    {
        if (wordAtStart && start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;
        if (wordAtEnd && end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        return true;
    }

    private static void KeepLeftmostLongest(List<PhraseMatch> results, int from)
    {
        if (results.Count - from < 2) return;
        results.Sort(from, results.Count - from, Comparer<PhraseMatch>.Create((a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length)));
        int write = from, lastEnd = -1;
        for (int read = from; read < results.Count; read++)
        {
            if (results[read].Start < lastEnd) continue;
            results[write++] = results[read];
            lastEnd = results[read].End;
        }
        results.RemoveRange(write, results.Count - write);
    }

    private string Normalize(string phrase)
    {
        var builder = new System.Text.StringBuilder(phrase.Length);
        bool space = false;
        foreach (char raw in phrase.Trim())
        {
            char c = Fold(raw);
            if (c == ' ')
            {
                if (space) continue;
                space = true;
            }
            else
            {
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private char Fold(char c)
    {
        if (c == '\u2019') return '\'';
        if (char.IsWhiteSpace(c)) return ' ';
        return ignoreCase ? char.ToLowerInvariant(c) : c;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
