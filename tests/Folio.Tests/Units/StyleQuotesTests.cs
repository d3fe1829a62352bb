using System.Net;
using Folio.Features.Posts;

namespace Folio.Tests.Units;

public sealed class StyleQuotesTests
{
    [Theory]
    [InlineData("color: red", "color: red")]
    [InlineData(@"background: url('bg\28 x\29.jpg')", @"background: url(""bg\28 x\29.jpg"")")]
    [InlineData(@"content: 'it\'s'", @"content: ""it's""")]
    [InlineData(@"content: 'say ""hi""'", @"content: ""say \""hi\""""")]
    [InlineData(@"content: ""it's""; font-family: 'A B'", @"content: ""it's""; font-family: ""A B""")]
    [InlineData(@"/* it's */ color: red", @"/* it's */ color: red")]
    [InlineData(@"content: \'", @"content: \'")]
    public void Single_quoted_strings_get_double_quotes_and_mean_the_same(string css, string expected) =>
        Assert.Equal(expected, StyleQuotes.WithDoubleQuotes(css));

    [Theory]
    [InlineData(@"url('https://x.example/bg\28special\29.jpg')")]
    [InlineData(@"url(""https://x.example/bg\28special\29.jpg"")")]
    [InlineData(@"url(https://x.example/bg\28special\29.jpg)")]
    public void A_CSS_escape_in_a_style_keeps_its_meaning_through_the_sanitiser(string url) =>
        Assert.Equal(@"<p style=""background-image: url(&quot;https://x.example/bg(special).jpg&quot;)"">x</p>",
            PostBodyRenderer.ToSafeHtml($"<p style=\"background-image: {WebUtility.HtmlEncode(url)}\">x</p>", BodyFormat.Html));
}
