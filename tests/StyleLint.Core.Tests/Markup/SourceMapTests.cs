using StyleLint.Analysis;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Markup;

[TestClass]
public sealed class SourceMapTests
{
    //                             0123456789012345678901234
    private const string Source = "Tom &amp; Jerry <b>ran</b>";

    private static ProseDocument Build(Action<ProseBuilder> build)
    {
        var builder = new ProseBuilder(SourceText.FromString("x", Source));
        build(builder);
        return builder.Build();
    }

    [TestMethod]
    public void Verbatim_segments_map_character_by_character()
    {
        ProseDocument document = Build(b =>
        {
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendSource(0, 4);
        });

        Assert.AreEqual("Tom ", document.Text);
        Assert.AreEqual((1, 3), document.Map.ToSource(1, 3));
        Assert.AreEqual((0, 4), document.Map.ToSource(0, 4));
    }

    [TestMethod]
    public void Mapped_segments_map_as_a_whole()
    {
        ProseDocument document = Build(b =>
        {
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendSource(0, 4);
            b.AppendMapped("&", 4, 5);
            b.AppendSource(9, 7);
        });

        Assert.AreEqual("Tom & Jerry ", document.Text);
        Assert.AreEqual((4, 9), document.Map.ToSource(4, 5), "the ampersand is the whole entity");
        Assert.AreEqual((0, 11), document.Map.ToSource(0, 7), "a span ending after an entity ends after it");
        Assert.AreEqual((4, 15), document.Map.ToSource(4, 11), "a span starting at an entity starts at it");
        Assert.AreEqual((10, 15), document.Map.ToSource(6, 11), "verbatim text after an entity is exact");
    }

    [TestMethod]
    public void A_span_inside_a_mapped_segment_covers_the_whole_source_range()
    {
        ProseDocument document = Build(b =>
        {
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendMapped("ran", 16, 10);
        });

        Assert.AreEqual((16, 26), document.Map.ToSource(1, 2));
    }

    [TestMethod]
    public void Synthetic_text_maps_to_where_the_source_before_it_ended()
    {
        ProseDocument document = Build(b =>
        {
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendSource(0, 3);
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendSource(19, 3);
        });

        Assert.AreEqual("Tom\n\nran", document.Text);
        Assert.AreEqual((3, 3), document.Map.ToSource(3, 5), "the block separator stands for nothing");
        Assert.AreEqual((19, 22), document.Map.ToSource(5, 8));
    }

    [TestMethod]
    public void An_empty_span_maps_to_a_point()
    {
        ProseDocument document = Build(b =>
        {
            b.BeginBlock(BlockKind.Paragraph);
            b.AppendSource(10, 5);
        });

        Assert.AreEqual((12, 12), document.Map.ToSource(2, 2));
    }

    [TestMethod]
    public void Identity_maps_every_offset_to_itself()
    {
        SourceMap map = SourceMap.Identity(10);

        Assert.AreEqual((3, 7), map.ToSource(3, 7));
        Assert.AreEqual((0, 10), map.ToSource(0, 10));
    }
}
