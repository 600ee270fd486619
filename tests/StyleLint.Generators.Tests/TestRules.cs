namespace StyleLint.Generators.Tests;

/// <summary>Small, valid rules: one of each kind, each with bad examples it must flag and good ones it must not.</summary>
internal static class TestRules
{
    public const string Existence = """
        id: Test.Existence
        message: "Avoid '{match}'."
        description: Empty intensifiers.
        severity: warning
        kind: existence
        ignorecase: true
        tokens: [very unique, at this point in time]
        examples:
          bad:
            - "It was a very unique event."
            - "At this point in time, nobody knows."
          good:
            - "It was a unique event."
            - "Nobody knows yet."
        """;

    public const string Substitution = """
        id: Test.Substitution
        message: "Write '{suggestion}', not '{match}'."
        severity: suggestion
        kind: substitution
        ignorecase: true
        swap:
          whilst: while
          amongst: among | between
        examples:
          bad:
            - text: "Whilst he spoke, they left."
              fix: "While he spoke, they left."
            - text: "It was hidden amongst the papers."
              fix: "It was hidden among the papers."
          good:
            - "While he spoke, they left."
        """;

    public const string Pattern = """
        id: Test.Pattern
        message: "Write '{suggestion}' for '{match}'."
        severity: error
        kind: pattern
        pattern: '(?<n>\d+) per ?cent'
        suggest: '${n}%'
        link: https://example.com/style/percent
        examples:
          bad:
            - text: "Prices rose 5 per cent in May."
              fix: "Prices rose 5% in May."
          good:
            - "Prices rose 5% in May."
            - "A percentage of the vote."
        """;

    public const string Consistency = """
        id: Test.Consistency
        message: "The article mostly writes {expected}: '{match}' breaks that."
        severity: warning
        kind: consistency
        either:
          dotted:
            tokens: ["U.S."]
          plain:
            pattern: '\bUS\b'
        examples:
          bad:
            - "The U.S. said so. The U.S. team and the US fans agreed."
          good:
            - "The U.S. said so. The U.S. team agreed."
            - "The US said so. US fans agreed."
        """;

    public const string Repetition = """
        id: Test.Repetition
        message: "'{match}': the word is repeated."
        severity: error
        kind: repetition
        exceptions: [had]
        examples:
          bad:
            - text: "He said the the plan was sound."
              fix: "He said the plan was sound."
          good:
            - "He had had enough of the plan."
        """;

    public const string Capitalization = """
        id: Test.Capitalization
        message: "Capitalise '{match}'."
        severity: warning
        kind: capitalization
        scope: sentence
        match: first-upper
        exceptions: [iPhone]
        examples:
          bad:
            - text: "the council met. It voted."
              fix: "The council met. It voted."
          good:
            - "The council met. iPhone sales rose."
        """;

    /// <summary>Every kind, by name, with its rule text.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["existence"] = Existence,
        ["substitution"] = Substitution,
        ["pattern"] = Pattern,
        ["consistency"] = Consistency,
        ["repetition"] = Repetition,
        ["capitalization"] = Capitalization,
    };

    /// <summary>The rule id a rule text declares (its first line is always <c>id: X</c>).</summary>
    public static string IdOf(string rule) => rule.Split('\n')[0]["id: ".Length..].Trim();
}
