using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.Sites;

/// <summary>An administrator sets the site's visibility in Settings, and the cached pages follow at once.</summary>
public sealed class SiteVisibilitySettingTests(FolioApp app) : IClassFixture<FolioApp>
{
    private const string Title = "Lighthouse keeping notes";

    /// <summary>The settings form as the page shows it, with the chosen visibility, as a browser would send it.</summary>
    private static async Task<HttpResponseMessage> SaveVisibilityAsync(HttpClient admin, string visibility)
    {
        var page = await admin.GetDocumentAsync("/admin/settings/");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.QuerySelector("[name=visibility]") is not null);
        var fields = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = field.GetAttribute("name")!;
            switch (field)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false }:
                    continue;
                case IHtmlInputElement input when !fields.ContainsKey(name):
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement text:
                    fields[name] = text.Value ?? "";
                    break;
            }
        }
        fields["visibility"] = visibility;
        return await admin.PostAsync("/admin/settings/", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_administrator_makes_the_site_private_and_public_again_and_the_cached_pages_follow()
    {
        var owner = await app.CreateSiteAsync("beacon", "Beacon");
        await app.SavePostAsync("beacon", new SavePost { AuthorId = owner, Title = Title, Body = "Wicks and oil.", Status = PostStatus.Published });
        var anonymous = app.ClientFor("beacon.localhost");
        Assert.Contains(Title, (await anonymous.GetDocumentAsync("/")).PostTitles());

        var admin = await app.SignedInClientAsync("beacon.localhost", "owner-of-beacon@example.com");
        var form = await admin.GetDocumentAsync("/admin/settings/");
        Assert.Equal(["Public", "ComingSoon", "Private"], form.QuerySelectorAll<IHtmlInputElement>("input[name=visibility]").Select(radio => radio.Value));
        Assert.Equal("Public", form.QuerySelector<IHtmlInputElement>("input[name=visibility]:checked")!.Value);

        var saved = await SaveVisibilityAsync(admin, "Private");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Private", (await admin.GetDocumentAsync("/admin/settings/")).QuerySelector<IHtmlInputElement>("input[name=visibility]:checked")!.Value);
        var closed = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.DoesNotContain(Title, await closed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await SaveVisibilityAsync(admin, "ComingSoon")).StatusCode);
        Assert.Equal("Coming soon", (await anonymous.GetDocumentAsync("/")).QuerySelector("h1")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await SaveVisibilityAsync(admin, "Public")).StatusCode);
        Assert.Contains(Title, (await anonymous.GetDocumentAsync("/")).PostTitles());
    }

    [Fact]
    public async Task A_visibility_that_is_not_one_of_the_three_is_refused_with_a_message()
    {
        await app.CreateSiteAsync("harbour", "Harbour");
        var admin = await app.SignedInClientAsync("harbour.localhost", "owner-of-harbour@example.com");
        var refused = await SaveVisibilityAsync(admin, "Secret");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Choose who may see the site", await refused.Content.ReadAsStringAsync());
        Assert.Equal(SiteVisibility.Public, await app.QuerySiteAsync("harbour", db => db.Sites.Where(s => s.Slug == "harbour").Select(s => s.Visibility).SingleAsync()));
    }
}
