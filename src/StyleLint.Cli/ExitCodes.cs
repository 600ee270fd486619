namespace StyleLint.Cli;

/// <summary>What `stylelint` exits with; CMS hooks and CI rely on these.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the failing level.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above the failing level.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or input error (bad flag, missing path, binary file, broken config).</summary>
    public const int Error = 2;
}
