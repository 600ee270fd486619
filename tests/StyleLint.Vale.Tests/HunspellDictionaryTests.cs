using System.Text;
using StyleLint.Vale.Hunspell;

namespace StyleLint.Vale.Tests;

/// <summary>The Hunspell reader: affix expansion, the flags that change which forms are words, flag styles and bad files.</summary>
[TestClass]
public sealed class HunspellDictionaryTests
{
    private static HunspellDictionary Read(string aff, string dic) =>
        HunspellDictionary.Read(Encoding.UTF8.GetBytes(aff), Encoding.UTF8.GetBytes(dic), "test");

    private const string Affixes = """
        SET UTF-8
        NEEDAFFIX X
        FORBIDDENWORD F
        KEEPCASE K
        ICONV 1
        ICONV ’ '

        PFX U Y 1
        PFX U   0     un         .

        SFX D Y 4
        SFX D   0     d          e
        SFX D   y     ied        [^aeiou]y
        SFX D   0     ed         [aeiou]y
        SFX D   0     ed         [^ey]

        SFX S N 1
        SFX S   0     s          .
        """;

    [TestMethod]
    public void Suffixes_strip_and_add_only_where_the_condition_holds()
    {
        HunspellDictionary d = Read(Affixes, "4\nbake/D\ncarry/D\nplay/D\nwalk/DS\n");

        foreach (string word in new[] { "bake", "baked", "carried", "played", "walked", "walks" }) Assert.IsTrue(d.Spell(word), $"{word} should be a word");
        // "carryed": "ry" fails [aeiou]y and [^ey]; "playied": "ay" fails [^aeiou]y.
        foreach (string word in new[] { "bakeed", "carryed", "playied", "bakes" }) Assert.IsFalse(d.Spell(word), $"{word} should not be a word");
    }

    [TestMethod]
    public void A_prefix_and_a_suffix_combine_only_when_both_allow_the_cross_product()
    {
        HunspellDictionary d = Read(Affixes, "2\nlock/UD\nwalk/US\n");

        Assert.IsTrue(d.Spell("unlocked"));
        Assert.IsTrue(d.Spell("unwalk"));
        Assert.IsTrue(d.Spell("walks"));
        Assert.IsFalse(d.Spell("unwalks"), "SFX S has no cross product");
    }

    [TestMethod]
    public void Needaffix_forbiddenword_and_keepcase_change_which_forms_are_words()
    {
        HunspellDictionary d = Read(Affixes, "4\nfoo/XD\nbar/D\nbared/F\nNASA/K\n");

        Assert.IsFalse(d.Spell("foo"), "NEEDAFFIX: the stem alone is not a word");
        Assert.IsTrue(d.Spell("fooed"));
        Assert.IsTrue(d.Spell("bar"));
        Assert.IsFalse(d.Spell("bared"), "FORBIDDENWORD removes a form the affixes made");
        Assert.IsTrue(d.Spell("NASA"));
        Assert.IsFalse(d.Spell("nasa"), "KEEPCASE: only as written");
    }

    [TestMethod]
    public void Lookups_accept_the_word_in_lower_case_numbers_hashes_and_units_the_dictionary_knows()
    {
        HunspellDictionary d = Read(Affixes, "2\nthe\nGB\n");

        Assert.IsTrue(d.Spell("The"));
        Assert.IsTrue(d.Spell("THE"));
        Assert.IsFalse(d.Spell("gb"), "a word listed in capitals is not accepted in lower case");
        Assert.IsTrue(d.Spell("1,000.5"));
        Assert.IsTrue(d.Spell("0x1F"));
        Assert.IsTrue(d.Spell("100GB"));
        Assert.IsFalse(d.Spell("100MB"));
        Assert.AreEqual("don't", d.Convert("don’t"));
    }

    [TestMethod]
    public void Long_numeric_and_aliased_flags_are_read()
    {
        const string longAff = "FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nSFX Bb Y 1\nSFX Bb 0 ed .\n";
        HunspellDictionary longFlags = Read(longAff, "1\nwalk/AaBb\n");
        Assert.IsTrue(longFlags.Spell("walks") && longFlags.Spell("walked"));

        const string numAff = "FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\nSFX 7 Y 1\nSFX 7 0 ing .\n";
        HunspellDictionary numFlags = Read(numAff, "1\nwalk/101,7\n");
        Assert.IsTrue(numFlags.Spell("walks") && numFlags.Spell("walking"));
        Assert.IsFalse(numFlags.Spell("walked"));

        const string aliasAff = "AF 2\nAF S\nAF SD\nSFX S Y 1\nSFX S 0 s .\nSFX D Y 1\nSFX D 0 ed .\n";
        HunspellDictionary aliased = Read(aliasAff, "2\nwalk/2\ntalk/1\n");
        Assert.IsTrue(aliased.Spell("walked") && aliased.Spell("talks"));
        Assert.IsFalse(aliased.Spell("talked"));
    }

    [TestMethod]
    public void Compound_rules_spell_ordinals_from_onlyincompound_pieces()
    {
        const string aff = "ONLYINCOMPOUND c\nCOMPOUNDMIN 1\nCOMPOUNDRULE 2\nCOMPOUNDRULE n*1t\nCOMPOUNDRULE n*mp\n";
        HunspellDictionary d = Read(aff, "7\n0/nm\n1/n1\n2/nm\n1th/tc\n1st/p\n2nd/p\n0th/pt\n");

        Assert.IsTrue(d.Spell("21st"));
        Assert.IsTrue(d.Spell("11th"));
        Assert.IsFalse(d.Spell("1th"), "ONLYINCOMPOUND: not a word by itself");
        Assert.IsFalse(d.Spell("21th"));
    }

    [TestMethod]
    public void A_bad_affix_file_names_its_line()
    {
        var e = Assert.ThrowsExactly<HunspellFormatException>(() => Read("SET UTF-8\nSFX S Y many\n", "1\nwalk/S\n"));
        StringAssert.Contains(e.Message, "test.aff:2");
    }
}
