using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Quotes;
using static StyleLint.Detectors.Quotes.Tests.Texts;

namespace StyleLint.Detectors.Quotes.Tests;

[TestClass]
public sealed class UnattributedQuoteTests
{
    private static readonly UnattributedQuoteDetector Strict = Make("strict");
    private static readonly UnattributedQuoteDetector Relaxed = Make("relaxed");

    private static UnattributedQuoteDetector Make(string style, params string[] verbs) =>
        new(new DetectorOptions([new("style", [style]), new("verbs", verbs)]));

    private static string[] Flags(UnattributedQuoteDetector detector, string text)
    {
        AnalyzedDocument document = Analyze(text);
        return detector.Find(document).Select(span => At(document, span)).ToArray();
    }

    private static void NotFlagged(string text)
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Flags(Strict, text), "strict");
        CollectionAssert.AreEqual(Array.Empty<string>(), Flags(Relaxed, text), "relaxed");
    }

    [TestMethod]
    [DataRow("“We have no money left for books,” the mayor said.")]
    [DataRow("“We have no money left for books,” said the mayor, who took office in May.")]
    [DataRow("The mayor said: “We have no money left for books.”")]
    [DataRow("In a statement, the council wrote: “We have no money left for books.”")]
    [DataRow("The letter carried a stern warning: “We have no money left for books.”")]
    [DataRow("“We have no money left for books,” according to the mayor.")]
    [DataRow("“Is there money left for books?” asked one reader.")]
    [DataRow("“We have no money left for books,” smiles one councillor.")]
    [DataRow("“We have no money left for books,” the cable reads.")]
    public void A_quote_with_its_speaker_in_its_sentence_is_attributed(string text) => NotFlagged(text);

    [TestMethod]
    [DataRow("The mayor spoke after the vote. She said the budget was spent. “We have no money left for books.”")]
    [DataRow("“We have no money left for books.” That is what the mayor told the meeting.")]
    [DataRow("The mayor criticised the budget. “We have no money left for books.”")]
    public void A_speech_verb_in_the_next_or_previous_sentence_attributes(string text) => NotFlagged(text);

    [TestMethod]
    public void Quotes_after_an_attributed_quote_in_its_paragraph_are_its_chain()
    {
        NotFlagged("“We have no money left,” the mayor said. Then she left the room. “Nobody wanted this outcome.”");
    }

    [TestMethod]
    public void A_paragraph_continuing_an_open_quote_has_its_speaker()
    {
        NotFlagged("“We have no money left,” said the mayor. “Nobody wanted this outcome.\n“We will reopen when we can afford to.”");
        NotFlagged("The mayor said: “We have no money left. “We will reopen when we can afford to.”");
    }

    [TestMethod]
    public void A_quote_only_paragraph_after_indirect_speech_is_flagged_in_strict_style_only()
    {
        const string text = "The council said the library had run out of money and would close in March.\n“This decision breaks our hearts and our promises to the town.”";
        CollectionAssert.AreEqual(new[] { "“This decision breaks our hearts and our promises to the town.”" }, Flags(Strict, text));
        Assert.IsEmpty(Flags(Relaxed, text));
    }

    [TestMethod]
    public void A_quote_only_paragraph_after_an_attributed_direct_quote_is_fine_in_both_styles()
    {
        NotFlagged("“The library will close in March,” the council said.\n“This decision breaks our hearts and our promises to the town.”");
    }

    [TestMethod]
    public void A_quote_only_paragraph_after_an_attributed_partial_quote_is_fine_in_strict_style()
    {
        NotFlagged("The mayor said the closure was “a blow to every family in town”.\n“We will fight it all the way to the courts.”");

        // Two words are a scare quote, not the speaker's words: the paragraph before is indirect speech.
        const string scare = "The mayor said the closure was “a blow”.\n“We will fight it all the way to the courts.”";
        Assert.HasCount(1, Flags(Strict, scare));
        Assert.IsEmpty(Flags(Relaxed, scare));
    }

    [TestMethod]
    public void A_continued_quote_is_never_reported_again()
    {
        // The quote's speaker label lost its colon: the first part reads as woven in, the continuation follows it.
        NotFlagged("Home coach Sam Brown \"We played badly in the first half. \"In the second half we were much better.\"");

        // An unattributed quote is reported once, at its first paragraph.
        string[] flags = Flags(Strict, "The vote was close.\n“We will fight it all the way.\n“And we will win in the end, too.”");
        CollectionAssert.AreEqual(new[] { "“We will fight it all the way." }, flags);
    }

    [TestMethod]
    public void Phrasal_reporting_verbs_attribute()
    {
        NotFlagged("But he brushed off suggestions that the club would sell. “We have no plans to sell anyone this month.”");
        NotFlagged("The minister played down the row. “We have no plans to change course this year.”");
    }

    [TestMethod]
    public void Block_quotes_are_not_checked()
    {
        AnalyzedDocument document = new(new Markup.MarkdownAdapter().Extract(Text.SourceText.FromString("test.md",
            "The report ends with a warning.\n\n> “This decision breaks our hearts and our promises to the town.”\n")));
        Assert.IsEmpty(Strict.Find(document));
    }

    [TestMethod]
    public void A_quote_with_no_speaker_anywhere_is_flagged_in_both_styles()
    {
        const string text = "The library opened in 1905.\nThe vote was close. “This decision breaks our hearts.” The count ended at midnight.";
        CollectionAssert.AreEqual(new[] { "“This decision breaks our hearts.”" }, Flags(Strict, text));
        CollectionAssert.AreEqual(new[] { "“This decision breaks our hearts.”" }, Flags(Relaxed, text));
    }

    [TestMethod]
    public void At_most_one_finding_per_paragraph()
    {
        const string text = "The vote was close. “This decision breaks our hearts.” The count ended. “Nobody wanted this outcome.”";
        Assert.HasCount(1, Flags(Strict, text));
    }

    [TestMethod]
    [DataRow("Countries taking “anti-Israel actions” would face consequences.")]
    [DataRow("The firm's “best ever year” was no accident.")]
    [DataRow("Critics called the plan “a raid on the poor and an act of folly”.")]
    [DataRow("“Do They Know It's Christmas?” topped the chart again.")]
    [DataRow("Her new film, “The Last Summer In Rome”, opens on Friday.")]
    [DataRow("Fans held a banner reading “We want our club back” outside the ground.")]
    [DataRow("“Siri, turn off the lights” is the first thing many owners say at night.")]
    [DataRow("The crowd was quiet. “No comment.”")]
    public void Scare_quotes_partial_quotes_titles_and_examples_need_no_speaker(string text) => NotFlagged(text);

    [TestMethod]
    public void A_capitalised_speech_word_inside_a_sentence_is_a_name_not_a_verb()
    {
        // "States" is not "states": the United States is not a speaker with a verb.
        Assert.HasCount(1, Flags(Strict, "The talks moved to the United States. “This decision breaks our hearts.”"));
    }

    [TestMethod]
    public void Headings_are_not_checked()
    {
        Assert.IsEmpty(Flags(Strict, "“This decision breaks our hearts and our promises”\n\nThe council said so on Monday."));
    }

    [TestMethod]
    public void More_speech_verbs_can_be_configured()
    {
        const string text = "The mayor harrumphed loudly. “This decision breaks our hearts.”";
        Assert.HasCount(1, Flags(Strict, text));
        Assert.IsEmpty(Flags(Make("strict", "harrumphed"), text));
    }

    [TestMethod]
    public void An_unknown_style_is_an_error()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Make("loose"));
    }

    [TestMethod]
    public void The_style_defaults_to_strict()
    {
        Assert.IsFalse(new UnattributedQuoteDetector(DetectorOptions.None).IsRelaxed);
    }
}
