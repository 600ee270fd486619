using System.Collections.Frozen;

namespace StyleLint.Checking.Detectors.Quotes;

/// <summary>
/// Words that attribute speech: verbs of saying and writing in every form (say, says, said, saying), the verbs
/// of a dialogue tag that show how something was said (laughs, smiled), and the nouns and phrases of attribution
/// (according to, in a statement, a spokesman, as she put it, in his words). Written for this project from
/// ordinary English usage.
/// </summary>
public static class SpeechCues
{
    // Regular verbs: the forms are made by rule (add, adds, added, adding; argue, argues, argued, arguing).
    private static readonly string[] RegularVerbs =
    [
        "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce", "answer", "argue",
        "ask", "assert", "assure", "beam", "blog", "boast", "brief", "caution", "chant", "chuckle", "claim", "clarify",
        "comment", "complain", "concede", "conclude", "concur", "confess", "confide", "confirm", "contend", "continue",
        "counter", "declare", "demand", "deny", "describe", "disclose", "echo", "elaborate", "email", "emphasise",
        "emphasize", "enthuse", "exclaim", "explain", "grin", "grumble", "gush", "hint", "indicate", "inform", "insist",
        "instruct", "interject", "interrupt", "joke", "lament", "laugh", "maintain", "moan", "mock", "muse", "mutter",
        "murmur", "note", "object", "observe", "plead", "pledge", "post", "predict", "proclaim", "promise", "protest",
        "quip", "quote", "rage", "rap", "recall", "reckon", "recount", "reflect", "reiterate", "rejoin", "remark",
        "remind", "repeat", "reply", "report", "respond", "retort", "reveal", "scoff", "scream", "shout",
        "shrug", "sigh", "smile", "snap", "sneer", "sob", "stammer", "stress", "suggest", "summarise",
        "summarize", "tease", "testify", "thunder", "tweet", "urge", "vow", "wail", "warn", "whisper", "yell",
    ];

    // Reporting verbs of a verbal act or a stated view (criticised the plan, welcomed the move, believes that…):
    // in news copy they name a speaker as surely as "said" does.
    private static readonly string[] ReportingVerbs =
    [
        "accuse", "apologise", "apologize", "appeal", "applaud", "believe", "blame", "blast", "brand", "cite", "commend",
        "condemn", "congratulate", "contradict", "criticise", "criticize", "defend", "deride", "dismiss", "dispute",
        "express", "hail", "label", "lambast", "mention", "praise", "question", "reassure", "rebut", "refute", "reject",
        "ridicule", "salute", "slam", "thank", "threaten", "voice", "welcome",
    ];

    // Irregular verbs and forms the rule above would get wrong.
    private static readonly string[] OtherForms =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "read", "reads", "reading", "speak", "speaks", "spoke", "spoken", "speaking", "sing", "sings", "sang",
        "sung", "singing", "cry", "cries", "cried", "crying", "forecast", "forecasts", "forecasting", "forecasted",
        "insisting", "thinks", "feels", "slammed", "slamming", "labelled", "labelling", "admitted", "admitting", "quipped", "quipping", "grinned", "grinning",
        "snapped", "snapping", "sobbed", "sobbing", "rapped", "rapping", "texted", "texting", "emailed", "e-mailed",
        "according", "statement", "statements", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
        "quoted", "interviewed", "states", "stated", "stating",
    ];

    /// <summary>Every single word that attributes speech, lower case.</summary>
    public static readonly FrozenSet<string> Words = BuildWords();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case word attributes speech on its own.</summary>
    public static bool IsCue(string lowerWord) => Words.Contains(lowerWord);

    /// <inheritdoc cref="IsCue(string)"/>
    public static bool IsCue(ReadOnlySpan<char> lowerWord) => WordLookup.Contains(lowerWord);

    /// <summary>Two-word cues: as she put it, points out, in his words, goes on, summed up, brushed off, played down, hit back.</summary>
    public static bool IsCuePair(string lowerFirst, string lowerSecond) => IsCuePair(lowerFirst.AsSpan(), lowerSecond.AsSpan());

    /// <inheritdoc cref="IsCuePair(string, string)"/>
    public static bool IsCuePair(ReadOnlySpan<char> lowerFirst, ReadOnlySpan<char> lowerSecond) => lowerFirst switch
    {
        "put" => lowerSecond is "it",
        "point" or "points" or "pointed" or "pointing" => lowerSecond is "out",
        "go" or "goes" or "went" or "going" => lowerSecond is "on",
        "sum" or "sums" or "summed" or "summing" => lowerSecond is "up",
        "brush" or "brushes" or "brushed" or "brushing" => lowerSecond is "off" or "aside",
        "play" or "plays" or "played" or "playing" => lowerSecond is "down",
        "hit" or "hits" or "hitting" => lowerSecond is "back",
        "words" => true,
        _ => false,
    };

    private static FrozenSet<string> BuildWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string verb in RegularVerbs.Concat(ReportingVerbs))
        {
            words.Add(verb);
            if (verb.EndsWith('y') && !IsVowel(verb[^2]))
            {
                words.Add(verb[..^1] + "ies");
                words.Add(verb[..^1] + "ied");
                words.Add(verb + "ing");
            }
            else if (verb.EndsWith('e'))
            {
                words.Add(verb + "s");
                words.Add(verb + "d");
                words.Add(verb[..^1] + "ing");
            }
            else
            {
                bool sibilant = verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
                    || verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z');
                words.Add(verb + (sibilant ? "es" : "s"));
                words.Add(verb + "ed");
                words.Add(verb + "ing");
            }
        }
        foreach (string form in OtherForms) words.Add(form);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
