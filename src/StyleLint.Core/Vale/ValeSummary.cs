using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// Counts for document-sized rules (metric, readability) over a text: words, sentences, characters, syllables,
/// long words (more than six bytes), polysyllabic and complex words, paragraphs. Words and sentences are counted
/// as Vale counts them (paragraphs split at blank lines, then sentences, then word tokens); syllables use a
/// vowel-group estimate, simpler than Vale's (its word lists are not shipped).
/// </summary>
public sealed class ValeSummary
{
    private static readonly Regex WordToken = new(@"(?:[A-Z]\.){2,}|[\p{N}\p{L}']+", RegexOptions.CultureInvariant);
    private static readonly Regex VowelGroup = new("[aeiouy]+", RegexOptions.CultureInvariant);

    public double Words { get; private set; }
    public double Sentences { get; private set; }
    public double Characters { get; private set; }
    public double Syllables { get; private set; }
    public double LongWords { get; private set; }
    public double PolysyllabicWords { get; private set; }
    public double ComplexWords { get; private set; }
    public double Paragraphs { get; private set; }

    public static ValeSummary Of(string text)
    {
        var doc = new ValeSummary();
        foreach (string paragraph in text.Split("\n\n"))
        {
            foreach (string sentence in ValeSentences.Segment(paragraph))
            {
                doc.Sentences++;
                foreach (Match m in WordToken.Matches(sentence))
                {
                    string word = m.Value.Trim();
                    if (word.Length == 0) continue;
                    doc.Characters += word.Count(char.IsLetterOrDigit);
                    if (System.Text.Encoding.UTF8.GetByteCount(word) > 6) doc.LongWords++;
                    int syllables = CountSyllables(word);
                    doc.Syllables += syllables;
                    if (syllables > 2) doc.PolysyllabicWords++;
                    int complex = word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) ? syllables - 1 : syllables;
                    if (complex > 2) doc.ComplexWords++;
                    doc.Words++;
                }
            }
            doc.Paragraphs++;
        }
        return doc;
    }

    public static int CountSyllables(string word)
    {
        if (word.Length < 3) return 1;
        string w = word.ToLowerInvariant();
        int count = VowelGroup.Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1) count--;
        return Math.Max(1, count);
    }

    /// <summary>A readability grade by name (readability rules' metrics).</summary>
    public double Grade(string metric) => metric switch
    {
        "SMOG" => 1.0430 * Math.Sqrt(PolysyllabicWords * 30.0 / Sentences) + 3.1291,
        "Gunning Fog" => 0.4 * (Words / Sentences + 100.0 * (ComplexWords / Words)),
        "Coleman-Liau" => 0.0588 * (Characters / Words) * 100 - 0.296 * (Sentences / Words) * 100 - 15.8,
        "Flesch-Kincaid" => 0.39 * Words / Sentences + 11.8 * Syllables / Words - 15.59,
        "Automated Readability" => 4.71 * (Characters / Words) + 0.5 * (Words / Sentences) - 21.43,
        _ => 0,
    };

    /// <summary>The variables a metric formula may use, for a linted file; null when its summary has no words.</summary>
    public static Dictionary<string, double>? Metrics(ValeFile file)
    {
        ValeSummary doc = Of(file.Summary.ToString());
        if (doc.Words == 0) return null;
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string name in new[] { "pre", "list", "blockquote", "heading_h1", "heading_h2", "heading_h3", "heading_h4", "heading_h5", "heading_h6" }) parameters[name] = 0;
        foreach (var (key, value) in file.Metrics)
        {
            if (key.StartsWith("table", StringComparison.Ordinal)) continue;
            parameters[key.Replace('.', '_')] = value;
        }
        parameters["complex_words"] = doc.ComplexWords;
        parameters["long_words"] = doc.LongWords;
        parameters["paragraphs"] = doc.Paragraphs - 1;
        parameters["sentences"] = doc.Sentences;
        parameters["characters"] = doc.Characters;
        parameters["words"] = doc.Words;
        parameters["polysyllabic_words"] = doc.PolysyllabicWords;
        parameters["syllables"] = doc.Syllables;
        return parameters;
    }
}
