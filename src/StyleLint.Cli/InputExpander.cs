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

    private static string[] FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(MarkupFormats.IsLintable)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    private static string[] Glob(string pattern)
    {
        // The glob's folder part without wildcards is the root the matcher walks from.
        string normalized = pattern.Replace('\\', '/');
        string[] parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?', '[']) >= 0);
        string root = string.Join('/', parts.Take(firstWild));
        string rest = string.Join('/', parts.Skip(firstWild));
        string rootFolder = root.Length == 0 ? "." : (normalized.StartsWith('/') && root.Length == 0 ? "/" : root);
        if (!Directory.Exists(rootFolder)) return [];

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        // Like folder expansion (and shells), wildcards do not walk into hidden folders (.git, .drafts) or pick
        // hidden files; a pattern that spells a dot name itself (drafts/.wip/*.md) still reaches it.
        bool patternNamesDot = rest.Split('/').Any(part => part.StartsWith('.'));
        return matcher.GetResultsInFullPath(rootFolder)
            .Where(full => patternNamesDot || !Path.GetRelativePath(rootFolder, full).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Select(full => root.Length == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(rootFolder, full)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }
}
