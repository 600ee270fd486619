using System.Buffers;
using System.Collections.Frozen;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>How a piece of a token is written.</summary>
internal enum Shape { Lower, Capitalised, Upper, Mixed }

/// <summary>One word of a candidate split.</summary>
internal sealed class Part
{
    public required string Text { get; init; }
    public required string Lower { get; init; }
    /// <summary>The form without a possessive ’s.</summary>
    public required string Base { get; init; }
    public required Shape Shape { get; init; }
    public required bool Known { get; init; }
    public required LexiconEntry Entry { get; init; }
    public required bool Possessive { get; init; }
    public required DocumentContext Document { get; init; }
    /// <summary>The lexicon's id of <see cref="Text"/> (<see cref="Lexicon.IdOf"/>).</summary>
    public required int LexiconId { get; init; }

    private int? inDocument, formId;

    /// <summary>The id of the form in the document's questions (<see cref="DocumentContext.FormId"/>).</summary>
    public int FormId => formId ??= Document.FormId(Text, LexiconId);

    /// <summary>Uses of the form elsewhere in the document, any case (a scan of the document, so made only when asked).</summary>
    public int InDocument => inDocument ??= Document.Count(FormId);

    /// <summary>Uses of the form written exactly so.</summary>
    public int InDocumentExactly => Document.CountExact(Text, FormId);

    // The word classes, each asked once: ranking and judging a split ask them again and again.
    private bool? isFunction, isClosed, isParticle;

    public int Count => Entry.Count;
    public bool IsFunction => isFunction ??= WordClasses.Function.Contains(Base);
    /// <summary>A word of a closed class: a function word, a number, a quantifier or an adverb of degree or time.</summary>
    public bool IsClosed => isClosed ??= IsFunction || WordClasses.Quantifier.Contains(Base);
    public bool IsParticle => isParticle ??= WordClasses.Particle.Contains(Base);
    public bool IsProper => Entry.IsProperOnly;
    public bool Has(LexiconFlags flag) => Entry.Has(flag);
    public double LogProbability => Math.Log10((Count + 0.5) / Lexicon.CorpusSize);
}

/// <summary>Whether the best split is a join, and the evidence for or against it (for tests and the evaluation).</summary>
internal readonly record struct Verdict(bool IsJoin, string Reason)
{
    public static Verdict Yes(string reason) => new(true, reason);

    public static Verdict No(string reason) => new(false, reason);
}

/// <summary>The best split of a token and the verdict on it.</summary>
internal sealed record Segmentation(IReadOnlyList<Part> Parts, Verdict Verdict)
{
    public bool IsJoin => Verdict.IsJoin;

    public string Suggestion => string.Join(" ", Parts.Select(p => p.Text));

    public override string ToString() => $"{Suggestion} ({(IsJoin ? "join" : "no")}: {Verdict.Reason})";
}

