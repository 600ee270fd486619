namespace StyleLint.Checking;

/// <summary>Where a rule looks; see rules.schema.json.</summary>
public enum RuleScope
{
    Text,
    Paragraph,
    Sentence,
    Heading,
    Quote,
    NonQuote,
}
