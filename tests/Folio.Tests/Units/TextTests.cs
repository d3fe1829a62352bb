using System.Xml;
using Folio.Features.Demo;
using Folio.Features.Posts;
using Folio.Infrastructure;

namespace Folio.Tests.Units;

public sealed class TextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0000b\u0008c\u000Bd", "abcd")]
    [InlineData("tab\tnew\nline\r", "tab\tnew\nline\r")]
    [InlineData("emoji \uD83D\uDE00 ok", "emoji \uD83D\uDE00 ok")]
    [InlineData("markup & <b> ]]>", "markup & <b> ]]>")]
    public void Xml_chars_drops_only_what_xml_cannot_carry(string text, string expected)
    {
        var clean = XmlChars.Clean(text);
        Assert.Equal(expected, clean);
        XmlConvert.VerifyXmlChars(clean);
    }

    [Fact]
    public void Xml_chars_drops_a_lone_surrogate()
    {
        // Not theory data: xunit would replace the lone surrogate while serialising the case.
        Assert.Equal("lone  surrogate", XmlChars.Clean("lone \uD83D surrogate"));
    }

    [Theory]
    [InlineData("<p>One</p><p>Two</p>", 100, "One Two")]
    [InlineData("<p>The quick brown fox jumps</p>", 15, "The quick brown…")]
    [InlineData("<p>A&amp;B <em>emphasis</em></p>", 100, "A&B emphasis")]
    public void Plain_text_of_html_reads_naturally(string html, int max, string expected) =>
        Assert.Equal(expected, PostBodyRenderer.ToPlainText(html, max));

    [Fact]
    public void Seed_page_yields_its_title_and_paragraphs_without_the_page_furniture()
    {
        var article = SeedArticle.Load();

        Assert.Equal("Secretaries of Armenian and Russian Security Councils discuss perspectives of lasting peace in the\u00A0region", article.Title);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.StartsWith("Secretary of the Armenian Security Council Armen Grigoryan held a meeting", article.Paragraphs[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Read original article") || p.Contains("Leave a Reply"));
    }
}
