using System.IO.Compression;
using System.Net;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.WordPress;
using Folio.Infrastructure.Localization;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.People;

/// <summary>
/// "Download your posts and pages": a zip with one WordPress export file per site the person
/// wrote on, each holding their own posts and pages alone (drafts included: they are theirs),
/// which Folio's own WXR reader and importer take back as they are.
/// </summary>
public sealed class AccountWxrExportTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static readonly Localizer Words = new(Catalogues.Shipped());

    [Fact]
    public async Task The_zip_holds_a_file_per_site_with_the_persons_own_posts_that_reads_and_imports_back()
    {
        var ownerA = await app.CreateSiteAsync("wxr-a", "Site A");
        var ownerB = await app.CreateSiteAsync("wxr-b", "Site B");
        await app.CreateSiteAsync("wxr-c", "Site C");
        var writer = await app.AddMemberAsync("wxr-a", "wxr-writer@example.com", SiteRole.Author);
        await app.QuerySiteAsync("wxr-b", async db =>
        {
            db.SiteMembers.Add(new SiteMember { AccountId = writer, Role = SiteRole.Author, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        await app.SavePostAsync("wxr-a", new SavePost { AuthorId = writer, Title = "Writer's published post", Body = "Out there.", Status = PostStatus.Published, Categories = ["Travel"] });
        await app.SavePostAsync("wxr-a", new SavePost { AuthorId = writer, Title = "Writer's draft", Body = "Not yet.", Status = PostStatus.Draft });
        await app.SavePostAsync("wxr-a", new SavePost { AuthorId = ownerA, Title = "Owner's secret draft", Body = "Nobody else's.", Status = PostStatus.Draft, Categories = ["Hidden plans"] });
        await app.SavePostAsync("wxr-b", new SavePost { AuthorId = writer, Kind = PostKind.Page, Title = "Writer's page on B", Body = "A page.", Status = PostStatus.Published });
        await app.SavePostAsync("wxr-b", new SavePost { AuthorId = ownerB, Title = "Owner B's post", Body = "Theirs.", Status = PostStatus.Published });
        await app.SavePostAsync("wxr-c", new SavePost { AuthorId = await app.QuerySiteAsync("wxr-c", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync()), Title = "Site C's post", Body = "Elsewhere.", Status = PostStatus.Draft });

        var browser = await app.SignedInClientAsync("localhost", "wxr-writer@example.com");
        Assert.Contains(AccountWxrExport.Path, (await browser.GetDocumentAsync("/account/")).Body!.InnerHtml);
        var response = await browser.GetAsync(AccountWxrExport.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(["wxr-a", "wxr-b"], zip.Entries.Select(e => e.Name.Split('.')[0]).Order());

        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            await using var stream = entry.Open();
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[entry.Name.Split('.')[0]] = copy.ToArray();
        }
        var (itemsA, authorsA) = await ReadAsync(files["wxr-a"]);
        Assert.Equal(["Writer's draft", "Writer's published post"], itemsA.Select(i => i.Title).Order());
        Assert.Equal(["wxr-writer"], authorsA.Select(a => a.DisplayName));
        var textA = System.Text.Encoding.UTF8.GetString(files["wxr-a"]);
        foreach (var secret in new[] { "Owner's secret draft", "Hidden plans", "owner-of-wxr-a@example.com", "Site C" }) Assert.DoesNotContain(secret, textA);
        var (itemsB, _) = await ReadAsync(files["wxr-b"]);
        Assert.Equal("page", Assert.Single(itemsB).Type);

        // And back in: Folio imports the file as WordPress would, into another site.
        var importer = await app.CreateSiteAsync("wxr-import", "Imported");
        var path = Path.Combine(app.Database.DataDirectory, $"wxr-a-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, files["wxr-a"]);
        var imported = await app.ForSiteAsync("wxr-import", services => services.GetRequiredService<ImportWxrHandler>().HandleAsync(new ImportWxr(path, importer, []), null, CancellationToken.None));
        Assert.Empty(imported.Errors);
        var titles = await app.QuerySiteAsync("wxr-import", db => db.Posts.Select(p => new { p.Title, p.Status }).ToListAsync());
        Assert.Contains(titles, p => p.Title == "Writer's published post" && p.Status == PostStatus.Published);
        Assert.Contains(titles, p => p.Title == "Writer's draft" && p.Status == PostStatus.Draft);
        Assert.Contains("Travel", await app.QuerySiteAsync("wxr-import", db => db.Categories.Select(c => c.Name).ToListAsync()));

        Assert.NotEqual(HttpStatusCode.OK, (await app.ClientFor("localhost").GetAsync(AccountWxrExport.Path)).StatusCode);
    }

    private static async Task<(List<WxrItem> Items, List<WxrAuthor> Authors)> ReadAsync(byte[] file)
    {
        var survey = await WxrReader.SurveyAsync(new MemoryStream(file), Words, CancellationToken.None);
        Assert.Equal("1.2", survey.Version);
        var entries = new List<WxrEntry>();
        await foreach (var entry in WxrReader.ReadAsync(new MemoryStream(file), Words, CancellationToken.None)) entries.Add(entry);
        return (entries.OfType<WxrItem>().ToList(), entries.OfType<WxrAuthor>().ToList());
    }
}
