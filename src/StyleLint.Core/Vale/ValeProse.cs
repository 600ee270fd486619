using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Vale;

/// <summary>
/// Runs a Vale rule inside a StyleLint run (valeStyles in .stylelint.yml): StyleLint's prose text (markup already
/// removed by its adapters) is linted as one Vale plain-text file with only this rule on, and each alert's line and
/// rune column are mapped back to a span of that text, with Vale's own message.
/// </summary>
public static class ValeProse
{
    private static readonly ValeLintSettings Settings = new() { MinAlertLevel = 0 };

    public static void Check(ValeRule rule, Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        if (rule.Extends.Length == 0) return;
        string text = document.Text;
        var file = new ValeFile("prose.txt", text, ".txt", "text", ".txt") { BaseStyles = [rule.Id.Split('.')[0]] };
        new ValeLinter(Settings, [rule]).Lint(file);
        List<int> lineStarts = [0];
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') lineStarts.Add(i + 1);
        foreach (ValeAlert alert in file.Alerts)
        {
            if (alert.Line < 1 || alert.Line > lineStarts.Count) continue;
            int start = Advance(text, lineStarts[alert.Line - 1], alert.Span[0] - 1);
            int end = Advance(text, start, ValeText.StrLen(alert.Match));
            if (start >= text.Length) continue;
            sink.ReportWithMessage(checker.Rule, start, Math.Max(1, end - start), alert.Message, []);
        }
    }

    /// <summary>The UTF-16 index <paramref name="runes"/> runes after <paramref name="from"/>.</summary>
    private static int Advance(string text, int from, int runes)
    {
        int at = from;
        for (int r = 0; r < runes && at < text.Length; r++) at += char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1;
        return at;
    }
}
