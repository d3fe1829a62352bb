using System.Reflection;
using Folio.Features.Comments;
using Folio.Features.Posts;

namespace Folio.Tests.Units;

/// <summary>The model itself sanitises a body as it is set: no caller can put other HTML in a post or a comment.</summary>
public sealed class StoredBodyTests
{
    private const string Attack = """<p>Kept</p><script>alert(1)</script><img src="x" onerror="alert(1)">""";

    [Theory]
    [InlineData(typeof(Post), nameof(Post.Body))]
    [InlineData(typeof(Post), nameof(Post.BodyFormat))]
    [InlineData(typeof(Post), nameof(Post.BodyHtml))]
    [InlineData(typeof(Comment), nameof(Comment.BodyHtml))]
    public void The_html_and_what_it_is_made_from_cannot_be_set_from_outside(Type entity, string property)
    {
        var setter = entity.GetProperty(property)!.SetMethod;

        Assert.True(setter is null || !setter.IsPublic, $"{entity.Name}.{property} has a public setter.");
    }

    [Fact]
    public void A_post_body_is_made_only_by_rendering_and_sanitising()
    {
        Assert.Empty(typeof(PostBody).GetConstructors(BindingFlags.Public | BindingFlags.Instance));

        var post = new Post { Title = "t", Slug = "t" };
        post.SetBody(PostBody.Render(Attack, BodyFormat.Html));

        Assert.Equal(Attack, post.Body);
        Assert.Equal("<p>Kept</p><img src=\"x\">", post.BodyHtml);
    }

    [Fact]
    public void Setting_a_comments_words_sanitises_its_html()
    {
        var comment = new Comment { Body = Attack };

        Assert.Equal(Attack, comment.Body);
        Assert.DoesNotContain("script", comment.BodyHtml);
        Assert.DoesNotContain("onerror", comment.BodyHtml);
        Assert.Contains("Kept", comment.BodyHtml);
    }
}
