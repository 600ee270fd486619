namespace StyleLint.Tests;

/// <summary>
/// Where the repository and the team's shared data are. ../shared (seeds, corpus, Vale's test data) sits beside
/// the repository; it is not part of the product, so tests that need it call <see cref="RequireShared"/> and are
/// skipped (inconclusive) with a clear message when it is absent.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding StyleLint.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>../shared, or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("STYLELINT_SHARED");
            string candidate = fromEnvironment ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A folder under ../shared, or the test is marked inconclusive (skipped) saying what is missing.</summary>
    public static string RequireShared(string folder)
    {
        string? shared = Shared;
        string path = shared == null ? "" : Path.Combine(shared, folder);
        if (shared == null || !Directory.Exists(path))
        {
            Assert.Inconclusive($"Skipped: ../shared/{folder} is not present beside the repository (it holds third-party text that the repository does not ship). Set STYLELINT_SHARED to its location to run this test.");
        }
        return path;
    }

    private static string FindRepositoryRoot()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder != null)
        {
            if (File.Exists(Path.Combine(folder, "StyleLint.sln"))) return folder;
            folder = Path.GetDirectoryName(folder);
        }
        throw new InvalidOperationException("StyleLint.sln not found above " + AppContext.BaseDirectory);
    }
}
