using System.Text;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Text;

[TestClass]
public sealed class SourceDecoderTests
{
    private const string Sample = "Caf\u00E9 owners \u2014 \u201Cquoted\u201D \U0001F600\nSecond line\n";

    [TestMethod]
    public void Utf8_without_a_byte_order_mark()
    {
        SourceText text = SourceDecoder.Decode("a.txt", Encoding.UTF8.GetBytes(Sample));

        Assert.AreEqual(Sample, text.Text);
        Assert.IsFalse(text.HadByteOrderMark);
        Assert.IsInstanceOfType<UTF8Encoding>(text.Encoding);
    }

    [TestMethod]
    public void Utf8_with_a_byte_order_mark_drops_the_mark_from_the_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];

        SourceText text = SourceDecoder.Decode("a.txt", bytes);

        Assert.AreEqual(Sample, text.Text);
        Assert.IsTrue(text.HadByteOrderMark);
        Assert.AreEqual(0, text.Lines.ToLineColumn(0).Column - 1, "offset 0 is the first character, not the mark");
    }

    [TestMethod]
    public void Utf16_little_endian_with_a_byte_order_mark()
    {
        byte[] bytes = [0xFF, 0xFE, .. new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Sample)];

        SourceText text = SourceDecoder.Decode("a.txt", bytes);

        Assert.AreEqual(Sample, text.Text);
        Assert.IsTrue(text.HadByteOrderMark);
        Assert.IsInstanceOfType<UnicodeEncoding>(text.Encoding);
    }

    [TestMethod]
    public void Utf16_big_endian_with_a_byte_order_mark()
    {
        byte[] bytes = [0xFE, 0xFF, .. new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(Sample)];

        SourceText text = SourceDecoder.Decode("a.txt", bytes);

        Assert.AreEqual(Sample, text.Text);
        Assert.IsTrue(text.HadByteOrderMark);
    }

    [TestMethod]
    public void Binary_data_is_refused_naming_the_line_of_the_first_nul()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("one\ntwo\nthree "), 0x00, 0x01, 0x02];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("photo.txt", bytes));

        Assert.AreEqual(3, error.Line);
        Assert.AreEqual("photo.txt", error.Path);
        Assert.Contains("binary", error.Message);
        Assert.StartsWith("photo.txt:3:", error.Describe());
    }

    [TestMethod]
    public void Invalid_utf8_is_refused_naming_the_line_and_byte_of_the_bad_byte()
    {
        byte[] head = Encoding.UTF8.GetBytes("line one\nline two\nline three has a bad byte: ");
        byte[] bytes = [.. head, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" and goes on\nline four\n")];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("bad.txt", bytes));

        Assert.AreEqual(3, error.Line);
        Assert.Contains($"at byte {head.Length}", error.Message);
        Assert.Contains("0xC3", error.Message);
    }

    [TestMethod]
    public void Invalid_utf8_far_into_a_large_file_names_the_right_line()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 5000; i++) builder.Append("A line of ordinary text with an \u00E9 in it, number ").Append(i).Append('\n');
        byte[] head = Encoding.UTF8.GetBytes(builder.ToString());
        byte[] bytes = [.. head, 0xFF, .. Encoding.UTF8.GetBytes("tail\n")];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("big.txt", bytes));

        Assert.AreEqual(5001, error.Line);
        Assert.Contains($"at byte {head.Length}", error.Message);
    }

    [TestMethod]
    public void Invalid_utf8_after_a_byte_order_mark_counts_the_mark_in_the_byte_offset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ok\nbad "), 0x80, .. Encoding.UTF8.GetBytes("\n")];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("bom.txt", bytes));

        Assert.AreEqual(2, error.Line);
        Assert.Contains("at byte 10", error.Message);
    }

    [TestMethod]
    public void Invalid_utf8_in_a_file_with_cr_line_ends_names_the_line_as_line_map_counts_it()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("one\rtwo\r\nthree "), 0xFE, .. Encoding.UTF8.GetBytes("\r")];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("mac.txt", bytes));

        Assert.AreEqual(3, error.Line);
    }

    [TestMethod]
    public void Invalid_utf16_is_refused_naming_the_line()
    {
        // Line 2 holds U+010A, whose low byte is the same as a line feed's: it must not count as a line.
        string good = "one\n\u010A two\nthree ";
        byte[] bytes = [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(good), 0x00, 0xD8, .. new UnicodeEncoding(false, false).GetBytes("x\n")];

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.Decode("wide.txt", bytes));

        Assert.AreEqual(3, error.Line);
        Assert.Contains("UTF-16", error.Message);
    }

    [TestMethod]
    public void A_missing_file_is_an_input_error()
    {
        string path = Path.Combine(Path.GetTempPath(), "stylelint-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.ReadFile(path));

        Assert.AreEqual(path, error.Path);
        Assert.Contains("no such file", error.Message);
    }

    [TestMethod]
    public void A_folder_given_as_a_file_is_an_input_error()
    {
        string folder = Directory.CreateTempSubdirectory("stylelint-folder-").FullName;
        try
        {
            InputException error = Assert.ThrowsExactly<InputException>(() => SourceDecoder.ReadFile(folder));

            Assert.Contains("folder", error.Message);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [TestMethod]
    public void A_file_on_disk_is_read_and_decoded()
    {
        string path = Path.Combine(Path.GetTempPath(), "stylelint-read-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        try
        {
            SourceText text = SourceDecoder.ReadFile(path);

            Assert.AreEqual(Sample, text.Text);
            Assert.AreEqual(path, text.Path);
            Assert.IsTrue(text.HadByteOrderMark);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
