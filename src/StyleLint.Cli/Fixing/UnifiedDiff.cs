using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace StyleLint.Cli.Fixing;

/// <summary>A unified diff (as `diff -u` writes it) between a file and its fixed text, for `--fix --dry-run`.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        // A final line break ends the last line; it does not start an empty one.
        if (before.EndsWith('\n') && after.EndsWith('\n'))
        {
            before = before[..^1];
            after = after[..^1];
        }
        DiffResult diff = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0) return "";
        IReadOnlyList<string> a = diff.PiecesOld;
        IReadOnlyList<string> b = diff.PiecesNew;

        var output = new StringBuilder();
        output.Append("--- a/").Append(path.TrimStart('/')).Append('\n');
        output.Append("+++ b/").Append(path.TrimStart('/')).Append('\n');

        int i = 0;
        while (i < diff.DiffBlocks.Count)
        {
            // Blocks closer than twice the context share one hunk.
            int j = i;
            while (j + 1 < diff.DiffBlocks.Count &&
                   diff.DiffBlocks[j + 1].DeleteStartA - (diff.DiffBlocks[j].DeleteStartA + diff.DiffBlocks[j].DeleteCountA) <= 2 * Context)
            {
                j++;
            }
            AppendHunk(output, a, b, diff.DiffBlocks, i, j);
            i = j + 1;
        }
        return output.ToString();
    }

    private static void AppendHunk(StringBuilder output, IReadOnlyList<string> a, IReadOnlyList<string> b, IList<DiffBlock> blocks, int first, int last)
    {
        DiffBlock start = blocks[first], end = blocks[last];
        int startA = Math.Max(0, start.DeleteStartA - Context);
        int startB = Math.Max(0, start.InsertStartB - Context);
        int endA = Math.Min(a.Count, end.DeleteStartA + end.DeleteCountA + Context);
        int endB = Math.Min(b.Count, end.InsertStartB + end.InsertCountB + Context);

        output.Append($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
        int lineA = startA;
        for (int k = first; k <= last; k++)
        {
            DiffBlock block = blocks[k];
            for (; lineA < block.DeleteStartA; lineA++) output.Append(' ').Append(a[lineA]).Append('\n');
            for (int d = 0; d < block.DeleteCountA; d++) output.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
            for (int n = 0; n < block.InsertCountB; n++) output.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
            lineA = block.DeleteStartA + block.DeleteCountA;
        }
        for (; lineA < endA; lineA++) output.Append(' ').Append(a[lineA]).Append('\n');
    }
}
