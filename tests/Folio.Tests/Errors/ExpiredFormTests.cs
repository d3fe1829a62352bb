using System.Net;
using Folio.Data;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Folio.Tests.Errors;

/// <summary>
/// A form sent with an expired antiforgery token answers "This form expired" with what was typed
/// (never a password) in a fresh form that sends it again.
/// </summary>
public sealed class ExpiredFormTests(ExpiredFormTests.DeskSite site) : IClassFixture<ExpiredFormTests.DeskSite>
{
    public sealed class DeskSite : FolioApp, IAsyncLifetime
    {
        public const string Host = "expired.localhost";
        public const string Writer = "writer@expired.example";

        public async Task InitializeAsync()
        {
            await CreateSiteAsync("expired", "Expired Desk");
            await AddMemberAsync("expired", Writer, SiteRole.Author);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>A token from before the keys changed, or from another reader: what a form left open too long sends.</summary>
    private const string StaleToken = "CfDJ8-a-token-that-expired-long-ago";

    [Fact]
    public async Task An_expired_post_editor_form_keeps_the_title_and_body_and_sends_them_again()
    {
        var client = await site.SignedInClientAsync(DeskSite.Host, DeskSite.Writer);
        const string body = "First paragraph of a long post.\n\nSecond paragraph <script>alert('x')</script> & more.";
        var expired = await client.PostAsync("/admin/posts/new/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = StaleToken, ["Input.Kind"] = "Post", ["Input.Title"] = "Written before lunch \"quoted\"",
            ["Input.Body"] = body, ["Input.BodyFormat"] = "Markdown", ["action"] = "Publish",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        var page = await Html.ParseAsync(expired);
        Assert.Equal("This form expired", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main script"));
        var form = page.QuerySelector("main form[method=post]")!;
        Assert.Equal("/admin/posts/new/", form.GetAttribute("action"));
        Assert.Equal("Written before lunch \"quoted\"", form.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(body, form.QuerySelector("textarea[name='Input.Body']")!.TextContent.ReplaceLineEndings("\n"));

        var resent = await client.PostAsync("/admin/posts/new/", new FormUrlEncodedContent(FieldsOf(form)));

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var saved = await site.ForSiteAsync("expired", services => services.GetRequiredService<FolioDbContext>().Posts.SingleAsync(post => post.Title == "Written before lunch \"quoted\""));
        Assert.NotNull(saved.PublishedAt);
    }

    [Fact]
    public async Task An_expired_log_in_form_keeps_the_email_and_asks_for_the_password_again()
    {
        var client = site.ClientFor(DeskSite.Host);
        var expired = await client.PostAsync("/login/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = StaleToken, ["email"] = DeskSite.Writer, ["password"] = FolioApp.MemberPassword, ["returnUrl"] = "/admin/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.DoesNotContain(FolioApp.MemberPassword, await expired.Content.ReadAsStringAsync());
        var form = (await Html.ParseAsync(expired)).QuerySelector("main form[method=post]")!;
        Assert.Equal(DeskSite.Writer, form.QuerySelector("input[name=email]")!.GetAttribute("value"));
        var password = form.QuerySelector("input[name=password]")!;
        Assert.Equal("password", password.GetAttribute("type"));
        Assert.Null(password.GetAttribute("value"));
        Assert.True(password.HasAttribute("required"));

        var fields = FieldsOf(form);
        fields["password"] = FolioApp.MemberPassword;
        var resent = await client.PostAsync("/login/", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal("/admin/", resent.Headers.Location!.OriginalString);
    }

    /// <summary>What a browser sends for the form as it stands.</summary>
    private static Dictionary<string, string> FieldsOf(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input[name], textarea[name]").GroupBy(field => field.GetAttribute("name")!)
            .ToDictionary(group => group.Key, group => group.Last() is { LocalName: "textarea" } area ? area.TextContent : group.Last().GetAttribute("value") ?? "");
}
