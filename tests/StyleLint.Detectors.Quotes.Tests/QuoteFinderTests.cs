using StyleLint.Analysis;
using StyleLint.Checking;
using static StyleLint.Detectors.Quotes.Tests.Texts;

namespace StyleLint.Detectors.Quotes.Tests;

[TestClass]
public sealed class QuoteFinderTests
{
    private static QuoteMark[] Problems(AnalyzedDocument document) =>
        document.QuoteAnalysis.Marks.Where(m => m.Problem != QuoteMarkProblem.None).ToArray();

    [TestMethod]
    [DataRow("“We will win,” she said.")]
    [DataRow("\"We will win,\" she said.")]
    public void Curly_and_straight_double_quotes_give_the_content_without_marks(string text)
    {
        AnalyzedDocument document = Analyze(text);
        Quotation quote = document.QuoteAnalysis.Quotations.Single();
        Assert.AreEqual("We will win,", At(document, quote.Content));
        Assert.AreEqual((0, 13), (quote.Open, quote.Close));
        Assert.IsFalse(quote.ContinuesPrevious);
        Assert.IsEmpty(Problems(document));
        CollectionAssert.AreEqual(new[] { quote.Content }, document.Quotes);
    }

    [TestMethod]
    [DataRow("“He told me ‘never again’ and left,” she said.", "He told me ‘never again’ and left,")]
    [DataRow("\"He told me 'never again' and left,\" she said.", "He told me 'never again' and left,")]
    public void A_single_quote_inside_a_double_one_is_a_nested_quotation(string text, string outer)
    {
        AnalyzedDocument document = Analyze(text);
        CollectionAssert.AreEqual(new[] { outer, "never again" }, Contents(document));
        Assert.AreEqual(QuoteKind.Single, document.QuoteAnalysis.Quotations[1].Kind);
        Assert.IsEmpty(Problems(document));
    }

    [TestMethod]
    [DataRow("“I don’t know why Hamas’ rivals loved the ’90s, or rock ’n’ roll, or O’Neill,” he said.")]
    [DataRow("\"I don't know why Hamas' rivals loved the '90s, or rock 'n' roll, or O'Neill,\" he said.")]
    [DataRow("“Hamas’ attack changed everything,” she said.")]
    [DataRow("“The players’ union agreed,” she said.")]
    [DataRow("“Even in careless hands, ’bot nets are a weapon,” they said.")]
    public void Apostrophes_are_not_quotation_marks(string text)
    {
        AnalyzedDocument document = Analyze(text);
        Assert.HasCount(1, document.QuoteAnalysis.Quotations, string.Join(" | ", Contents(document)));
        Assert.IsEmpty(Problems(document));
        Assert.IsTrue(document.QuoteAnalysis.Marks.Where(m => m.Kind == QuoteKind.Single).All(m => m.Role == QuoteMarkRole.Apostrophe));
    }

    [TestMethod]
    public void Inch_marks_are_not_quotation_marks()
    {
        AnalyzedDocument outside = Analyze("He is 5’6” tall and owns a 12\" record.");
        Assert.IsEmpty(outside.QuoteAnalysis.Quotations);
        Assert.IsEmpty(Problems(outside));

        AnalyzedDocument inside = Analyze("“He is 5’6” tall, or 5'6\" as we wrote it,” she said.");
        CollectionAssert.AreEqual(new[] { "He is 5’6” tall, or 5'6\" as we wrote it," }, Contents(inside));
        Assert.IsEmpty(Problems(inside));
    }

    [TestMethod]
    public void A_quote_left_open_at_a_paragraph_end_continues_in_the_next_paragraph()
    {
        AnalyzedDocument document = Analyze("She said: “We will win this week.\n“And next week we go again,” she added.");
        Quotation[] quotes = document.QuoteAnalysis.Quotations;
        Assert.HasCount(2, quotes);
        Assert.IsFalse(quotes[0].IsClosed);
        Assert.AreEqual("We will win this week.", At(document, quotes[0].Content));
        Assert.IsTrue(quotes[1].ContinuesPrevious);
        Assert.IsEmpty(Problems(document));
    }

    [TestMethod]
    public void A_quote_left_open_with_no_paragraph_continuing_it_is_unclosed()
    {
        AnalyzedDocument document = Analyze("She said: “We will win this week.\nThe crowd cheered.");
        QuoteMark problem = Problems(document).Single();
        Assert.AreEqual((10, QuoteMarkProblem.Unclosed), (problem.Index, problem.Problem));
    }

