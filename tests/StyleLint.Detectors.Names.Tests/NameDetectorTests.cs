using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

/// <summary>The detector on sentences written for these tests (never copied from ../shared).</summary>
[TestClass]
public sealed class NameDetectorTests
{
    [TestMethod]
    public void Listed_first_name_confirms_a_near_miss_of_the_surname()
    {
        CollectionAssert.AreEqual(new[] { "Hacabee -> Huckabee" }, Text.Flags("Mike Hacabee flew to Jerusalem for talks on Monday."));
        CollectionAssert.AreEqual(new[] { "Macrom -> Macron" }, Text.Flags("Officials said Emmanuel Macrom would attend."));
        CollectionAssert.AreEqual(new[] { "Merkle -> Merkel" }, Text.Flags("The talks were led by Angela Merkle and her ministers."));
    }

    [TestMethod]
    public void A_listed_surname_alone_is_not_evidence()
    {
        // Close to Huckabee, but nothing in the context says it is him.
        Assert.IsEmpty(Text.Flags("The Hacabee family ran the bakery for forty years."));
    }

    [TestMethod]
    public void A_listed_role_confirms_a_surname()
    {
        CollectionAssert.AreEqual(new[] { "Guteres -> Guterres" }, Text.Flags("The UN secretary-general, Guteres, urged restraint."));
        // A role before a given name of someone else (Adnan is followed by his surname).
        Assert.IsEmpty(Text.Flags("The acting secretary general Adnan Shihab-Eldin spoke."));
    }

    [TestMethod]
    public void The_rarer_of_two_close_spellings_in_a_document_is_flagged()
    {
        string text = "Maria Kowalczyk won the vote. Kowalczyk thanked her staff. Supporters of Kowalczik cheered.";
        CollectionAssert.AreEqual(new[] { "Kowalczik -> Kowalczyk" }, Text.Flags(text));
    }

    [TestMethod]
    [DataRow("Brenninkmeyer", "Brenninkmayer", DisplayName = "substitution")]
    [DataRow("Brenninkmeyer", "Brennikmeyer", DisplayName = "deletion")]
    [DataRow("Brenninkmeyer", "Brenninkmeyeer", DisplayName = "insertion")]
    [DataRow("Brenninkmeyer", "Brenninkmyeer", DisplayName = "transposition")]
    [DataRow("Oduya", "Oudya", DisplayName = "five letters")]
    public void Every_kind_of_single_edit_is_found(string name, string slip)
    {
        string text = $"{name} opened the shop in 1990. Customers liked {name}. Last year {slip} sold it, and {name} retired.";
        CollectionAssert.AreEqual(new[] { slip + " -> " + name }, Text.Flags(text));
    }

    [TestMethod]
    public void The_possessive_stays_outside_the_span()
    {
        string text = "Zelinski spoke. Zelinski left. Zelinksi's office said nothing.";
        CollectionAssert.AreEqual(new[] { "Zelinksi -> Zelinski" }, Text.Flags(text));
    }

    [TestMethod]
    [DataRow("Johnson said Johnson would stay. Mr Johnston, his deputy, agreed with Johnson.", DisplayName = "Johnson, Johnston")]
    [DataRow("Austria beat Australia. Austria scored twice and Austria went through.", DisplayName = "Austria, Australia")]
    [DataRow("Israel said Israelis would vote. An Israeli official said Israel was ready.", DisplayName = "Israel, Israelis, Israeli")]
    [DataRow("Palestinians marched. Palestinians said a Palestinian state must come.", DisplayName = "Palestinians, Palestinian")]
    [DataRow("Britain said the British view was clear. Britain will act.", DisplayName = "Britain, British")]
    [DataRow("Blair spoke. Blair's aides and Blair left.", DisplayName = "possessive")]
    [DataRow("Hamas said Hamas' attack was planned by Hamas.", DisplayName = "bare apostrophe")]
    [DataRow("Gordon Brown met Des Browne. Gordon Brown said Mr Brown and Gordon Brown agreed.", DisplayName = "different first names")]
    [DataRow("Rudy Gay scored. Rudi Voller watched Rudy Gay and Rudy Gay again.", DisplayName = "Rudi, Rudy")]
    [DataRow("Somalia said Somalis voted. Somalia counted and Somalia waited.", DisplayName = "demonym in -is")]
    [DataRow("The Beatles played. The Beatles sang. The former Beatle smiled.", DisplayName = "singular of a plural name")]
    public void Real_distinct_names_are_left_alone(string text) => Assert.IsEmpty(Text.Flags(text));

    [TestMethod]
    public void Lists_of_names_need_closer_matches()
    {
        // A line-up: Masi and Maso are two players.
        string text = "Italy: Masi, Maso, Bergamasco, Canale, Dallan, Orquera, Troncon, Lo Cicero, Ongaro, Castrogiovanni. Maso scored; Maso again.";
        Assert.IsEmpty(Text.Flags(text));
    }

    [TestMethod]
    public void Short_given_names_before_different_surnames_are_different_people()
    {
        Assert.IsEmpty(Text.Flags("Rudy Gay scored twice. Rudy Gay was pleased. Rudi Voller watched from the stand."));
        // The same slip in a long given name before the same surname is found.
        CollectionAssert.AreEqual(new[] { "Chrisitan -> Christian" }, Text.Flags("Christian Vieri scored. Christian Vieri again. Chrisitan Vieri made it three."));
    }

    [TestMethod]
    public void Initials_tell_people_apart()
    {
        Assert.IsEmpty(Text.Flags("S Horgan and M Horan started. M Horan was replaced and M Horan sat down."));
    }

    [TestMethod]
    public void A_name_beside_itself_is_two_names()
    {
        Assert.IsEmpty(Text.Flags("Jole Cole started in midfield. Cole scored and Cole celebrated."));
    }

