using Folio.Features.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>Hostile names, websites and bodies are inert on every surface that shows them.</summary>
public sealed class CommentXssTests(CommentSite site) : IClassFixture<CommentSite>
{
    public static TheoryData<string, string, string> Attacks => new()
    {
        { "<script>alert('name')</script>", "https://ok.example", "plain body" },
        { "Eve\" onmouseover=\"alert(1)", "https://ok.example", "quotes in the name" },
        { "Mallory", "javascript:alert(1)", "javascript in the website" },
        { "Mallory", "JaVaScRiPt:alert(1)", "mixed-case javascript website" },
        { "Mallory", "data:text/html,<script>alert(1)</script>", "data URL website" },
        { "Trent", "https://ok.example", "<script>alert(1)</script>" },
        { "Trent", "https://ok.example", "<img src=x onerror=alert(1)>" },
        { "Trent", "https://ok.example", "[click](javascript:alert(1))" },
        { "Trent", "https://ok.example", "[click](  JAVASCRIPT:alert(1) )" },
        { "Trent", "https://ok.example", "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>" },
        { "Trent", "https://ok.example", "<svg><script>alert(1)</script></svg>" },
        { "Trent", "https://ok.example", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>" },
        { "Trent", "https://ok.example", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>" },
        { "Trent", "https://ok.example", "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Hostile_comment_is_inert_on_the_post_and_in_the_moderation_queue(string name, string website, string body)
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), body, name: name, email: $"{Guid.NewGuid():N}@example.com", url: website);
        if (response.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity)
        {
            // Refused outright (a javascript: or data: website): nothing stored, the page stays inert.
            await AssertInertAsync(await Html.ParseAsync(response));
            return;
        }
        var id = CommentSite.CommentIdIn(response);
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([id], CommentStatus.Approved));

        var post = await site.Reader().GetDocumentAsync(site.PostPath);
        var comment = post.QuerySelector($"#comment-{id}")!;
        Assert.Equal(name, comment.QuerySelector(".comment-author")!.TextContent.Trim());
        await AssertInertAsync(post);

        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");
        await AssertInertAsync(await moderator.GetDocumentAsync("/admin/comments/?status=approved"));
    }

    private static Task AssertInertAsync(AngleSharp.Dom.IDocument page)
    {
        Assert.All(page.QuerySelectorAll("body script"), script => Assert.Contains("/js/", script.GetAttribute("src") ?? "inline script"));
        Assert.Empty(page.QuerySelectorAll("iframe, svg, math, body style, object, embed"));
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} {attribute.Name}={attribute.Value}");
                    Assert.False(value.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} {attribute.Name}={attribute.Value}");
                }
            }
        }
        return Task.CompletedTask;
    }
}
