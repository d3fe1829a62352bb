using System.Net;
using System.Xml.Linq;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>
/// A post's old slugs and dates on WordPress (<c>_wp_old_slug</c>, <c>_wp_old_date</c>) lead to
/// it after the move as they did before, and a Folio export hands them back.
/// </summary>
public sealed class WxrOldAddressTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    private const string Current = "/2020/01/15/harbour-plan-approved/";

    /// <summary>The sample export, its harbour post once called "harbor-plan" and "план", and once dated a day earlier.</summary>
    private string ExportWithOldAddresses()
    {
        var file = app.SampleFile();
        const string name = "<wp:post_name><![CDATA[harbour-plan-approved]]></wp:post_name>";
        File.WriteAllText(file, File.ReadAllText(file).Replace(name, name + """
            <wp:postmeta><wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key><wp:meta_value><![CDATA[harbor-plan]]></wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key><wp:meta_value><![CDATA[%d0%bf%d0%bb%d0%b0%d0%bd]]></wp:meta_value></wp:postmeta>
            <wp:postmeta><wp:meta_key><![CDATA[_wp_old_date]]></wp:meta_key><wp:meta_value><![CDATA[2020-01-14]]></wp:meta_value></wp:postmeta>
            """));
        return file;
    }

    [Fact]
    public async Task Old_slugs_from_WordPress_lead_to_the_post()
    {
        var owner = await app.CreateSiteAsync("oldslugs", "Old slugs");
        await app.ImportAsync("oldslugs", owner, ExportWithOldAddresses());
        var reader = app.ClientFor("oldslugs.localhost");

        foreach (var (from, to) in new[]
        {
            ("/2020/01/15/harbor-plan/", Current),
            ("/2020/01/15/%D0%BF%D0%BB%D0%B0%D0%BD/", Current),
            ("/2020/01/15/harbor-plan/feed/", Current + "feed/"),
            ("/2020/01/14/harbour-plan-approved/", Current),
        })
        {
            var response = await reader.GetAsync(from);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from} answered {(int)response.StatusCode}");
            Assert.Equal(to, response.Headers.Location!.OriginalString);
        }
        var post = (await app.PostsWithTermsAsync("oldslugs")).Single(p => p.Slug == "harbour-plan-approved");
        Assert.DoesNotContain(post.CustomFields, field => field.Key.StartsWith("_wp_old"));
        Assert.Equal(3, await app.QuerySiteAsync("oldslugs", db => db.PostOldPaths.CountAsync(o => o.PostId == post.Id)));
    }

    [Fact]
    public async Task A_Folio_export_hands_old_slugs_and_dates_back_to_the_next_import()
    {
        var owner = await app.CreateSiteAsync("oldfirst", "First home");
        await app.ImportAsync("oldfirst", owner, ExportWithOldAddresses());

        var exported = await app.ExportAsync("oldfirst");

        XNamespace wp = "http://wordpress.org/export/1.2/";
        var item = XDocument.Load(exported).Descendants("item").Single(i => i.Element(wp + "post_name")?.Value == "harbour-plan-approved");
        var meta = item.Elements(wp + "postmeta").Select(m => (m.Element(wp + "meta_key")!.Value, m.Element(wp + "meta_value")!.Value)).ToList();
        Assert.Contains(("_wp_old_slug", "harbor-plan"), meta);
        Assert.Contains(("_wp_old_slug", "%d0%bf%d0%bb%d0%b0%d0%bd"), meta);
        Assert.Contains(("_wp_old_date", "2020-01-14"), meta);

        var next = await app.CreateSiteAsync("oldsecond", "Second home");
        await app.ImportAsync("oldsecond", next, exported);
        var response = await app.ClientFor("oldsecond.localhost").GetAsync("/2020/01/15/harbor-plan/");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Current, response.Headers.Location!.OriginalString);
    }
}
