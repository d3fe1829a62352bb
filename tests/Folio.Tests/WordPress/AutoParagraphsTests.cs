using System.Text.Json;
using System.Xml.Linq;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>
/// Folio's paragraphs for classic WordPress content are WordPress's: every classic post and page
/// of WordPress's theme unit test and accessibility test data comes out of
/// <see cref="AutoParagraphs"/> exactly as out of WordPress's own autop (<c>@wordpress/autop</c>).
/// </summary>
public sealed class AutoParagraphsTests
{
    [SkippableTheory]
    [InlineData("theme-unit-test-data.xml", 40)]
    [InlineData("a11y-unit-test-data.xml", 40)]
    public async Task Classic_content_gets_the_paragraphs_and_line_breaks_WordPress_gives_it(string corpus, int atLeast)
    {
        NodeTools.SkipUnlessInstalled("autop", "FOLIO_REQUIRE_AUTOP");
        var classic = ClassicContents(corpus);
        Assert.True(classic.Count >= atLeast, $"{corpus} has {classic.Count} classic posts and pages.");

        var wordPress = await NodeTools.RunAsync("autop", "autop.mjs", JsonSerializer.Serialize(classic.Select(c => c.Content)));

        var differ = classic.Zip(wordPress.EnumerateArray().Select(text => text.GetString()!))
            .Where(pair => AutoParagraphs.Apply(pair.First.Content) != pair.Second)
            .Select(pair => $"“{pair.First.Title}”:\nFolio:     {AutoParagraphs.Apply(pair.First.Content)}\nWordPress: {pair.Second}")
            .ToList();
        Assert.True(differ.Count == 0, string.Join("\n\n", differ));
    }

    [Fact]
    public void Text_that_runs_into_a_list_gets_no_line_break_between_the_items()
    {
        var html = AutoParagraphs.Apply("Shopping:\n<ul>\n<li>bread</li>\n<li>milk</li>\n</ul>\nThat is all.");

        Assert.Equal("<p>Shopping:</p>\n<ul>\n<li>bread</li>\n<li>milk</li>\n</ul>\n<p>That is all.</p>\n", html);
    }

    /// <summary>The posts and pages of a corpus file written in the classic editor (no block comments), with their titles.</summary>
    private static List<(string Title, string Content)> ClassicContents(string corpus)
    {
        var items = XDocument.Load(RepositoryFiles.PathOf("tests", "Folio.Tests", "WordPress", "Corpus", corpus)).Root!.Element("channel")!.Elements("item");
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        return items
            .Where(item => item.Elements().Any(e => e.Name.LocalName == "post_type" && e.Value is "post" or "page"))
            .Select(item => ((string)item.Element("title")!, (string?)item.Element(content + "encoded") ?? ""))
            .Where(post => post.Item2.Trim().Length > 0 && !post.Item2.Contains("<!-- wp:", StringComparison.Ordinal))
            .ToList();
    }
}
