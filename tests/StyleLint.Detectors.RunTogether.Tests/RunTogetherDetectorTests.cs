using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.RunTogether;
using StyleLint.Markup;
using StyleLint.Tests;
using Text = StyleLint.Text;

namespace StyleLint.Detectors.RunTogether.Tests;

/// <summary>The detector on sentences written for these tests, and on seed 002 from ../shared.</summary>
[TestClass]
public sealed class RunTogetherDetectorTests
{
    private static readonly RunTogetherDetector Detector = new(DetectorOptions.None);

    private static (string Match, string Suggestion)[] Joins(string text, RunTogetherDetector? detector = null)
    {
        var document = new AnalyzedDocument(new PlainTextAdapter().Extract(Text.SourceText.FromString("test.txt", text)));
        return (detector ?? Detector).Find(document).Select(f => (document.Text.Substring(f.Start, f.Length), f.Suggestion)).ToArray();
    }

    private static void AssertSplit(string text, string match, string suggestion)
    {
        (string Match, string Suggestion)[] found = Joins(text);
        Assert.HasCount(1, found, $"\"{text}\": " + string.Join("; ", found));
        Assert.AreEqual((match, suggestion), found[0]);
    }

    [TestMethod]
    [DataRow("Delegates will meet next weekon the island.", "weekon", "week on")]
    [DataRow("She was attendinga meeting in Rome.", "attendinga", "attending a")]
    [DataRow("The plan would leave the stateremained in debt.", "stateremained", "state remained")]
    [DataRow("The council voted to closethe library.", "closethe", "close the")]
    [DataRow("Two ministersto resign were named.", "ministersto", "ministers to")]
    public void Lowercase_joins_are_split_by_frequency(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    [DataRow("The summit opens inNew York on Monday.", "inNew", "in New")]
    [DataRow("Sign up toThis Week in Politics.", "toThis", "to This")]
    [DataRow("Police saidMr Brown was at home.", "saidMr", "said Mr")]
    public void A_lowercase_word_before_a_capital_is_a_join(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    public void Adjacent_joins_are_reported_as_one_finding()
    {
        AssertSplit("The talks begin inNew Yorkthat week.", "inNew Yorkthat", "in New York that");
    }

    [TestMethod]
    public void Possessive_runs_into_a_word()
    {
        AssertSplit("Donald Trump spoke first. Critics of Trump’sadministration were not invited.", "Trump’sadministration", "Trump’s administration");
        AssertSplit("Blair spoke first. Critics of Blair'sgovernment were not invited.", "Blair'sgovernment", "Blair's government");
    }

    [TestMethod]
    public void Acronym_runs_into_a_word() => AssertSplit("The UKwinners were named on Friday.", "UKwinners", "UK winners");

    [TestMethod]
    public void Three_words_run_together() => AssertSplit("He said it was oneof the best years.", "oneof", "one of");

    [TestMethod]
    public void Three_word_join_is_split_twice() => AssertSplit("The firm said itwasthe best year yet.", "itwasthe", "it was the");

    [TestMethod]
    [DataRow("The mayor was first elected in2004 after a long campaign.", "in2004", "in 2004")]
    [DataRow("He earns between £5,001and £10,000 a year.", "001and", "001 and")]
    public void Digits_run_into_a_function_word(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    public void Joins_after_a_hyphen_or_slash_split_the_piece()
    {
        AssertSplit("The pro-lifeand anti-war groups met.", "lifeand", "life and");
        AssertSplit("Voters on the left/rightof the party agreed.", "rightof", "right of");
    }

    [TestMethod]
    public void Capitalised_words_run_together_when_the_document_or_the_names_know_them()
    {
        AssertSplit("Robbie Williams sang. Later RobbieWilliams left the stage.", "RobbieWilliams", "Robbie Williams");
        AssertSplit("The singer RobbieWilliams left the stage early.", "RobbieWilliams", "Robbie Williams");
        AssertSplit("Prime Minister Blair arrived. The PrimeMinister spoke.", "PrimeMinister", "Prime Minister");
    }

    [TestMethod]
    [DataRow("The talks lasted threedays in all.", "threedays", "three days")]
    [DataRow("They arrived at the sametime as the police.", "sametime", "same time")]
    [DataRow("Prices rose evenmore in May.", "evenmore", "even more")]
    public void Numbers_quantifiers_and_adverbs_are_closed_classes(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    [DataRow("Officials said they don'texpect a deal soon.", "don'texpect", "don't expect")]
    [DataRow("Voters said they wouldn’twork with him.", "wouldn’twork", "wouldn’t work")]
    [DataRow("Shares in Brackenfold'sparent company fell.", "Brackenfold'sparent", "Brackenfold's parent")]
    [DataRow("Shares in Brackenfold’sparent company fell.", "Brackenfold’sparent", "Brackenfold’s parent")]
    public void A_possessive_or_contraction_before_more_letters_is_a_join(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    public void A_name_no_list_knows_may_follow_a_lowercase_word() =>
        AssertSplit("The report was written by the analystTorvik last week.", "analystTorvik", "analyst Torvik");

    [TestMethod]
    [DataRow("Fans of Chelsea cheered. Chelseahave not lost at home this year.", "Chelseahave", "Chelsea have")]
    [DataRow("Exports to Englandand Wales rose.", "Englandand", "England and")]
    [DataRow("The Englanddefender was injured in the first half.", "Englanddefender", "England defender")]
    public void A_name_runs_into_a_word_that_does_not_end_names(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    [DataRow("The IMFforecasts were cut again.", "IMFforecasts", "IMF forecasts")]
    public void An_acronym_runs_into_a_longer_rare_word(string text, string match, string suggestion) => AssertSplit(text, match, suggestion);

    [TestMethod]
    public void The_plural_of_an_acronym_is_an_acronym() =>
        AssertSplit("Sales of DVDswill rise this year.", "DVDswill", "DVDs will");

    [TestMethod]
    public void A_demonstrative_may_end_a_phrase() =>
        // this, his, each are pronouns too; only the, a, my... need a word after them
        AssertSplit("Most members agreed withthis.", "withthis", "with this");

    [TestMethod]
    public void Contraction_stems_do_not_count_as_words() =>
        // SUBTLEX counts every don't as "don": with that count, file+don would beat filed+on
        AssertSplit("The lawsuit was filedon Monday.", "filedon", "filed on");

    [TestMethod]
    public void A_three_way_split_that_cannot_be_a_join_does_not_hide_a_two_way_one() =>
        AssertSplit("The gains outweighedin the end the losses.", "outweighedin", "outweighed in");

    [TestMethod]
    [DataRow("Councillor Mathieson and Ms Emmerson voted against the plan.")]
    [DataRow("Sanjay spoke first. Then Sanjaya spoke.")]
    [DataRow("Tata and Fidelis signed the deal.")]
    public void Names_ending_in_a_short_word_are_not_split(string text)
    {
        Assert.IsEmpty(Joins(text), string.Join("; ", Joins(text)));
    }

    [TestMethod]
    [DataRow("Mike Huckabee met António Guterres and Lucy Makepeace in London.")]
    [DataRow("Makepeace said the firm would appeal.")]
    [DataRow("The cyberattack was counterproductive, officials said.")]
    [DataRow("The diplomatic demarche was sent on Tuesday.")]
    [DataRow("Viewers watched a livestream of the gameshow.")]
    [DataRow("The smartcard scheme was in freefall and showbusiness noticed.")]
    public void Names_and_solid_compounds_are_not_split(string text)
    {
        Assert.IsEmpty(Joins(text), string.Join("; ", Joins(text)));
    }

    [TestMethod]
    [DataRow("She bought an iPhone and watched YouTube at McDonald’s.")]
    [DataRow("Shares in TimeWarner rose; DaimlerChrysler and GlaxoSmithKline fell.")]
    [DataRow("The UNAIDS report and the NATO summit were delayed.")]
    public void Brands_and_acronyms_are_not_split(string text)
    {
        Assert.IsEmpty(Joins(text), string.Join("; ", Joins(text)));
    }

    [TestMethod]
    [DataRow("Follow #StopTheWar and @newsdesk online.")]
    [DataRow("Write to tips@examplenews.com or visit www.examplenews.com/thefuture today.")]
    [DataRow("Read more at examplenews.biz about it.")]
    public void Hashtags_handles_addresses_and_urls_are_left_alone(string text)
    {
        var document = new AnalyzedDocument(new PlainTextAdapter().Extract(Text.SourceText.FromString("test.txt", text)));
        foreach ((int start, int length, _) in Detector.Find(document))
        {
            Assert.IsTrue(document.IsMasked(start, start + length), $"an address is split: {document.Text.Substring(start, length)}");
        }
    }

    [TestMethod]
    [DataRow("The reseach was published on Monday.")]
    [DataRow("A spokeman for the firm declined to comment.")]
    [DataRow("The folllowing day the talks resumed.")]
    public void Misspellings_get_no_nonsense_split(string text)
    {
        Assert.IsEmpty(Joins(text), string.Join("; ", Joins(text)));
    }

    [TestMethod]
    public void A_form_used_twice_in_the_document_is_the_writers_spelling()
    {
        Assert.IsEmpty(Joins("Profits at TimeWarner rose. TimeWarner said sales were up."));
        Assert.IsEmpty(Joins("The weekon rota starts today. The weekon rota ends in May."));
    }

    [TestMethod]
    public void Allow_option_keeps_house_words()
    {
        var detector = new RunTogetherDetector(new DetectorOptions([new("allow", ["weekon"])]));
        Assert.IsEmpty(Joins("Delegates will meet next weekon the island.", detector));
        Assert.HasCount(1, Joins("Delegates will meet next weekon the island."));
    }

    [TestMethod]
    public void Known_words_and_numbers_are_not_flagged()
    {
        Assert.IsEmpty(Joins("Profits rose 8% to $1.13bn in the 10am update; the 1960s and MP3 players were cited into the night."));
    }

    [TestMethod]
    public void Seed_002_joins_are_all_found_with_the_right_split()
    {
        string seeds = TestPaths.RequireShared("seeds");
        string text = File.ReadAllText(Directory.GetFiles(seeds, "002_*.txt").Single());
        (string Match, string Suggestion)[] found = Joins(text);
        CollectionAssert.AreEqual(
            new[]
            {
                ("Trump’sadministration", "Trump’s administration"),
                ("attendinga", "attending a"),
                ("weekon", "week on"),
                ("inNew Yorkthat", "in New York that"),
                ("stateremained", "state remained"),
                ("toThis", "to This"),
                ("inplacing", "in placing"),
                ("ministersto", "ministers to"),
            },
            found,
            string.Join("; ", found));
    }

    [TestMethod]
    public void Seeds_000_and_001_have_no_joins()
    {
        string seeds = TestPaths.RequireShared("seeds");
        foreach (string prefix in new[] { "000_", "001_" })
        {
            string text = File.ReadAllText(Directory.GetFiles(seeds, prefix + "*.txt").Single());
            Assert.IsEmpty(Joins(text), prefix + ": " + string.Join("; ", Joins(text)));
        }
    }
}
