using System.Collections.Frozen;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// Closed word classes of English, written out from grammar (not from any corpus): the words that glue a
/// sentence together. A join that contains one is a typing slip far more often than a new compound.
/// </summary>
internal static class WordClasses
{
    /// <summary>Determiners, prepositions, conjunctions, pronouns, auxiliaries and modals, and the reporting verb.</summary>
    public static readonly FrozenSet<string> Function = Set(
        "a an the this that these those my your his her its our their some any no every each all both either neither " +
        "of to in on by over at for with from into onto upon about above below after before since until during through across " +
        "along among between against around near via per than as like " +
        "and or but nor so yet if because although though while whereas unless whether when where why how what which who whom whose " +
        "i me you he him she it we us they them is are was were be been being am has have had do does did will would shall " +
        "should can could may might must not also said says " +
        // contractions of the pronouns and auxiliaries above
        "don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't isn't aren't wasn't weren't hasn't haven't hadn't " +
        "i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're they've they'll they'd " +
        "he's he'll he'd she's she'll she'd it's it'll that's there's what's who's let's");

    /// <summary><see cref="Function"/> for spans: asking a frozen set for its span lookup each time costs more than the lookup.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionSpans = Function.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The other closed classes: numbers, quantifiers, and adverbs of degree, time and focus. They join phrases
    /// (<c>three days</c>, <c>same time</c>, <c>even more</c>) far more often than they begin or end a solid compound,
    /// and the compounds they do form are in the lexicon (<c>onetime</c>, <c>firsthand</c>, <c>evermore</c>).
    /// </summary>
    public static readonly FrozenSet<string> Quantifier = Set(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion " +
        "first second third fourth fifth last next more most less least many much few several other another such same own " +
        "only even just very never ever still already again then there here now too quite rather almost soon often");

    /// <summary>Adverb particles that form solid compounds (lineout, knockback, setup): weak evidence of a join.</summary>
    public static readonly FrozenSet<string> Particle = Set("off out up down back away");

    /// <summary>The two-letter words a split may produce; other two-letter forms in the lists are abbreviations and affixes.</summary>
    public static readonly FrozenSet<string> TwoLetter = Set("an as at be by do go he if in is it me my no of on or so to up us we am");

    /// <summary>Determiners: must be followed by a word of their phrase.</summary>
    /// <remarks>Only the ones that cannot stand alone: this, these, those, his, her and each are pronouns too (with this.).</remarks>
    public static readonly FrozenSet<string> Determiner = Set("a an the my your its our their every");

    /// <summary>Words a determiner cannot directly precede.</summary>
    public static readonly FrozenSet<string> NotAfterDeterminer = Set("a an the this these those my your his her its our their every each of and or is was to");

    /// <summary>Pronouns and possessives: brands begin with them (YouTube, MyDoom, ItsDeal), so they are no evidence before a capital.</summary>
    public static readonly FrozenSet<string> Pronoun = Set("i me you he him she it we us they them my your his her its our their one");

    /// <summary>Titles before a name (Mr Brown, President Macron).</summary>
    public static readonly FrozenSet<string> Title = Set("mr mrs ms dr sir lord lady dame prof rev gen col capt king queen prince princess president pope saint st");

    /// <summary>Particles that begin surnames written solid (McDonald, DeMille, LaGuardia, VanDyke).</summary>
    public static readonly FrozenSet<string> NameParticle = Set("mac mc de da di du la le van von der del della st");

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
