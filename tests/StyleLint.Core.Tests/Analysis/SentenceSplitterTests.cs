using StyleLint.Analysis;

namespace StyleLint.Core.Tests.Analysis;

[TestClass]
public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences);
        return sentences.Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    [TestMethod]
    public void Splits_at_full_stops_question_marks_and_exclamation_marks()
    {
        CollectionAssert.AreEqual(
            new[] { "The bridge closed.", "Why did it close?", "Nobody knows!", "Repairs start soon." },
            Split("The bridge closed. Why did it close? Nobody knows! Repairs start soon."));
    }

    [TestMethod]
    public void Title_abbreviations_do_not_end_a_sentence()
    {
        CollectionAssert.AreEqual(
            new[] { "Mr. Jones met Dr. Patel and Sen. Ortiz on Friday." },
            Split("Mr. Jones met Dr. Patel and Sen. Ortiz on Friday."));
    }

    [TestMethod]
    public void Month_and_number_abbreviations_before_a_number_do_not_end_a_sentence()
    {
        CollectionAssert.AreEqual(
            new[] { "The vote is on Oct. 7 in room No. 10 of the hall." },
            Split("The vote is on Oct. 7 in room No. 10 of the hall."));
    }

    [TestMethod]
    public void A_month_abbreviation_before_a_word_ends_a_sentence()
    {
        CollectionAssert.AreEqual(
            new[] { "It was held in Jan.", "Then it moved." },
            Split("It was held in Jan. Then it moved."));
    }

    [TestMethod]
    public void Initials_do_not_end_a_sentence()
    {
        CollectionAssert.AreEqual(
            new[] { "The novel by J. K. Rowling sold well." },
            Split("The novel by J. K. Rowling sold well."));
    }

    [TestMethod]
    public void A_dotted_acronym_does_not_end_a_sentence_before_a_name()
    {
        CollectionAssert.AreEqual(
            new[] { "The U.S. Senate voted at 9 a.m. Tuesday." },
            Split("The U.S. Senate voted at 9 a.m. Tuesday."));
    }

    [TestMethod]
    public void A_dotted_acronym_ends_a_sentence_when_a_sentence_opener_follows()
    {
        CollectionAssert.AreEqual(
            new[] { "Talks were held in the U.S.", "The next round is in May." },
            Split("Talks were held in the U.S. The next round is in May."));
    }

    [TestMethod]
    public void A_company_abbreviation_ends_a_sentence_when_a_sentence_opener_follows()
    {
        CollectionAssert.AreEqual(
            new[] { "Shares rose at Acme Inc.", "The rally continued.", "She works for Smith & Co. in Leeds." },
            Split("Shares rose at Acme Inc. The rally continued. She works for Smith & Co. in Leeds."));
    }

    [TestMethod]
    public void An_initial_after_a_title_is_not_a_sentence_opener()
    {
        CollectionAssert.AreEqual(new[] { "Mr. A. Patel spoke." }, Split("Mr. A. Patel spoke."));
    }

    [TestMethod]
    public void A_sentence_ends_after_a_closing_quote()
    {
        CollectionAssert.AreEqual(
            new[] { "\u201CWe will rebuild.\u201D", "The mayor left." },
            Split("\u201CWe will rebuild.\u201D The mayor left."));
        CollectionAssert.AreEqual(
            new[] { "She said \"we will rebuild.\"", "Then she left." },
            Split("She said \"we will rebuild.\" Then she left."));
    }

    [TestMethod]
    public void A_sentence_can_start_with_an_opening_quote_or_a_digit()
    {
        CollectionAssert.AreEqual(
            new[] { "He paused.", "\u201CNo,\u201D he said.", "12 people left." },
            Split("He paused. \u201CNo,\u201D he said. 12 people left."));
    }

    [TestMethod]
    public void An_ellipsis_followed_by_lowercase_does_not_end_a_sentence()
    {
        CollectionAssert.AreEqual(new[] { "We waited... and waited." }, Split("We waited... and waited."));
        CollectionAssert.AreEqual(new[] { "We waited\u2026 and waited." }, Split("We waited\u2026 and waited."));
        CollectionAssert.AreEqual(new[] { "We waited...", "Nothing came." }, Split("We waited... Nothing came."));
    }

    [TestMethod]
    public void Decimals_and_lowercase_after_a_full_stop_do_not_split()
    {
        CollectionAssert.AreEqual(
            new[] { "Prices rose 2.5 per cent, e.g. for bread." },
            Split("Prices rose 2.5 per cent, e.g. for bread."));
    }

    [TestMethod]
    public void Sentences_stay_inside_their_block()
    {
        const string text = "First block ends. Second sentence.\n\nNext block.";
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, new TextSpan(0, 34), sentences);
        SentenceSplitter.Split(text, TextSpan.FromBounds(36, text.Length), sentences);

        CollectionAssert.AreEqual(
            new[] { "First block ends.", "Second sentence.", "Next block." },
            sentences.Select(s => text.Substring(s.Start, s.Length)).ToArray());
    }
}
