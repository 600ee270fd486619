using System.Text.RegularExpressions;

namespace StyleLint.Cli.RuleTools;

/// <summary>`stylelint rules new ID --kind K`: a starter rule file whose examples already pass `rules test`.</summary>
public static partial class RuleScaffold
{
    public static readonly string[] Kinds = ["existence", "substitution", "pattern", "consistency", "repetition", "capitalization"];

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$")]
    public static partial Regex IdShape();

    public static string Create(string id, string kind)
    {
        string header = $"""
            # A house rule for StyleLint. Edit the fields, keep the examples true, then run:
            #   stylelint rules test <this file>
            id: {id}
            severity: warning
            kind: {kind}
            description: Say in one sentence why the newsroom wants this.

            """;
        return header + kind switch
        {
            "existence" => """
                message: "Avoid '{match}' in news copy."
                tokens:
                  - game changer
                  - paradigm shift
                examples:
                  bad:
                    - "The deal is a game changer for the port."
                  good:
                    - "The deal changes the outlook for the port."
                """,
            "substitution" => """
                message: "House style is '{suggestion}', not '{match}'."
                ignorecase: true
                swap:
                  healthcare: health care
                examples:
                  bad:
                    - text: "Spending on healthcare rose."
                      fix: "Spending on health care rose."
                  good:
                    - "Spending on health care rose."
                """,
            "pattern" => """
                message: "Write the time as '{suggestion}'."
                pattern: '\b(\d{1,2})\.(\d{2}) ?(am|pm)\b'
                suggest: '$1:$2$3'
                examples:
                  bad:
                    - text: "The polls close at 9.30pm."
                      fix: "The polls close at 9:30pm."
                  good:
                    - "The polls close at 9:30pm."
                """,
            "consistency" => """
                message: "'{match}' breaks the copy's style: it mostly writes {expected}, so '{suggestion}'."
                ignorecase: true
                either:
                  spaced: { tokens: [health care] }
                  solid: { tokens: [healthcare] }
                examples:
                  bad:
                    - "Health care costs rose, and healthcare workers struck."
                  good:
                    - "Health care costs rose, and health care workers struck."
                """,
            "repetition" => """
                message: "'{match}': the word is repeated."
                exceptions: [had, that]
                examples:
                  bad:
                    - text: "The council said the the plan was sound."
                      fix: "The council said the plan was sound."
                  good:
                    - "He had had enough."
                """,
            "capitalization" => """
                message: "Start the headline with a capital letter."
                scope: heading
                match: first-upper
                exceptions: [iPhone, eBay]
                examples:
                  bad:
                    - "council backs flood wall\n\nThe council voted on Monday."
                  good:
                    - "Council backs flood wall\n\nThe council voted on Monday."
                """,
            _ => throw new ArgumentException($"unknown kind '{kind}'", nameof(kind)),
        } + "\n";
    }
}
