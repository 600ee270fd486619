using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class FormTableTests
{
    [TestMethod]
    public void Forms_are_numbered_in_order_of_first_use_in_each_document()
    {
        var table = new FormTable();
        table.BeginDocument();
        Assert.AreEqual(0, table.Number("Kowalczyk"));
        Assert.AreEqual(1, table.Number("Maria"));
        Assert.AreEqual(0, table.Number("Kowalczyk"));
        Assert.AreEqual(2, table.DocumentCount);

        table.BeginDocument();
        Assert.AreEqual(0, table.DocumentCount);
        Assert.AreEqual(0, table.Number("Maria"));
        Assert.AreEqual(1, table.Number("Oduya"));
        Assert.AreEqual(0, table.Number("Maria"));
        Assert.AreEqual("Maria", table.Text(table.IdOf(0)));
        Assert.AreEqual("Oduya", table.Text(table.IdOf(1)));
    }

    [TestMethod]
    public void A_form_keeps_its_string_and_id_from_document_to_document()
    {
        var table = new FormTable();
        table.BeginDocument();
        table.Number("Guterres");
        int id = table.IdOf(0);
        string text = table.Text(id);
        table.BeginDocument();
        table.Number("Merkel");
        table.Number("Guterres");
        Assert.AreEqual(id, table.IdOf(1));
        Assert.AreSame(text, table.Text(table.IdOf(1)));
        Assert.AreEqual(2, table.Count);
    }

    [TestMethod]
    public void Only_the_current_documents_forms_have_a_number()
    {
        var table = new FormTable();
        table.BeginDocument();
        table.Number("Huckabee");
        table.BeginDocument();
        table.Number("Macron");
        Assert.IsFalse(table.TryGetNumber("Huckabee", out _));
        Assert.IsFalse(table.TryGetNumber("Merkel", out _));
        Assert.IsTrue(table.TryGetNumber("Macron", out int number));
        Assert.AreEqual(0, number);
    }

    [TestMethod]
    public void Forms_are_case_sensitive()
    {
        var table = new FormTable();
        table.BeginDocument();
        Assert.AreEqual(0, table.Number("McCain"));
        Assert.AreEqual(1, table.Number("Mccain"));
    }

    [TestMethod]
    public void Facts_are_kept_per_form_until_the_table_starts_afresh()
    {
        var table = new FormTable();
        table.BeginDocument();
        table.Number("Guterres");
        int id = table.IdOf(0);
        table.FactsOf(id, NameData.Instance) = 5;
        table.NearRolesOf(id) = [];
        table.BeginDocument();
        Assert.AreEqual(id, table.IdOf(table.Number("Guterres")));
        Assert.AreEqual(5, table.FactsOf(id, NameData.Instance));

        // Past its bound the table forgets every form and fact at the next document.
        for (int k = 0; table.Count <= FormTable.MaxForms; k++) table.Number("Name" + k);
        table.BeginDocument();
        Assert.AreEqual(0, table.Count);
        Assert.AreEqual(0, table.Number("Guterres"));
        Assert.AreEqual(0, table.IdOf(0));
        Assert.AreEqual(0, table.FactsOf(0, NameData.Instance));
        Assert.IsNull(table.NearRolesOf(0));
    }

    [TestMethod]
    public void A_document_has_the_same_findings_after_other_documents_as_alone()
    {
        // The forms and their facts carry over between documents on a thread: a document read first on a thread of its
        // own (a table of its own) and read after the others must have the same findings.
        string[] texts =
        [
            "Maria Kowalczyk won the vote. Kowalczyk thanked her staff. Supporters of Kowalczik cheered.",
            "Mike Hacabee flew to Jerusalem. The UN secretary-general, Guteres, urged restraint.",
            "Kowalczik and Kowalczik met Hacabee in Warsaw. Guteres was not there; Guterres was.",
        ];
        string[][] alone = texts.Select(OnNewThread).ToArray();
        for (int round = 0; round < 3; round++)
        {
            for (int k = 0; k < texts.Length; k++) CollectionAssert.AreEqual(alone[k], Text.Flags(texts[k]));
        }
        CollectionAssert.AreEqual(new[] { "Kowalczik -> Kowalczyk" }, alone[0]);
        CollectionAssert.AreEqual(new[] { "Hacabee -> Huckabee", "Guteres -> Guterres" }, alone[1]);
    }

    private static string[] OnNewThread(string text)
    {
        string[] flags = [];
        var thread = new Thread(() => flags = Text.Flags(text));
        thread.Start();
        thread.Join();
        return flags;
    }
}
