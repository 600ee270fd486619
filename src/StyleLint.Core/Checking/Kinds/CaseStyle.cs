namespace StyleLint.Checking.Kinds;

/// <summary>capitalization: the case a unit must be written in.</summary>
public enum CaseStyle
{
    /// <summary>First word capitalised, the rest lower case (except exceptions and acronyms).</summary>
    Sentence,

    /// <summary>Every word capitalised except short function words inside the unit.</summary>
    Title,
    Lower,
    Upper,

    /// <summary>Only the first letter of the unit must be a capital.</summary>
    FirstUpper,
}
