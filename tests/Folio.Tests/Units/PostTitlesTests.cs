using Folio.Features.Posts;
using Microsoft.AspNetCore.Html;

namespace Folio.Tests.Units;

/// <summary>Titles as headings show: WordPress's inline markup kept, anything else as the text it is.</summary>
public sealed class PostTitlesTests
{
    [Theory]
    [InlineData("Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>", "Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>")]
    [InlineData("I <3 C# & <div>s", "I &lt;3 C# &amp; &lt;div&gt;s")]
    [InlineData("<em onmouseover=\"alert(1)\">Hover</em>", "&lt;em onmouseover=\"alert(1)\"&gt;Hover")] // a tag with attributes is text; the stray end tag is dropped
    [InlineData("<script>alert(1)</script> <i>safe</i>", "&lt;script&gt;alert(1)&lt;/script&gt; <i>safe</i>")]
    [InlineData("An <em>unclosed emphasis", "An <em>unclosed emphasis</em>")] // closed, so it cannot run into the page
    public void A_heading_shows_inline_tags_and_everything_else_as_text(string title, string html)
    {
        Assert.Equal(html, Render(PostTitles.Html(title)));
    }

    [Theory]
    [InlineData("Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>", "Markup: Title With Markup")]
    [InlineData("I <3 C# & <div>s", "I <3 C# & <div>s")]
    public void Text_places_get_the_title_without_its_tags(string title, string text)
    {
        Assert.Equal(text, PostTitles.Text(title));
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
