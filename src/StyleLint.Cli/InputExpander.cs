using Microsoft.Extensions.FileSystemGlobbing;
using StyleLint.Markup;

namespace StyleLint.Cli;

/// <summary>
/// Turns the paths on the command line into inputs: files as given, folders searched for articles
/// (.txt, .md, .html…, skipping hidden folders), globs expanded, and "-" for standard input.
/// Paths that match nothing are reported, not ignored.
/// </summary>
public static class InputExpander
{
    public static (List<LintInput> Inputs, List<string> Errors) Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<LintInput>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string path, string display)
        {
            if (seen.Add(Path.GetFullPath(path))) inputs.Add(new LintInput(path, display));
        }

        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                inputs.Add(new LintInput("-", "-"));
            }
            else if (File.Exists(argument))
            {
                Add(argument, argument);
            }
            else if (Directory.Exists(argument))
            {
                string[] files = FilesUnder(argument);
                if (files.Length == 0) errors.Add($"{argument}: no articles in this folder (looked for {string.Join(", ", MarkupFormats.Extensions)})");
                foreach (string file in files) Add(file, file);
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                string[] files = Glob(argument);
                if (files.Length == 0) errors.Add($"{argument}: no files match this pattern");
                foreach (string file in files) Add(file, file);
            }
            else
            {
                errors.Add($"{argument}: no such file or folder");
            }
        }
        return (inputs, errors);
    }

    private static string[] FilesUnder(string folder) =>
        Walk(folder, skipHidden: true, maxDepth: int.MaxValue)
            .Where(MarkupFormats.IsLintable)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

    private static string[] Glob(string pattern)
    {
        // The glob's folder part without wildcards is the root the walk starts from.
        string normalized = pattern.Replace('\\', '/');
        string[] parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?', '[']) >= 0);
        string root = string.Join('/', parts.Take(firstWild));
        string rest = string.Join('/', parts.Skip(firstWild));
        string rootFolder = root.Length > 0 ? root : normalized.StartsWith('/') ? "/" : ".";
        if (!Directory.Exists(rootFolder)) return [];

        // Like folder expansion (and shells), wildcards do not walk into hidden folders (.git, .drafts) or pick
        // hidden files; a pattern that spells a dot name itself (drafts/.wip/*.md) still reaches it.
        bool patternNamesDot = rest.Split('/').Any(part => part.StartsWith('.'));
        int depth = rest.Contains("**", StringComparison.Ordinal) ? int.MaxValue : rest.Count(c => c == '/');
        string rootFull = Path.GetFullPath(rootFolder);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        IEnumerable<string> candidates = Walk(rootFolder, skipHidden: !patternNamesDot, depth).Select(Path.GetFullPath);
        return matcher.Match(rootFull, candidates).Files
            .Select(match => match.Path.Replace('/', Path.DirectorySeparatorChar))
            .Select(relative => root.Length == 0 && rootFolder == "." ? relative : Path.Combine(rootFolder, relative))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The files under <paramref name="folder"/> (paths begin with it as given), down to <paramref name="maxDepth"/>
    /// folder levels. Symbolic links to folders are not followed: a link back up the tree would loop for ever and
    /// a link across it would lint the same article twice under two names.
    /// </summary>
    private static IEnumerable<string> Walk(string folder, bool skipHidden, int maxDepth)
    {
        var options = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            AttributesToSkip = skipHidden ? FileAttributes.Hidden | FileAttributes.System : 0,
        };
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((folder, 0));
        while (pending.TryPop(out (string Path, int Depth) current))
        {
            foreach (FileSystemInfo entry in new DirectoryInfo(current.Path).EnumerateFileSystemInfos("*", options))
            {
                if (skipHidden && entry.Name.StartsWith('.')) continue;
                string path = Path.Combine(current.Path, entry.Name);
                if (entry is DirectoryInfo)
                {
                    if (entry.LinkTarget == null && current.Depth < maxDepth) pending.Push((path, current.Depth + 1));
                }
                else
                {
                    yield return path;
                }
            }
        }
    }
}
