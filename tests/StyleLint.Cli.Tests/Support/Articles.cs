namespace StyleLint.Cli.Tests.Support;

/// <summary>
/// Short articles written for these tests. They lean on four stable built-in rules: News.DoubledWord (error),
/// News.NewsletterSignUp (error), News.DoubleSpace (warning) and News.IseIze (warning, consistency).
/// The first line is a headline without a full stop, so headline rules stay quiet.
/// </summary>
internal static class Articles
{
    public const string DoubledWord = "News.DoubledWord";
    public const string NewsletterSignUp = "News.NewsletterSignUp";
    public const string DoubleSpace = "News.DoubleSpace";
    public const string IseIze = "News.IseIze";

    /// <summary>Nothing for any rule to find.</summary>
    public const string Clean =
        "Harbour works delayed again\n" +
        "\n" +
        "The council met on Monday and agreed the budget for the new pier.\n";

    /// <summary>
    /// Line 3 col 24: "the the" (News.DoubledWord, error). Line 4 col 19: two spaces (News.DoubleSpace, warning).
    /// </summary>
    public const string PlainWithFindings =
        "Harbour works delayed again\n" +
        "\n" +
        "The harbour board said the the new pier would open in spring.\n" +
        "Work stopped twice  last year because of storms.\n";

    /// <summary>Only a warning: line 3 col 19, two spaces (News.DoubleSpace).</summary>
    public const string WarningOnly =
        "Harbour works delayed again\n" +
        "\n" +
        "Work stopped twice  last year because of storms.\n";

    /// <summary>Only an error: line 3 col 24, "the the" (News.DoubledWord).</summary>
    public const string ErrorOnly =
        "Harbour works delayed again\n" +
        "\n" +
        "The harbour board said the the new pier would open in spring.\n";

    /// <summary>
    /// Markdown. Line 3 col 24: "the the" (DoubledWord). Line 5 col 1: a sign-up paragraph (NewsletterSignUp, error).
    /// Line 7 col 21: two spaces in a list item (DoubleSpace). Line 10: "the the" inside a fenced code block, not prose.
    /// </summary>
    public const string Markdown =
        "# Harbour works delayed again\n" +
        "\n" +
        "The harbour board said the the new pier would open in **spring**.\n" +
        "\n" +
        "Sign up to Harbour Notes, our weekly email about the waterfront\n" +
        "\n" +
        "- Work stopped twice  last year because of storms.\n" +
        "\n" +
        "```\n" +
        "the the\n" +
        "```\n";

    /// <summary>HTML. Line 4 col 27: "the the" (DoubledWord). Line 5 col 4: a sign-up paragraph (NewsletterSignUp).</summary>
    public const string Html =
        "<!DOCTYPE html>\n" +
        "<html><head><title>Harbour works delayed again</title></head><body>\n" +
        "<h1>Harbour works delayed again</h1>\n" +
        "<p>The harbour board said the the new pier would open in spring.</p>\n" +
        "<p>Sign up to Harbour Notes, our weekly email about the waterfront</p>\n" +
        "</body></html>\n";

    /// <summary>Mixed -ise/-ize spelling: the -ise form wins 2 to 1, so line 3 col 35 "recognized" is flagged.</summary>
    public const string MixedSpelling =
        "Harbour works delayed again\n" +
        "\n" +
        "Residents organised a meeting and recognized the risk. They will organise a vote.\n";
}
