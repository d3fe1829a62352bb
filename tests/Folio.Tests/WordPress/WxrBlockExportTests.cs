using System.Text.Json;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>
/// The export as WordPress reads it back: each post's words as block markup, read here by
/// WordPress's own block parser (@wordpress/block-serialization-default-parser, in tests/tools/blocks),
/// so that an import gives the blocks a person would have made in WordPress's editor.
/// </summary>
public sealed class WxrBlockExportTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    private const string Markdown = """
        The harbour authority met on **Tuesday**.

        ## What was decided

        ### The terminal

        - a new berth
        - the old customs house kept
          - as a museum

        1. consultation
        2. approval

        > We listened, and the plan is better for it.

        ![The north quay at dawn](https://photos.example.org/quay.jpg)

        ```csharp
        var berths = 2;
        ```

        ---

        | Year | Ferries |
        | ---- | ------- |
        | 2026 | 14      |
        """;

    [SkippableFact]
    public async Task A_Markdown_post_is_exported_as_the_blocks_WordPress_makes_of_each_part()
    {
        var blocks = await ExportedBlocksAsync("markdown-blocks", new SavePost { AuthorId = 0, Title = "Harbour decision", Body = Markdown });

        Assert.Equal(
            ["core/paragraph", "core/heading", "core/heading", "core/list", "core/list", "core/quote", "core/image", "core/code", "core/separator", "core/table"],
            blocks.Select(b => b.GetProperty("blockName").GetString()));
        Assert.Contains("<strong>Tuesday</strong>", Html(blocks[0]));
        Assert.Equal("{}", Attrs(blocks[1])); // a level-two heading is the block's default
        Assert.Contains("<h2 class=\"wp-block-heading\">What was decided</h2>", Html(blocks[1]));
        Assert.Equal("""{"level":3}""", Attrs(blocks[2]));

        var bullets = InnerBlocks(blocks[3]);
        Assert.Equal(["core/list-item", "core/list-item"], bullets.Select(b => b.GetProperty("blockName").GetString()));
        Assert.Equal("{}", Attrs(blocks[3]));
        var nested = Assert.Single(InnerBlocks(bullets[1]));
        Assert.Equal("core/list", nested.GetProperty("blockName").GetString());
        Assert.Contains("as a museum", Html(Assert.Single(InnerBlocks(nested))));
        Assert.Equal("""{"ordered":true}""", Attrs(blocks[4]));
        Assert.Equal(2, InnerBlocks(blocks[4]).Count);

        var quoted = Assert.Single(InnerBlocks(blocks[5]));
        Assert.Equal("core/paragraph", quoted.GetProperty("blockName").GetString());
        Assert.Contains("We listened", Html(quoted));
        Assert.Contains("<figure class=\"wp-block-image\"><img src=\"https://photos.example.org/quay.jpg\" alt=\"The north quay at dawn\"", Html(blocks[6]));
        Assert.Contains("<pre class=\"wp-block-code\"><code>var berths = 2;", Html(blocks[7]));
        Assert.Contains("<figure class=\"wp-block-table\"><table>", Html(blocks[9]));
    }

    [SkippableFact]
    public async Task An_HTML_post_keeps_what_has_no_block_as_a_Custom_HTML_block_of_its_own()
    {
        var blocks = await ExportedBlocksAsync("html-blocks", new SavePost
        {
            AuthorId = 0, Title = "Notes", BodyFormat = BodyFormat.Html,
            Body = """<p>Plain words.</p><p style="text-align: center">Centred by its author</p><h4>Small heading</h4><div class="aside">An aside</div><pre>  kept   as typed</pre>""",
        });

        Assert.Equal(["core/paragraph", "core/html", "core/heading", "core/html", "core/preformatted"], blocks.Select(b => b.GetProperty("blockName").GetString()));
        Assert.Contains("text-align: center", Html(blocks[1]));
        Assert.Equal("""{"level":4}""", Attrs(blocks[2]));
        Assert.Contains("<div class=\"aside\">An aside</div>", Html(blocks[3]));
        Assert.Contains("<pre class=\"wp-block-preformatted\">  kept   as typed</pre>", Html(blocks[4]));
    }

    [SkippableFact]
    public async Task Words_written_as_blocks_keep_their_blocks_and_lose_what_the_sanitiser_refuses()
    {
        const string Written = """
            <!-- wp:paragraph {"dropCap":true} -->
            <p class="has-drop-cap">Written in the block editor.</p>
            <!-- /wp:paragraph -->

            <!-- wp:columns -->
            <div class="wp-block-columns"><!-- wp:column -->
            <div class="wp-block-column"><!-- wp:paragraph -->
            <p>Left<script>alert(1)</script></p>
            <!-- /wp:paragraph --></div>
            <!-- /wp:column --></div>
            <!-- /wp:columns -->
            """;

        var (blocks, content) = await ExportAsync("written-blocks", new SavePost { AuthorId = 0, Title = "Blocks", BodyFormat = BodyFormat.Html, Body = Written });

        Assert.Equal(["core/paragraph", "core/columns"], blocks.Select(b => b.GetProperty("blockName").GetString()));
        Assert.Equal("""{"dropCap":true}""", Attrs(blocks[0]));
        var column = Assert.Single(InnerBlocks(blocks[1]));
        Assert.Equal("core/column", column.GetProperty("blockName").GetString());
        Assert.Contains("<p>Left</p>", Html(Assert.Single(InnerBlocks(column))));
        Assert.DoesNotContain("<script", content);
    }

    private async Task<List<JsonElement>> ExportedBlocksAsync(string slug, SavePost post) => (await ExportAsync(slug, post)).Blocks;

    /// <summary>Exports a site holding the one post and parses its content as WordPress's parser does; the blank lines between blocks are left out.</summary>
    private async Task<(List<JsonElement> Blocks, string Content)> ExportAsync(string slug, SavePost post)
    {
        NodeTools.SkipUnlessInstalled("blocks", "FOLIO_REQUIRE_BLOCKS");
        var owner = await app.CreateSiteAsync(slug, slug);
        await app.SavePostAsync(slug, post with { AuthorId = owner, Status = PostStatus.Published });
        var exported = await app.ExportAsync(slug);
        var content = XDocument.Load(exported).Descendants(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).First().Value;

        var parsed = await NodeTools.RunAsync("blocks", "parse.mjs", JsonSerializer.Serialize(new[] { content }));

        var blocks = parsed[0].EnumerateArray().ToList();
        Assert.All(blocks.Where(b => b.GetProperty("blockName").ValueKind == JsonValueKind.Null), b => Assert.True(string.IsNullOrWhiteSpace(Html(b)), $"Words outside any block: {Html(b)}"));
        return (blocks.Where(b => b.GetProperty("blockName").ValueKind != JsonValueKind.Null).ToList(), content);
    }

    private static string Html(JsonElement block) => block.GetProperty("innerHTML").GetString()!;

    private static string Attrs(JsonElement block) => block.GetProperty("attrs").GetRawText();

    private static List<JsonElement> InnerBlocks(JsonElement block) =>
        block.GetProperty("innerBlocks").EnumerateArray().Where(b => b.GetProperty("blockName").ValueKind != JsonValueKind.Null).ToList();
}
