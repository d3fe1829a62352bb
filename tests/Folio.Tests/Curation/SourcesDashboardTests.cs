using System.Net;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class SourcesDashboardTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task An_editor_adds_a_source_fetches_it_edits_its_rules_reads_its_log_and_deletes_it()
    {
        await app.CreateSiteAsync("dash", "Dash");
        await app.AddMemberAsync("dash", "editor@dash.example", SiteRole.Editor);
        app.Feeds.ServeRss("/dash/feed.xml", "Dash News",
            new TestItem("d-1", "Dashboard story", "http://dash.example/1", "A teaser.", DateTimeOffset.UtcNow.AddHours(-1)),
            new TestItem("d-2", "Ancient story", "http://dash.example/2", "A teaser.", DateTimeOffset.UtcNow.AddDays(-100)));
        var client = await app.SignedInClientAsync("dash.localhost", "editor@dash.example");

        var added = await client.PostFormAsync("/admin/sources/?handler=Add", new() { ["Address"] = app.Feeds.Url("/dash/feed.xml"), ["Mode"] = "Publish" }, "/admin/sources/");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await client.GetDocumentAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Added Dash News", list.QuerySelector("[role=status]")!.TextContent);
        var fetchAction = list.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.StartsWith("Fetch now") == true).GetAttribute("action")!;

        var fetched = await client.PostFormAsync(fetchAction, [], "/admin/sources/");
        var afterFetch = await client.GetDocumentAsync(fetched.Headers.Location!.OriginalString);
        Assert.Contains("1 imported, 1 skipped", afterFetch.QuerySelector("[role=status]")!.TextContent);

        var detailPath = afterFetch.QuerySelectorAll("table.sources a").Single(a => a.TextContent == "Dash News").GetAttribute("href")!;
        var detail = await client.GetDocumentAsync(detailPath);
        var log = detail.QuerySelector("table.source-log")!.TextContent;
        Assert.Contains("Imported", log);
        Assert.Contains("TooOld", log);
        Assert.Contains("100 days ago", log);

        var fields = detail.QuerySelectorAll("form[method=post] [name^='Rules.']")
            .Where(field => field.GetAttribute("type") is not ("checkbox" or "hidden"))
            .ToDictionary(field => field.GetAttribute("name")!, field => field.GetAttribute("value") ?? field.TextContent);
        fields["Rules.Name"] = "Dash Daily";
        fields["Rules.ExcludeWords"] = "sport";
        var saved = await client.PostFormAsync(detailPath, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var source = (await app.QuerySiteAsync("dash", db => db.Sources.AsNoTracking().SingleAsync()));
        Assert.Equal(("Dash Daily", "sport"), (source.Name, source.ExcludeWords));

        var deleteAction = afterFetch.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.StartsWith("Delete") == true).GetAttribute("action")!;
        var deleted = await client.PostFormAsync(deleteAction, [], "/admin/sources/");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("No sources yet", (await client.GetDocumentAsync("/admin/sources/")).Body!.TextContent);
        Assert.Single(await app.PostsAsync("dash")); // the post it made stays
    }

    [Fact]
    public async Task A_refused_address_is_explained_on_the_page()
    {
        await app.CreateSiteAsync("dashrefuse", "Dash refuse");
        app.Feeds.Serve("/dashrefuse/", "text/html", "<!DOCTYPE html><html><head><title>x</title></head><body>No feeds here</body></html>");
        var client = await app.SignedInClientAsync("dashrefuse.localhost", "owner-of-dashrefuse@example.com");

        var response = await client.PostFormAsync("/admin/sources/?handler=Add", new() { ["Address"] = app.Feeds.Url("/dashrefuse/"), ["Mode"] = "Draft" }, "/admin/sources/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("No feed found", (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Authors_cannot_manage_sources()
    {
        await app.CreateSiteAsync("dashauthor", "Dash author");
        await app.AddMemberAsync("dashauthor", "author@dash.example", SiteRole.Author);
        var client = await app.SignedInClientAsync("dashauthor.localhost", "author@dash.example");

        var response = await client.GetAsync("/admin/sources/");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.DoesNotContain("/admin/sources/", response.Headers.Location!.AbsolutePath);
    }
}
