using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class DoubleMetaphoneTests
{
    [TestMethod]
    [DataRow("Smith", "SM0", "XMT")]
    [DataRow("Schmidt", "XMT", "SMT")]
    [DataRow("Thomas", "TMS", "TMS")]
    [DataRow("Knight", "NT", "NT")]
    [DataRow("Philips", "FLPS", "FLPS")]
    [DataRow("Guterres", "KTRS", "KTRS")]
    [DataRow("Huckabee", "HKP", "HKP")]
    [DataRow("Xavier", "SF", "SFR")]
    public void Encodes_names(string name, string primary, string alternate)
    {
        (string p, string a) = DoubleMetaphone.Encode(name);
        Assert.AreEqual(primary, p, "primary");
        Assert.AreEqual(alternate, a, "alternate");
    }

    [TestMethod]
    [DataRow("Huckabee", "Hacabee")]
    [DataRow("Guterres", "Guterrez")]
    [DataRow("Smith", "Schmidt")]
    [DataRow("Catherine", "Kathryn")]
    [DataRow("Stephen", "Steven")]
    public void Names_that_sound_alike(string a, string b) => Assert.IsTrue(DoubleMetaphone.SoundAlike(a, b));

    [TestMethod]
    [DataRow("Hale", "Hate")]
    [DataRow("Horan", "Horgan")]
    [DataRow("Austria", "Australia")]
    public void Names_that_do_not(string a, string b) => Assert.IsFalse(DoubleMetaphone.SoundAlike(a, b));

    [TestMethod]
    public void Ignores_accents_and_punctuation()
    {
        Assert.AreEqual(DoubleMetaphone.Encode("Jose"), DoubleMetaphone.Encode("José"));
        Assert.AreEqual(DoubleMetaphone.Encode("ONeill"), DoubleMetaphone.Encode("O'Neill"));
        Assert.AreEqual(("", ""), DoubleMetaphone.Encode("123"));
    }
}
