using StyleLint.Analysis;
using StyleLint.Core.Tests.Support;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Markup;

[TestClass]
public sealed class ProseBuilderTests
{
    private const string Source = "  Headline  \n\nBody text here.\n";

    [TestMethod]
    public void Blocks_are_joined_by_a_blank_line_and_keep_their_kind()
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));
        builder.BeginBlock(BlockKind.Heading, 2);
        builder.AppendSource(2, 8);
        builder.BeginBlock(BlockKind.Paragraph);
        builder.AppendSource(14, 15);

        ProseDocument document = builder.Build();

        Assert.AreEqual("Headline\n\nBody text here.", document.Text);
        CollectionAssert.AreEqual(new[] { "Headline", "Body text here." }, Prose.Blocks(document));
        Assert.AreEqual(BlockKind.Heading, document.Blocks[0].Kind);
        Assert.AreEqual(2, document.Blocks[0].HeadingLevel);
        Assert.AreEqual(BlockKind.Paragraph, document.Blocks[1].Kind);
    }

    [TestMethod]
    public void Trailing_white_space_is_not_part_of_a_block()
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));
        builder.BeginBlock(BlockKind.Paragraph);
        builder.AppendSource(2, 11);

        ProseDocument document = builder.Build();

        Assert.AreEqual("Headline", Prose.Blocks(document).Single());
        Assert.AreEqual("Headline  \n", document.Text, "the text keeps it; the block does not");
    }

    [TestMethod]
    public void Empty_and_blank_blocks_are_dropped()
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));
        builder.BeginBlock(BlockKind.Paragraph);
        builder.EndBlock();
        builder.BeginBlock(BlockKind.Paragraph);
        builder.AppendSource(0, 2);
        builder.BeginBlock(BlockKind.Paragraph);
        builder.AppendSource(14, 4);

        ProseDocument document = builder.Build();

        CollectionAssert.AreEqual(new[] { "Body" }, Prose.Blocks(document));
    }

    [TestMethod]
    public void In_block_follows_begin_and_end()
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));

        Assert.IsFalse(builder.InBlock);
        builder.BeginBlock(BlockKind.Paragraph);
        Assert.IsTrue(builder.InBlock);
        builder.EndBlock();
        Assert.IsFalse(builder.InBlock);
    }

    [TestMethod]
    public void Every_character_of_verbatim_prose_maps_to_itself()
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));
        builder.BeginBlock(BlockKind.Heading, 1);
        builder.AppendSource(2, 8);
        builder.BeginBlock(BlockKind.Paragraph);
        builder.AppendSource(14, 15);

        ProseDocument document = builder.Build();

        Prose.AssertEveryCharacterMaps(document);
        Prose.AssertMapsExactly(document, "text here", 19);
    }
}
