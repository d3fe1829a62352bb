using System.Net;
using System.Net.Http.Headers;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

public sealed class ImportExportDashboardTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    [Fact]
    public async Task An_administrator_uploads_a_WordPress_export_sees_the_summary_and_downloads_the_site()
    {
        await app.CreateSiteAsync("dashwxr", "Dash WXR");
        var client = await app.SignedInClientAsync("dashwxr.localhost", "owner-of-dashwxr@example.com");
        var page = await client.GetDocumentAsync("/admin/import/");
        Assert.Contains(page.QuerySelectorAll(".admin-bar a"), a => a.TextContent == "Import and export" && a.GetAttribute("href") == "/admin/import/");
        var label = page.QuerySelectorAll("label").Single(l => l.TextContent == "WordPress export file");
        Assert.Equal("file", page.GetElementById(label.GetAttribute("for")!)!.GetAttribute("type"));
        Assert.Contains(page.QuerySelectorAll("button"), b => b.TextContent == "Import");
        var download = page.QuerySelectorAll("a").Single(a => a.TextContent == "Download export file").GetAttribute("href")!;

        var imported = await UploadAsync(client, app.SampleFile());

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var summary = (await Html.ParseAsync(imported)).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Posts: 5 imported", summary);
        Assert.Contains("Comments: 5 imported", summary);
        Assert.Equal(6, (await app.PostsAsync("dashwxr")).Count);

        var export = await client.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".xml", export.Content.Headers.ContentDisposition.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("Harbour plan approved", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_hostile_upload_is_refused_with_what_to_do_next()
    {
        await app.CreateSiteAsync("dashhostile", "Dash hostile");
        var client = await app.SignedInClientAsync("dashhostile.localhost", "owner-of-dashhostile@example.com");

        var response = await UploadAsync(client, app.SampleFile("billion-laughs.xml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var alert = (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("declares a DTD", alert);
        Assert.Contains("export again from WordPress", alert);
        Assert.Empty(await app.PostsAsync("dashhostile"));
    }

    [Fact]
    public async Task Only_administrators_import_or_export()
    {
        await app.CreateSiteAsync("dashrole", "Dash role");
        await app.AddMemberAsync("dashrole", "editor@dashrole.example", SiteRole.Editor);
        var editor = await app.SignedInClientAsync("dashrole.localhost", "editor@dashrole.example");
        var anonymous = app.ClientFor("dashrole.localhost");

        foreach (var client in new[] { editor, anonymous })
        foreach (var path in new[] { "/admin/import/", "/admin/export/wxr/" })
        {
            var response = await client.GetAsync(path);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Unauthorized });
            if (response.StatusCode == HttpStatusCode.Redirect) Assert.DoesNotContain(path, response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_Russian_speaker_reads_the_summary_and_the_refusals_in_Russian_keeping_the_author_map()
    {
        await app.CreateSiteAsync("dashru", "Dash RU");
        var client = await app.SignedInClientAsync("dashru.localhost", "owner-of-dashru@example.com");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var refused = await UploadAsync(client, app.SampleFile(), "harbour=nobody@dashru.example");
        var hostile = await UploadAsync(client, app.SampleFile("billion-laughs.xml"));
        var imported = await UploadAsync(client, app.SampleFile());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("nobody@dashru.example (для автора WordPress «harbour») не участвует в этом сайте.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("harbour=nobody@dashru.example", page.QuerySelector("#wxr-authors")!.TextContent);
        Assert.Contains("Отклонено: в файле объявлен DTD", (await Html.ParseAsync(hostile)).QuerySelector("[role=alert]")!.TextContent);
        var summary = (await Html.ParseAsync(imported)).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Записи: 5 импортировано", summary);
        Assert.Contains("Комментарии: 5 импортировано", summary);
        Assert.Contains("Экспорт WordPress (WXR 1.2)", summary);
    }

    /// <summary>Posts the upload form as a browser does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string authorMap = "")
    {
        var page = await client.GetDocumentAsync("/admin/import/");
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[type=file]") is not null);
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(authorMap), "AuthorMap" },
            { file, "ExportFile", "export.xml" },
        };
        return await client.PostAsync(form.GetAttribute("action")!, content);
    }
}