    [TestMethod]
    public void A_quote_reopening_after_a_sentence_in_one_block_is_its_next_paragraph()
    {
        // Web copy often merges paragraphs: the quote's next paragraph reopens without closing the last.
        AnalyzedDocument document = Analyze("He said: \"We will win this week. \"And next week we go again.\" The crowd cheered.");
        Quotation[] quotes = document.QuoteAnalysis.Quotations;
        CollectionAssert.AreEqual(new[] { "We will win this week.", "And next week we go again." }, Contents(document));
        Assert.IsFalse(quotes[0].IsClosed);
        Assert.IsTrue(quotes[1].ContinuesPrevious);
        Assert.IsEmpty(Problems(document));
        CollectionAssert.AreEqual(new[] { "He said: ", " The crowd cheered." }, document.Units(RuleScope.NonQuote).Select(u => At(document, u)).ToArray());
    }

    [TestMethod]
    public void An_opening_mark_that_closes_is_reversed()
    {
        AnalyzedDocument document = Analyze("“This is bullying,” he said. “And of a stupid type.“");
        CollectionAssert.AreEqual(new[] { "This is bullying,", "And of a stupid type." }, Contents(document));
        QuoteMark problem = Problems(document).Single();
        Assert.AreEqual((QuoteMarkRole.Close, QuoteMarkProblem.Reversed, '\u201D'), (problem.Role, problem.Problem, problem.Curly));
        Assert.AreEqual(document.Text.Length - 1, problem.Index);
    }

    [TestMethod]
    public void A_closing_mark_that_opens_is_reversed()
    {
        AnalyzedDocument document = Analyze("He said: ”We will win.”");
        CollectionAssert.AreEqual(new[] { "We will win." }, Contents(document));
        QuoteMark problem = Problems(document).Single();
        Assert.AreEqual((9, QuoteMarkRole.Open, QuoteMarkProblem.Reversed, '\u201C'), (problem.Index, problem.Role, problem.Problem, problem.Curly));
    }

    [TestMethod]
    public void A_closing_mark_with_a_stray_space_still_closes()
    {
        AnalyzedDocument straight = Analyze("\"It was close, \" said the coach.");
        CollectionAssert.AreEqual(new[] { "It was close, " }, Contents(straight));
        Assert.IsEmpty(Problems(straight));

        AnalyzedDocument curly = Analyze("“It was close, “ said the coach.");
        CollectionAssert.AreEqual(new[] { "It was close, " }, Contents(curly));
        Assert.AreEqual(QuoteMarkProblem.Reversed, Problems(curly).Single().Problem);
    }

    [TestMethod]
    public void A_closing_mark_with_nothing_open_is_unopened()
    {
        AnalyzedDocument document = Analyze("The crowd cheered.” Then they went home.");
        Assert.IsEmpty(document.QuoteAnalysis.Quotations);
        Assert.AreEqual(QuoteMarkProblem.Unopened, Problems(document).Single().Problem);
    }

    [TestMethod]
    public void Double_quotes_nested_in_double_quotes_leave_the_outer_one_unclosed()
    {
        AnalyzedDocument document = Analyze("He said: \"We call it \"the plan\" now.\"");
        Assert.IsNotEmpty(Problems(document));
    }

    [TestMethod]
    public void An_opening_single_mark_before_a_decade_is_a_wrong_way_apostrophe()
    {
        AnalyzedDocument document = Analyze("It was the sound of the ‘90s, and he loved ‘em.");
        QuoteMark[] problems = Problems(document);
        Assert.HasCount(2, problems);
        Assert.IsTrue(problems.All(p => p.Problem == QuoteMarkProblem.WrongApostrophe && p.Role == QuoteMarkRole.Apostrophe && p.Curly == '\u2019'));
    }

    [TestMethod]
    public void A_single_quote_left_open_inside_a_double_one_is_unclosed()
    {
        AnalyzedDocument document = Analyze("\"'Oh no, don't do anything,\" came the reply.");
        QuoteMark problem = Problems(document).Single();
        Assert.AreEqual((1, QuoteKind.Single, QuoteMarkProblem.Unclosed), (problem.Index, problem.Kind, problem.Problem));
    }

    [TestMethod]
    public void Single_marks_outside_double_quotes_are_not_quotations()
    {
        AnalyzedDocument document = Analyze("Economy 'stronger than forecast' says bank");
        Assert.IsEmpty(document.QuoteAnalysis.Quotations);
        Assert.IsEmpty(Problems(document));
    }

    [TestMethod]
    public void Non_quote_units_skip_quotations_with_their_marks()
    {
        AnalyzedDocument document = Analyze("“We will win,” she said. “Now.”");
        CollectionAssert.AreEqual(new[] { " she said. " }, document.Units(RuleScope.NonQuote).Select(u => At(document, u)).ToArray());
        CollectionAssert.AreEqual(new[] { "We will win,", "Now." }, document.Units(RuleScope.Quote).Select(u => At(document, u)).ToArray());
    }
}
