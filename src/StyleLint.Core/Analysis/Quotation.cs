namespace StyleLint.Analysis;

public enum QuoteKind
{
    /// <summary>“double” or "straight double" quotation marks: a quotation.</summary>
    Double,

    /// <summary>‘single’ marks inside a double quotation: a quotation within a quotation.</summary>
    Single,
}

/// <summary>
/// A quotation: its content (without the marks), the index of its opening mark and of its closing mark.
/// A quotation left open runs to the end of its paragraph, or to where a new paragraph of the same quotation
/// reopens inside a block that merged several paragraphs (<c>…now. "Next</c>); its <see cref="Close"/> is -1.
/// </summary>
/// <param name="Content">The quoted words, without the marks.</param>
/// <param name="Open">The index of the opening mark.</param>
/// <param name="Close">The index of the closing mark, or -1 when the quotation is left open.</param>
/// <param name="Kind">Double, or single inside a double.</param>
/// <param name="ContinuesPrevious">
/// True when this quotation opens a paragraph that continues the previous one's quotation: the previous
/// paragraph left it open, by the convention of leaving the closing mark off a paragraph the next one continues.
/// </param>
public readonly record struct Quotation(TextSpan Content, int Open, int Close, QuoteKind Kind, bool ContinuesPrevious)
{
    public bool IsClosed => Close >= 0;

    /// <summary>The quotation with its marks: from the opening mark to the closing mark (or the content's end).</summary>
    public TextSpan Span => TextSpan.FromBounds(Open, IsClosed ? Close + 1 : Content.End);
}

/// <summary>What a quotation mark (or a character that looks like one) does in the text.</summary>
public enum QuoteMarkRole
{
    /// <summary>Opens a quotation.</summary>
    Open,

    /// <summary>Closes a quotation, or would if one were open (see <see cref="QuoteMarkProblem.Unopened"/>).</summary>
    Close,

    /// <summary>An apostrophe: don’t, Hamas’, ’90s, rock ’n’ roll.</summary>
    Apostrophe,

    /// <summary>A foot or inch mark: 5’6”, a 12" record.</summary>
    Measure,

    /// <summary>A single mark outside any double quotation, that is neither an apostrophe nor a measure.</summary>
    Other,
}

/// <summary>What is wrong with a mark, when something is.</summary>
public enum QuoteMarkProblem
{
    None,

    /// <summary>The mark has the wrong shape for what it does: an opening mark closes (type.“), or the reverse.</summary>
    Reversed,

    /// <summary>An opening mark whose quotation is never closed (and no following paragraph continues it).</summary>
    Unclosed,

    /// <summary>A closing mark with no quotation open.</summary>
    Unopened,

    /// <summary>An opening single mark where an apostrophe belongs (‘90s, rock ‘n’ roll).</summary>
    WrongApostrophe,
}

/// <summary>One quotation mark, apostrophe or measure mark of the text, as the quotation finder read it.</summary>
public readonly record struct QuoteMark(int Index, char Char, QuoteMarkRole Role, QuoteKind Kind, QuoteMarkProblem Problem)
{
    public bool IsStraight => Char is '"' or '\'';

    /// <summary>The typographic (curly) mark this one should be, given what it does.</summary>
    public char Curly => (Role, Kind) switch
    {
        (QuoteMarkRole.Open, QuoteKind.Double) => '\u201C',
        (QuoteMarkRole.Close, QuoteKind.Double) => '\u201D',
        (QuoteMarkRole.Open, QuoteKind.Single) => '\u2018',
        (QuoteMarkRole.Measure, QuoteKind.Double) => '\u201D',
        _ => '\u2019',
    };

    /// <summary>The straight mark of the same kind.</summary>
    public char Straight => Kind == QuoteKind.Double ? '"' : '\'';
}

/// <summary>The quotations and quotation marks of a document, in text order.</summary>
public sealed class QuoteAnalysis(Quotation[] quotations, QuoteMark[] marks)
{
    public static readonly QuoteAnalysis Empty = new([], []);

    /// <summary>Every quotation, double and single, ordered by opening mark.</summary>
    public Quotation[] Quotations { get; } = quotations;

    /// <summary>Every character that looks like a quotation mark, with its role.</summary>
    public QuoteMark[] Marks { get; } = marks;
}
