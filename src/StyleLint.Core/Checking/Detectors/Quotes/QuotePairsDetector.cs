using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.Quotes;

/// <summary>
/// <c>kind: quotepairs</c>: quotation marks that do not pair up, as <see cref="QuoteFinder"/> reads them.
/// <list type="bullet">
/// <item>a mark of the wrong shape for what it does (<c>type.“</c>, <c>”We</c>): suggests the right mark;</item>
/// <item>a closing mark with no opening one, an opening mark never closed (a quote continued by the next
/// paragraph's opening mark is not unclosed), a single quote left open inside a double one;</item>
/// <item>an opening single mark where an apostrophe belongs (<c>‘90s</c>, <c>rock ‘n’ roll</c>): suggests ’;</item>
/// <item>a quotation mark of the minority style: a straight mark in copy whose quotation marks are otherwise curly,
/// or the reverse: suggests the mark of the copy's style. Apostrophes are left to News.QuoteStyle.</item>
/// </list>
/// At most one finding per paragraph, the first of the most telling kind (the order above): one slip often
/// unbalances what follows it, and the writer fixes it before reading the rest. The finding's message is the
/// rule's template with <c>{expected}</c> filled by the detector's explanation of the problem.
/// </summary>
public sealed class QuotePairsDetector
{
    public QuotePairsDetector(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    /// <summary>One problem of a paragraph: the span of the mark, the suggestions, and what is wrong.</summary>
    public readonly record struct Problem(int Start, int Length, string[] Suggestions, string Explanation);

    public void Check(Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        foreach (Problem problem in Find(document)) sink.Report(checker.Rule, problem.Start, problem.Length, problem.Suggestions, problem.Explanation);
    }

    public List<Problem> Find(AnalyzedDocument document)
    {
        var found = new List<Problem>();
        QuoteMark[] marks = document.QuoteAnalysis.Marks;
        if (marks.Length == 0) return found;
        bool? curlyCopy = CopyStyle(marks);

        int m = 0;
        foreach (Block block in document.Blocks)
        {
            Problem? best = null;
            int bestRank = int.MaxValue;
            for (; m < marks.Length && marks[m].Index < block.Span.End; m++)
            {
                QuoteMark mark = marks[m];
                if (mark.Index < block.Span.Start) continue;
                (int rank, Problem? problem) = Judge(mark, curlyCopy);
                if (problem != null && rank < bestRank)
                {
                    best = problem;
                    bestRank = rank;
                }
            }
            if (best is { } chosen) found.Add(chosen);
        }
        return found;
    }

    /// <summary>True when the copy's quotation marks are mostly curly, false when mostly straight, null when it has none.</summary>
    private static bool? CopyStyle(QuoteMark[] marks)
    {
        int curly = 0, straight = 0;
        foreach (QuoteMark mark in marks)
        {
            if (mark.Role is not (QuoteMarkRole.Open or QuoteMarkRole.Close)) continue;
            if (mark.IsStraight) straight++;
            else curly++;
        }
        if (curly + straight == 0) return null;
        return curly >= straight;
    }

    private static (int Rank, Problem? Problem) Judge(QuoteMark mark, bool? curlyCopy)
    {
        string markText = mark.Char.ToString();
        switch (mark.Problem)
        {
            case QuoteMarkProblem.Reversed:
            {
                char right = curlyCopy == false ? mark.Straight : mark.Curly;
                string what = mark.Role == QuoteMarkRole.Close ? "An opening quotation mark closes this quote" : "A closing quotation mark opens this quote";
                return (0, new Problem(mark.Index, 1, [right.ToString()], $"{what}: write '{right}'."));
            }
            case QuoteMarkProblem.Unopened:
                return (1, new Problem(mark.Index, 1, [], $"This closing quotation mark '{markText}' has no opening mark before it."));
            case QuoteMarkProblem.Unclosed when mark.Kind == QuoteKind.Double:
                return (1, new Problem(mark.Index, 1, [], $"The quotation opened by '{markText}' is never closed (a quote that runs on leaves the closing mark off only when the next paragraph opens with a quotation mark)."));
            case QuoteMarkProblem.Unclosed:
                return (2, new Problem(mark.Index, 1, [], $"The quotation inside a quotation opened by '{markText}' is not closed before its outer quote ends."));
            case QuoteMarkProblem.WrongApostrophe:
                return (3, new Problem(mark.Index, 1, ["\u2019"], "An opening quotation mark stands for an apostrophe here: write '\u2019'."));
        }

        if (curlyCopy is { } curly && mark.Role is QuoteMarkRole.Open or QuoteMarkRole.Close && mark.IsStraight == curly)
        {
            char right = curly ? mark.Curly : mark.Straight;
            string style = curly ? "curly" : "straight";
            string other = curly ? "A straight" : "A curly";
            return (4, new Problem(mark.Index, 1, [right.ToString()], $"{other} quotation mark in copy whose quotation marks are {style}: write '{right}'."));
        }
        return (int.MaxValue, null);
    }
}
