using System.Text.Json;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>
/// WordPress's theme unit test data moved into Folio and out again (docs/wordpress.md, "The
/// round trip"): the export holds what a WordPress import of it would count, every word inside a
/// block WordPress's own parser names, and the pages' hierarchy and order; and Folio reads it back
/// whole.
/// </summary>
public sealed class WordPressRoundTripTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    private static readonly XNamespace Wp = WxrWriter.Wp;
    private static readonly XNamespace Content = WxrWriter.Content;

    [SkippableFact]
    public async Task The_theme_unit_test_data_comes_back_out_with_WordPress_counts_blocks_and_hierarchy()
    {
        NodeTools.SkipUnlessInstalled("blocks", "FOLIO_REQUIRE_BLOCKS");
        var owner = await app.CreateSiteAsync("roundtrip", "Theme Unit Test");
        Assert.Empty((await app.ImportAsync("roundtrip", owner, app.CorpusFile("theme-unit-test-data.xml"))).Errors);

        var exported = await app.ExportAsync("roundtrip");
        var items = XDocument.Load(exported).Descendants("item").ToList();
        var posts = items.Where(i => Type(i) == "post").ToList();
        var pages = items.Where(i => Type(i) == "page").ToList();
        Assert.Equal((58, 21), (posts.Count, pages.Count));
        Assert.Equal(29, items.Sum(i => i.Elements(Wp + "comment").Count()));
        Assert.Equal(13, posts.Count(p => p.Elements("category").Any(c => (string?)c.Attribute("domain") == PostFormats.Taxonomy)));

        var byTitle = pages.ToDictionary(p => (string)p.Element("title")!);
        Assert.Equal(Id(byTitle["Level 2"]), (long)byTitle["Level 3"].Element(Wp + "post_parent")!);
        Assert.Equal(Id(byTitle["Level 1"]), (long)byTitle["Level 2"].Element(Wp + "post_parent")!);
        Assert.Equal(5, (int)byTitle["Level 1"].Element(Wp + "menu_order")!);

        // Every word of every post and page is in a block WordPress's parser names: none is left to the classic editor.
        var contents = posts.Concat(pages).Select(i => (string)i.Element(Content + "encoded")!).ToList();
        var parsed = await NodeTools.RunAsync("blocks", "parse.mjs", JsonSerializer.Serialize(contents));
        var blocks = parsed.EnumerateArray().SelectMany(post => post.EnumerateArray()).ToList();
        Assert.All(blocks.Where(b => b.GetProperty("blockName").ValueKind == JsonValueKind.Null),
            b => Assert.True(string.IsNullOrWhiteSpace(b.GetProperty("innerHTML").GetString()), $"Words outside any block: {b.GetProperty("innerHTML").GetString()}"));
        var names = blocks.Select(b => b.GetProperty("blockName").GetString()).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "core/paragraph", "core/heading", "core/list", "core/quote", "core/image", "core/table" }, names);

        var again = await app.CreateSiteAsync("roundtripback", "Theme Unit Test, again");
        var back = (await app.ImportAsync("roundtripback", again, exported)).Summary!;
        Assert.Equal((58, 21, 29), (back.Count(ImportKind.Post, back.Imported), back.Count(ImportKind.Page, back.Imported), back.Count(ImportKind.Comment, back.Imported)));
        var returned = (await app.PostsWithTermsAsync("roundtripback")).Where(p => p.Kind == PostKind.Page).ToDictionary(p => p.Title);
        Assert.Equal(returned["Level 2"].Id, returned["Level 3"].ParentId);
        Assert.Equal(5, returned["Level 1"].MenuOrder);
    }

    private static string Type(XElement item) => (string?)item.Element(Wp + "post_type") ?? "";

    private static long Id(XElement item) => (long)item.Element(Wp + "post_id")!;
}