/// <summary>
/// Decides whether an unknown token is two or three words run together, and where. Candidate splits come from the
/// lexicon; they are ranked by word probability (fewer cuts preferred), and the best is accepted only when the
/// evidence for a join beats the other explanations of an unknown token: a name, a solid compound, a misspelling.
/// </summary>
internal sealed class Segmenter(Lexicon lexicon)
{
    /// <summary>The function words the lexicon lacks (a few contractions, if any): the rest are known words already.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWordsNotInLexicon = WordClasses.Function
        .Where(w => lexicon.IdOf(w) < 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cost of each missing space, in log10 probability: one cut is preferred to two.</summary>
    private const double CutCost = 3.0;

    /// <summary>Compound productivity (log modifier + log head) from which two content words read as a compound.</summary>
    private const double CompoundThreshold = 3.0;

    /// <summary>Name endings that follow a capitalised word more often than this are taken for part of the name.</summary>
    private const int NameTailLimit = 30;

    /// <summary>Letters from which a listed word is trusted as a piece even without a count.</summary>
    private const int LongWord = 7;

    public Segmentation? Split(string token, int start, DocumentContext doc, string? nextWord)
    {
        if (IsAllCaps(token)) return null;   // UNAIDS, BBCI: acronyms are not split
        List<Part[]> candidates = Enumerate(token, doc);
        // Three words need two function words (itwasthe): a three-way split that cannot be a join must not hide a
        // two-way one (outweighedin is not out+weighed+in).
        candidates.RemoveAll(c => !SyntaxAllows(c, nextWord) || (c.Length == 3 && !ThreeWordsPossible(c)));
        if (candidates.Count == 0) return null;

        Part[] best = candidates[0];
        (bool WrittenApart, bool, double) bestKey = Key(best, doc);
        for (int i = 1; i < candidates.Count; i++)
        {
            (bool, bool, double) key = Key(candidates[i], doc);
            if (key.CompareTo(bestKey) > 0) { best = candidates[i]; bestKey = key; }
        }
        return new Segmentation(best, Judge(token, start, best, bestKey.WrittenApart, candidates, doc));
    }

    private static (bool, bool, double) Key(Part[] parts, DocumentContext doc) => (WrittenApart(parts, doc), HasCaseBoundary(parts), Rank(parts));

    private Verdict Judge(string token, int start, Part[] parts, bool writtenApart, List<Part[]> all, DocumentContext doc)
    {
        int k = parts.Length;
        if (writtenApart) return Verdict.Yes("the document writes these words apart");
        int functionWords = parts.Count(p => p.IsFunction);
        int closedWords = parts.Count(p => p.IsClosed);
        bool sentenceStart = doc.IsSentenceStart(start);

        if (k == 2 && EndsInClitic(parts[0])) return Verdict.Yes("a possessive or contraction runs into a word");

        if (HasCaseBoundary(parts))
        {
            Part first = parts[0];
            if (first.Shape == Shape.Lower)
            {
                // inNew, toThis: a lowercase word, then a capital
                if (first.Base.Length < 2 || (!first.IsFunction && first.Count < 3 && first.Base.Length < LongWord)) return Verdict.No("a rare lowercase word before a capital");
                return Verdict.Yes("a lowercase word runs into a capital");
            }
            if (k == 2 && first.Shape == Shape.Capitalised && parts[1].Shape == Shape.Capitalised)
            {
                Part second = parts[1];
                if (WordClasses.Title.Contains(first.Base)) return Verdict.Yes("a title runs into a name");
                if (IsFirstName(first) && (second.Has(LexiconFlags.Capitalised) || !second.Known || second.InDocumentExactly > 0)) return Verdict.Yes("a first name runs into a surname");
            }
            if (k == 2 && first.Shape == Shape.Capitalised && first.IsFunction && !WordClasses.Pronoun.Contains(first.Base) && parts[1].Shape is Shape.Capitalised or Shape.Upper)
            {
                // TheUS, ButWestern: a function word (not a pronoun: YouTube, MyDoom) runs into a name
                return Verdict.Yes("a function word runs into a name");
            }
            return Verdict.No("CamelCase: a brand");   // CamelCase brands: YouTube, TimeWarner, DaimlerChrysler
        }

        if (parts[0].Shape == Shape.Upper)
        {
            // UKwinners: an acronym the lists (or the document) know, then a lowercase word; a short rare word is
            // more likely the rest of a brand (MBlox)
            Part word = parts[1];
            if (k == 2 && parts[0].Base.Length >= 2 && word.Shape == Shape.Lower && word.Base.Length >= 2
                && (word.IsFunction || word.Count >= 100 || (word.Base.Length >= 5 && word.Count >= 3)))
            {
                return Verdict.Yes("an acronym runs into a word");
            }
            return Verdict.No("an acronym before a word it does not join");
        }

        // A capitalised piece is a name inside a sentence, and at its start when the lists know it only as a name
        // (Mooresaid, Chelseahave); otherwise a capital at a sentence start says nothing (judged below).
        if (parts[0].Shape == Shape.Capitalised && (!sentenceStart || !parts[0].Has(LexiconFlags.Lower)))
        {
            // Blairsaid: a name, then a word. Names are the commonest unknown tokens, so the name must be one the
            // document uses on its own, or the word must be a function word that does not end names (Huckabee is
            // not Huck+abee; Johnson is not John+son; Sanjaya is not Sanjay+a).
            if (k != 2 || parts[1].Shape != Shape.Lower || parts[0].Base.Length < 2) return Verdict.No("a capitalised word that is not a name and a lowercase word");
            Part name = parts[0], word = parts[1];
            if (!(word.IsFunction || word.Count >= 100)) return Verdict.No("a rare word after a name");
            string nameText = name.Possessive ? name.Text[..^2] : name.Text;
            bool documentName = doc.CountAsName(name.Base) > 0 || (!name.Has(LexiconFlags.Lower) && doc.CountExact(nameText) > 0);
            bool notNameEnding = word.Entry.NameTail <= NameTailLimit;
            if (documentName && ((word.IsFunction && word.Base.Length >= 2) || notNameEnding)) return Verdict.Yes("a name the document uses runs into a word");
            if ((name.IsProper || name.Has(LexiconFlags.SpokenName)) && name.Known && word.IsFunction && notNameEnding) return Verdict.Yes("a name runs into a function word");
            // Names built on a whole word take endings (Johnson, Ashford), not whole words: a word of five letters
            // or more that speech attests, then a function word (Englandand, Sizehave; a two-letter one only after
            // a longer name: Americato), or a proper name, then a word that ends no name (Englanddefender).
            bool attestedWord = name.Known && name.Count >= 1 && name.Base.Length >= 5;
            if (attestedWord && word.IsFunction && !word.Lower.Contains('\'')
                && (word.Base.Length >= 3 || (name.Base.Length >= 6 && name.Has(LexiconFlags.Capitalised))))
            {
                return Verdict.Yes("a word runs into a function word");
            }
            if (attestedWord && name.IsProper && word.Entry.NameTail == 0) return Verdict.Yes("a name runs into a word that ends no name");
            return Verdict.No("a name the document does not use, or a name ending");
        }

        if (parts[0].Shape == Shape.Capitalised)
        {
            // At a sentence start a capital says nothing: judge as lowercase, but names start sentences too.
            Part first = parts[0];
            if (k == 3) return Verdict.No("three words at a sentence start");
            if (first.Count < 100 && !first.IsFunction) return Verdict.No("a rare word at a sentence start");
            if (closedWords == 0) return Verdict.No("two content words at a sentence start: a name");   // Makepeace, Rightmove: two content words with a capital are a name
            if (parts.Any(p => !p.IsClosed && p.Count < 20)) return Verdict.No("a rare word in a split at a sentence start");
            if (!parts[^1].IsClosed && parts[^1].Entry.NameTail > NameTailLimit) return Verdict.No("a name ending at a sentence start");
        }

        foreach (Part p in parts)
        {
            if (!p.IsClosed && !p.IsParticle && p.Count < 1 && p.Base.Length < 5 && p.InDocument == 0) return Verdict.No("an unattested short piece");
        }

        Verdict verdict = JudgeContentSplit(parts, all, closedWords);
        if (!verdict.IsJoin) return verdict;

        // A misspelling (reseach, spokeman) is one edit from a word at least as common as the split's rarest part.
        // With a function word in the split only a missing letter counts (wants toborrow is not tomorrow).
        // Asked last: it costs a few hundred lookups.
        int neighbour = MostCommonNeighbour(token.ToLowerInvariant(), missingLetterOnly: closedWords > 0);
        if (neighbour > 0 && neighbour >= parts.Min(p => p.Count)) return Verdict.No("one edit from a commoner word: a misspelling");
        return verdict;
    }

    /// <summary>A split of lowercase words (or a sentence's first word): function words, particles, compounds.</summary>
    private static Verdict JudgeContentSplit(Part[] parts, List<Part[]> all, int closedWords)
    {
        int k = parts.Length;
        Part[]? compound = BestCompoundReading(all);
        if (closedWords > 0)
        {
            // gameshow is game+show before it is games+how
            if (compound != null && CompoundScore(compound[0], compound[1]) >= CompoundThreshold && Rank(compound) >= Rank(parts) - 1) return Verdict.No("a compound reading is as likely");
            return Verdict.Yes("a function word runs into a word");
        }
        if (parts.Any(p => p.IsParticle))
        {
            // pulledout: a verb form and its particle; lineout, knockback: compounds
            if (k == 2 && parts[1].IsParticle && !parts[0].IsParticle && EndsInflected(parts[0].Base)) return Verdict.Yes("a verb runs into its particle");
            return Verdict.No("a particle compound");
        }
        if (k != 2 || parts.Any(p => p.Base.Length < 3)) return Verdict.No("short or three content pieces");
        // Two content words: a join unless the lexicon forms many compounds from them (smartcard, gameshow).
        return CompoundScore(parts[0], parts[1]) < CompoundThreshold
            ? Verdict.Yes("two words that do not form compounds")
            : Verdict.No("two words that form many compounds");
    }

    private static bool ThreeWordsPossible(Part[] parts)
    {
        int functionWords = 0;
        foreach (Part p in parts)
        {
            if (p.Base.Length < 2) return false;
            if (p.IsFunction) functionWords++;
        }
        return functionWords >= 2;
    }

    /// <summary>
    /// A piece ending in a possessive or a contraction (Trump’s, don’t): English spelling never continues a word
    /// after these, so a letter after one is a missing space whatever the piece is.
    /// </summary>
    private static bool EndsInClitic(Part p) => IsPossessiveForm(p) || (p.IsFunction && p.Lower.Contains('\''));

    private static bool IsPossessiveForm(Part p) => p.Lower.Length > 3 && p.Lower.EndsWith("'s", StringComparison.Ordinal);

    private static bool EndsInflected(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith('s');

    private static bool IsFirstName(Part p) =>
        p.Has(LexiconFlags.FirstName) && (!p.Has(LexiconFlags.Lower) || p.Has(LexiconFlags.SpokenName)) && p.Base.Length >= 3 && !WordClasses.NameParticle.Contains(p.Base);

    private static Part[]? BestCompoundReading(List<Part[]> all)
    {
        Part[]? best = null;
        foreach (Part[] c in all)
        {
            if (c.Length != 2 || c.Any(p => p.IsClosed || p.IsParticle || p.Base.Length < 3)) continue;
            if (best == null || Rank(c) > Rank(best)) best = c;
        }
        return best;
    }

    internal static double CompoundScore(Part a, Part b) => Math.Log(1 + a.Entry.Modifier) + Math.Log(1 + b.Entry.Head);

    private static double Rank(Part[] parts)
    {
        double score = -CutCost * (parts.Length - 1);
        foreach (Part p in parts) score += p.LogProbability + (p.IsFunction ? 0.5 : 0);
        return score;
    }

    private static bool WrittenApart(Part[] parts, DocumentContext doc)
    {
        for (int i = 0; i + 1 < parts.Length; i++)
        {
            if (!doc.HasPair(parts[i].FormId, parts[i + 1].FormId)) return false;
        }
        return true;
    }

    private static bool HasCaseBoundary(Part[] parts)
    {
        for (int i = 0; i + 1 < parts.Length; i++)
        {
            if (char.IsLower(parts[i].Text[^1]) && char.IsUpper(parts[i + 1].Text[0])) return true;
        }
        return false;
    }

    /// <summary>A determiner needs a word of its phrase after it; "an" needs a vowel sound.</summary>
    private static bool SyntaxAllows(Part[] parts, string? nextWord)
    {
        for (int i = 0; i + 1 < parts.Length; i++)
        {
            if (WordClasses.Determiner.Contains(parts[i].Base) && WordClasses.NotAfterDeterminer.Contains(parts[i + 1].Base)) return false;
        }
        string last = parts[^1].Lower;
        if (WordClasses.Determiner.Contains(last) && nextWord == null) return false;
        if (last == "an" && nextWord != null && "aeiouh".IndexOf(char.ToLowerInvariant(nextWord[0])) < 0) return false;
        return true;
    }

    private List<Part[]> Enumerate(string token, DocumentContext doc)
    {
        var result = new List<Part[]>();
        int n = token.Length;
        // Each piece token[from..to] is judged once: slot from * (n + 1) + to, in arrays lent for this token. A piece
        // is first tested from its span and id (CannotBeGood), and only made a Part when it passes.
        int slots = (n + 1) * (n + 1);
        Part?[] cache = ArrayPool<Part?>.Shared.Rent(slots);
        PieceState[] states = ArrayPool<PieceState>.Shared.Rent(slots);
        Array.Clear(states, 0, slots);
        int[] pieceIds = ArrayPool<int>.Shared.Rent(slots);   // each tested piece's lexicon id (a middle piece's is a look-up)
        // Every split has a first piece and a last: their ids are looked up together, in one batch (most of them are
        // no word, and look-ups of forms the lexicon lacks wait on memory; in a batch the waits overlap). Prefix
        // token[..i] is piece 2(i - 1), suffix token[i..] piece 2(i - 1) + 1.
        int edgePieces = 2 * Math.Max(0, n - 1);
        Word[] edges = ArrayPool<Word>.Shared.Rent(Math.Max(1, edgePieces));
        int[] edgeIds = ArrayPool<int>.Shared.Rent(Math.Max(1, edgePieces));
        for (int i = 1; i < n; i++)
        {
            edges[2 * (i - 1)] = new Word(0, i);
            edges[2 * (i - 1) + 1] = new Word(i, n - i);
        }
        lexicon.IdsOfPieces(token, edges.AsSpan(0, edgePieces), edgeIds);
        try
        {
            int IdAt(int from, int to) =>
                from == 0 && to < n ? edgeIds[2 * (to - 1)]
                : to == n && from > 0 ? edgeIds[2 * (from - 1) + 1]
                : lexicon.IdOfPiece(token.AsSpan(from, to - from));

            bool Rejected(int from, int to)
            {
                int slot = from * (n + 1) + to;
                ref PieceState state = ref states[slot];
                if (state == PieceState.NotTested)
                {
                    int id = pieceIds[slot] = IdAt(from, to);
                    state = CannotBeGood(token.AsSpan(from, to - from), id, from > 0 ? token[from - 1] : ' ', doc)
                        ? PieceState.Rejected : PieceState.MayBeGood;
                }
                return state == PieceState.Rejected;
            }

            Part? At(int from, int to)
            {
                int slot = from * (n + 1) + to;
                if (Rejected(from, to)) return null;
                if (states[slot] == PieceState.Judged) return cache[slot];
                Part? part = MakePart(token.Substring(from, to - from), pieceIds[slot], doc);
                if (part != null && !(IsGood(part) || (to < n && IsPossessiveName(part)) || (from > 0 && IsNameAfterLowercase(part, token[from - 1]))))
                {
                    part = null;
                }
                cache[slot] = part;
                states[slot] = PieceState.Judged;
                return part;
            }
            bool CanCut(int i) => !Lexicon.IsApostrophe(token[i - 1]) && !Lexicon.IsApostrophe(token[i]);

            // Most tokens that reach this point are names no split explains (Lenkiewicz, Guterres): no piece that
            // may end a split comes after one that may begin it. That is settled before most pieces are made: from the
            // spans and the batch's ids, and for pieces of two letters (Le, So: the lexicon knows many as
            // abbreviations, few are words of a split) by judging them in full. A two-way split cuts once; a
            // three-way one cuts first at least two letters before its last cut.
            bool Excluded(int from, int to) => Rejected(from, to) || (to - from <= 2 && At(from, to) == null);
            bool EdgesMayMeet()
            {
                bool firstCutTwoBefore = false;
                for (int j = 1; j < n; j++)
                {
                    if (j >= 3 && CanCut(j - 2) && !Excluded(0, j - 2)) firstCutTwoBefore = true;
                    if (!CanCut(j) || Excluded(j, n)) continue;
                    if (!Excluded(0, j) || (firstCutTwoBefore && j <= n - 2)) return true;
                }
                return false;
            }
            if (!EdgesMayMeet()) return result;

            for (int i = 1; i < n; i++)
            {
                if (!CanCut(i) || At(0, i) is not Part a) continue;
                if (At(i, n) is Part b) result.Add([a, b]);
                // Three words need two function words and no piece under two letters (ThreeWordsPossible; Split drops
                // the rest): pieces that cannot make such a split are not looked at, which spares most look-ups.
                if (a.Base.Length < 2) continue;
                for (int j = i + 2; j <= n - 2; j++)
                {
                    if (!CanCut(j)) continue;
                    if (!a.IsFunction && !MayBeFunctionWord(token.AsSpan(i, j - i))) continue;
                    if (At(i, j) is not Part middle) continue;
                    if (!(a.IsFunction && middle.IsFunction) && !MayBeFunctionWord(token.AsSpan(j))) continue;
                    if (At(j, n) is Part c) result.Add([a, middle, c]);
                }
            }
        }
        finally
        {
            Array.Clear(cache, 0, slots);   // only the slots of this token can hold a Part
            ArrayPool<Part?>.Shared.Return(cache);
            ArrayPool<PieceState>.Shared.Return(states);
            ArrayPool<int>.Shared.Return(pieceIds);
            ArrayPool<Word>.Shared.Return(edges);
            ArrayPool<int>.Shared.Return(edgeIds);
        }
        return result;
    }

    /// <summary>How far a piece of the token being split has been judged (<see cref="Enumerate"/>).</summary>
    private enum PieceState : byte
    {
        NotTested,
        /// <summary>No word of a split, from its span and id alone (<see cref="CannotBeGood"/>).</summary>
        Rejected,
        /// <summary>Passed that test; not made a <see cref="Part"/> yet.</summary>
        MayBeGood,
        /// <summary>Made a Part and judged: the answer is in the cache.</summary>
        Judged,
    }

    /// <summary>
    /// Whether a piece could be a function word once made a <see cref="Part"/>: false only when it is certainly not.
    /// Its base form is the piece lower-cased unless it has an apostrophe or a final s (possessives, acronym plurals),
    /// which are left to the full test.
    /// </summary>
    private static bool MayBeFunctionWord(ReadOnlySpan<char> piece) =>
        piece.ContainsAny('\'', '\u2019') || piece[^1] is 's' or 'S' || WordClasses.FunctionSpans.Contains(piece);

    /// <summary>
    /// Most pieces of a token are no word at all (eko, kon, Hucka): rejected here from the span, before a piece is
    /// made, by the same tests <see cref="IsGood"/> and the name exceptions would apply to a piece the lexicon lacks.
    /// A one-letter piece is settled here too (only a, A and I). A known word, a function word, a possessive or a
    /// possible acronym plural (DVDs) is left to the full tests.
    /// </summary>
    private bool CannotBeGood(ReadOnlySpan<char> piece, int id, char before, DocumentContext doc)
    {
        // A one-letter word of a split can only be a, A or I (IsGood; the name exceptions need three letters or a
        // possessive): most tokens end in a letter that is none of these, and the test lets no split end there.
        if (piece.Length == 1) return piece[0] is not ('a' or 'A' or 'I');
        if (piece.Contains('\u2019') || piece.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) return false;
        Shape shape = ShapeOf(piece);
        if (shape == Shape.Mixed) return true;
        if (id >= 0 || functionWordsNotInLexicon.Contains(piece)) return false;
        // A piece the lexicon lacks: good only as a name the document uses, or a name right after a lowercase letter.
        if (shape == Shape.Lower) return true;
        if (shape == Shape.Upper && piece[^1] == 's') return false;
        if (shape == Shape.Capitalised && char.IsLower(before) && piece.Length >= 3) return false;
        return piece.Length < 3 || doc.CountExact(piece, doc.FormId(piece, id)) == 0;
    }

    /// <summary>A piece as a <see cref="Part"/>; <paramref name="id"/> is its lexicon id (<see cref="Lexicon.IdOf"/>).</summary>

    private Part? MakePart(string text, int id, DocumentContext doc)
    {
        Shape shape = ShapeOf(text);
        string lower = text.Replace('\u2019', '\'').ToLowerInvariant();
        bool possessive = false;
        string baseForm = lower;
        bool known = id >= 0;
        LexiconEntry entry = known ? lexicon.EntryAt(id) : default;
        if (!known && lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal))
        {
            baseForm = lower[..^2];
            possessive = true;
            known = lexicon.TryGet(baseForm, out entry);
        }
        else if (shape == Shape.Upper && text[^1] == 's' && !(known && entry.Has(LexiconFlags.Upper))
            && lexicon.TryGet(lower.AsSpan(0, lower.Length - 1), out LexiconEntry singular) && singular.Has(LexiconFlags.Upper))
        {
            // DVDs, MPs: the plural of an acronym (the lists write it in mixed case, if at all)
            baseForm = lower[..^1];
            known = true;
            entry = singular;
        }
        return new Part
        {
            Text = text, Lower = lower, Base = baseForm, Shape = shape, Known = known, Entry = entry, Possessive = possessive,
            Document = doc, LexiconId = id,
        };
    }

    /// <summary>A possessive before more letters (McLennan’sshareholder): the name need not be known.</summary>
    private static bool IsPossessiveName(Part p) => IsPossessiveForm(p) && char.IsLetter(p.Text[0]);

    /// <summary>A capitalised piece right after a lowercase letter (firmTibbett, saidXing): a name the lists need not know.</summary>
    private static bool IsNameAfterLowercase(Part p, char before) =>
        char.IsLower(before) && p.Shape == Shape.Capitalised && p.Base.Length >= 3 && !p.Possessive;

    /// <summary>Whether a piece may stand as a word of a split.</summary>
    private static bool IsGood(Part p)
    {
        if (p.Shape == Shape.Mixed) return false;
        if (p.Base.Length == 1) return !p.Possessive && p.Text is "a" or "I" or "A";
        if (p.IsFunction) return true;   // a closed list: contractions have no counts of their own
        if (!p.Known && p.Possessive) return false;
        if (!p.Known) return p.Shape is Shape.Capitalised or Shape.Upper && p.Base.Length >= 3 && p.InDocumentExactly > 0;
        if (p.Shape == Shape.Upper) return p.Has(LexiconFlags.Upper) || p.InDocumentExactly > 0;
        if (p.Shape == Shape.Lower && !p.Has(LexiconFlags.Lower)) return false;
        if (p.Base.Length == 2) return WordClasses.TwoLetter.Contains(p.Base) || (p.Shape == Shape.Capitalised && WordClasses.Title.Contains(p.Base));
        if (p.Has(LexiconFlags.Rare) && p.InDocument == 0) return false;
        // Short forms the counts do not know are the usual junk of a bad split (sou, lop); long ones are real words
        // that are rare in speech (outweighed, underpinned).
        if (p.Shape == Shape.Lower && p.Count < 3 && p.InDocument == 0 && p.Base.Length < LongWord) return false;
        return true;
    }

    internal static Shape ShapeOf(ReadOnlySpan<char> text)
    {
        bool anyUpper = false, anyLower = false, upperAfterFirst = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsUpper(c)) { anyUpper = true; if (i > 0) upperAfterFirst = true; }
            else if (char.IsLower(c))
            {
                // the s of a possessive or a plural does not make ABC's or DVDs mixed
                bool finalS = c == 's' && i == text.Length - 1;
                bool possessiveS = finalS && i > 0 && Lexicon.IsApostrophe(text[i - 1]);
                bool pluralS = finalS && i > 1 && char.IsUpper(text[i - 1]) && char.IsUpper(text[i - 2]);
                if (!possessiveS && !pluralS) anyLower = true;
            }
        }
        if (!anyUpper) return Shape.Lower;
        if (text.Length == 1) return Shape.Capitalised;   // A, I
        if (!anyLower) return Shape.Upper;
        if (char.IsUpper(text[0]) && !upperAfterFirst) return Shape.Capitalised;
        return Shape.Mixed;
    }

    private static bool IsAllCaps(string token) => ShapeOf(token) == Shape.Upper;

    /// <summary>
    /// The count of the most common lexicon word one edit from the token: a letter missing, wrong, doubled or two
    /// swapped. A letter added at either end is not counted: that is how "attendinga" is also attending+a.
    /// </summary>
    private int MostCommonNeighbour(string token, bool missingLetterOnly)
    {
        int n = token.Length;
        if (n > 40) return 0;
        // Every variant is written into one text and all are looked up in one batch: nearly all are no word, and
        // such look-ups wait on memory, which in a batch they do together (and they stay out of the recent answers).
        int most = (n + 1) * 2 * 26 + 2 * n;
        char[] variants = ArrayPool<char>.Shared.Rent(most * (n + 1));
        Word[] spans = ArrayPool<Word>.Shared.Rent(most);
        int count = 0, written = 0;
        Span<char> buffer = stackalloc char[n + 1];
        void Add(ReadOnlySpan<char> variant)
        {
            spans[count++] = new Word(written, variant.Length);
            variant.CopyTo(variants.AsSpan(written));
            written += variant.Length;
        }
        for (int i = 0; i <= n; i++)
        {
            for (char c = 'a'; c <= 'z'; c++)
            {
                // inserted
                token.AsSpan(0, i).CopyTo(buffer);
                buffer[i] = c;
                token.AsSpan(i).CopyTo(buffer[(i + 1)..]);
                Add(buffer[..(n + 1)]);
                if (i < n && token[i] != c && !missingLetterOnly)
                {
                    // replaced
                    token.AsSpan().CopyTo(buffer);
                    buffer[i] = c;
                    Add(buffer[..n]);
                }
            }
            if (missingLetterOnly) continue;
            if (i + 1 < n)
            {
                // swapped
                token.AsSpan().CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                Add(buffer[..n]);
            }
            if (i > 0 && i < n - 1)
            {
                // an extra letter inside the word (folllowing)
                token.AsSpan(0, i).CopyTo(buffer);
                token.AsSpan(i + 1).CopyTo(buffer[i..]);
                Add(buffer[..(n - 1)]);
            }
        }

        int[] ids = ArrayPool<int>.Shared.Rent(count);
        try
        {
            lexicon.IdsOfPieces(variants.AsSpan(0, written), spans.AsSpan(0, count), ids);
            int best = 0;
            for (int k = 0; k < count; k++)
            {
                if (ids[k] < 0) continue;
                LexiconEntry e = lexicon.EntryAt(ids[k]);
                if (e.Has(LexiconFlags.Lower) && !e.Has(LexiconFlags.Rare) && e.Count > best) best = e.Count;
            }
            return best;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<Word>.Shared.Return(spans);
            ArrayPool<char>.Shared.Return(variants);
        }
    }
}