    [TestMethod]
    public void Part_of_a_hyphenated_name_is_no_target()
    {
        Assert.IsEmpty(Text.Flags("Spider-Man returns. Spider-Man fans queued. Spidey, as fans call him, is back."));
    }

    [TestMethod]
    public void Sentence_initial_words_are_not_names()
    {
        // "More" twice at sentence starts is a word, not a name that "Moore" could be confused with (and vice versa).
        Assert.IsEmpty(Text.Flags("More rain fell. More snow came. Mr Mooore said so."));
    }

    [TestMethod]
    public void A_capitalised_word_at_sentence_starts_is_a_name_only_if_never_written_in_lower_case()
    {
        const string text = "Hollow spoke first. Hollow spoke again. Then Holow left.";
        CollectionAssert.AreEqual(new[] { "Holow -> Hollow" }, Text.Flags(text));
        Assert.IsEmpty(Text.Flags(text + " The tree was hollow inside."));
        // Another word of the same length and first letter in lower case is not the same word.
        CollectionAssert.AreEqual(new[] { "Holow -> Hollow" }, Text.Flags(text + " The tree was hallow inside."));
    }

    [TestMethod]
    public void House_names_are_never_flagged_and_give_context()
    {
        NameDetector house = Text.With(("names", ["Priya Raghunathan", "Kowalczik"]));
        Assert.IsEmpty(Text.Flags("Priya Raghunathen said the paper would print."), "unknown without house names");
        CollectionAssert.AreEqual(new[] { "Raghunathen -> Raghunathan" }, Text.Flags("Priya Raghunathen said the paper would print.", house));
        Assert.IsEmpty(Text.Flags("Maria Kowalczyk won the vote. Kowalczyk thanked her staff. Supporters of Kowalczik cheered.", house));
    }

    [TestMethod]
    public void The_configs_names_and_allowed_words_count_as_house_names()
    {
        string[] config = ["Priya Raghunathan"];
        CollectionAssert.AreEqual(new[] { "Raghunathen -> Raghunathan" }, Text.Flags("Priya Raghunathen said the paper would print.", houseNames: config));
        Assert.IsEmpty(Text.Flags("Priya Raghunathen said the paper would print."), "another document without config names");
        string slip = "Maria Kowalczyk won the vote. Kowalczyk thanked her staff. Supporters of Kowalczik cheered.";
        Assert.IsEmpty(Text.Flags(slip, allowed: ["Kowalczik"]));
        Assert.IsEmpty(Text.Flags(slip, houseNames: ["Kowalczik"]));
        NameDetector withOption = Text.With(("names", ["Tomasz Wierzbicki"]), ("inDocument", ["false"]));
        CollectionAssert.AreEqual(
            new[] { "Raghunathen -> Raghunathan", "Wierzbiki -> Wierzbicki" },
            Text.Flags("Priya Raghunathen said so. Tomasz Wierzbiki agreed.", withOption, houseNames: config));
    }

    [TestMethod]
    public void The_config_names_reach_the_built_in_rule_through_the_linter()
    {
        var linter = new StyleLint.Engine.Linter(StyleLint.Rules.BuiltInRules.Checkers.Where(c => c.Rule.Id == "News.NameSpelling").ToArray());
        var source = new StyleLint.Text.SourceText("draft.txt", "Priya Raghunathen said the paper would print.\n", System.Text.Encoding.UTF8, false);
        Assert.IsEmpty(linter.Lint(source, "draft.txt", StyleLint.Config.LintConfig.Default).Findings);
        var config = new StyleLint.Config.LintConfig { Names = ["Priya Raghunathan"] };
        var finding = linter.Lint(source, "draft.txt", config).Findings.Single();
        CollectionAssert.AreEqual(new[] { "Raghunathan" }, finding.Suggestions.ToArray());
    }

    [TestMethod]
    public void Each_kind_of_evidence_can_be_switched_off()
    {
        string text = "Kowalczyk won. Kowalczyk thanked staff. Kowalczik cheered. Mike Hacabee came.";
        CollectionAssert.AreEqual(new[] { "Kowalczik -> Kowalczyk", "Hacabee -> Huckabee" }, Text.Flags(text));
        CollectionAssert.AreEqual(new[] { "Hacabee -> Huckabee" }, Text.Flags(text, Text.With(("inDocument", ["false"]))));
        CollectionAssert.AreEqual(new[] { "Kowalczik -> Kowalczyk" }, Text.Flags(text, Text.With(("knownNames", ["false"]))));
    }

    [TestMethod]
    public void Inflections_and_demonyms()
    {
        Assert.IsTrue(NameDetector.Inflected("Israelis", "Israel"));
        Assert.IsTrue(NameDetector.Inflected("Israeli", "Israel"));
        Assert.IsTrue(NameDetector.Inflected("Argentine", "Argentina"));
        Assert.IsTrue(NameDetector.Inflected("Kenyan", "Kenya"));
        Assert.IsFalse(NameDetector.Inflected("Guterrez", "Guterres"));
        Assert.IsFalse(NameDetector.Inflected("Blaix", "Blair"));
    }

    [TestMethod]
    public void One_instance_serves_many_documents_at_once()
    {
        string[] texts =
        [
            "Mike Hacabee flew in.",
            "Kowalczyk won. Kowalczyk thanked staff. Kowalczik cheered.",
            "Israel said Israelis would vote. Israel waited.",
        ];
        string[][] expected = texts.Select(t => Text.Flags(t)).ToArray();
        Parallel.For(0, 300, i => CollectionAssert.AreEqual(expected[i % 3], Text.Flags(texts[i % 3])));
    }
}
