using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Suppression;
using StyleLint.Text;

namespace StyleLint.Engine;

/// <summary>
/// Lints a huge file a segment at a time (<see cref="SegmentReader"/>), so that the prose copy, the source map,
/// the word arrays and the detectors' per-word data exist for one segment only, never for the whole file.
/// What stays whole-file: positions (each segment's findings are shifted by its first line and offset), inline
/// disables (an open disable reaches into the next segments), the headline (only the file's first line), whether
/// plain text is hard-wrapped (a first pass tallies the lines) and the consistency rules' majority (decided from
/// every segment's variant uses, as <see cref="RunConsistency"/> decides across files). What becomes per segment:
/// the questions other checks ask of the whole document: the name check compares a name only with the names in
/// its segment, the run-together check asks whether a piece occurs elsewhere in the segment; and in Markdown a
/// reference link whose definition is in another segment is read as text. Files under <see cref="ThresholdBytes"/> are never segmented, so no article is.
/// </summary>
public static class SegmentedLint
{
    /// <summary>Files larger than this are linted in segments; the largest corpus article is 25 KB.</summary>
    public const long ThresholdBytes = 4L * 1024 * 1024;

    /// <summary>About 1 MB of text per segment: where the per-document analysis stays cheap.</summary>
    public const int SegmentChars = 1024 * 1024;

    /// <summary>Whether a file of this size and format is linted in segments (HTML never is: its blocks can span blank lines).</summary>
    public static bool Applies(long bytes, MarkupFormat format) => bytes > ThresholdBytes && format != MarkupFormat.Html;

    public static LintResult Lint(Linter linter, string path, string displayPath, LintConfig config, MarkupFormat format, int segmentChars = SegmentChars)
    {
        var reader = new SegmentReader(path, segmentChars, format == MarkupFormat.Markdown);
        // Plain text is judged hard-wrapped or not as a whole: a first pass over the file tallies its lines.
        bool? hardWrapped = null;
        if (format == MarkupFormat.PlainText)
        {
            WrapTally tally = default;
            foreach (TextSegment segment in reader.Read()) tally = tally.Plus(WrapTally.Of(segment.Text));
            hardWrapped = tally.IsHardWrapped;
        }

        var findings = new List<Finding>();
        var uses = new List<VariantUse>();
        IReadOnlyList<string> openDisables = [];
        foreach (TextSegment segment in reader.Read())
        {
            var source = new SourceText(path, segment.Text, reader.Encoding, reader.HadByteOrderMark);
            SuppressionMap suppressions = SuppressionMap.For(source, openDisables);
            openDisables = suppressions.OpenAtEnd;
            IMarkupAdapter adapter = format == MarkupFormat.PlainText
                ? new PlainTextAdapter(hardWrapped, beginsFile: segment.Offset == 0)
                : MarkupFormats.AdapterFor(format);
            LintResult part = linter.Lint(source, displayPath, config, format, suppressions, adapter);
            foreach (Finding f in part.Findings) findings.Add(Shift(f, segment));
            foreach (VariantUse u in part.VariantUses) uses.Add(u with { At = Shift(u.At, segment) });
        }
        return FileConsistency.Decide(new LintResult(displayPath, findings, uses), linter, config);
    }

    private static Finding Shift(Finding f, TextSegment segment) => segment.Offset == 0 ? f : f with
    {
        Line = f.Line + segment.FirstLine - 1,
        EndLine = f.EndLine + segment.FirstLine - 1,
        Offset = f.Offset + segment.Offset,
    };
}
