using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Curation;
using Folio.Tests.Media;

namespace Folio.Tests.WordPress;

/// <summary>
/// Folio beside a local web server that plays the old WordPress site's uploads folder (loopback
/// fetches allowed, as for curation), with helpers that import through the product's handler and
/// read back what a site holds.
/// </summary>
public sealed class WordPressApp : CurationApp
{
    public const string Sample = "wordpress-export.xml";
    private static readonly string Folder = SamplesFolder();

    public WordPressApp() => Feeds.Serve("/wp-content/uploads/2020/01/harbour.png", "image/png", TestImages.Png(800, 533));

    /// <summary>A sample as it is in the source tree.</summary>
    public static string SampleText(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>A sample file as a file on disk, its <c>{{MEDIA}}</c> pointing at this app's uploads server.</summary>
    public string SampleFile(string name = Sample) => FileOnDisk(name, SampleText(name).Replace("{{MEDIA}}", Feeds.Url("/").TrimEnd('/')));

    /// <summary>
    /// One of WordPress's own test exports (WordPress/Corpus) as a file on disk, its uploads host
    /// pointed at this app's server, which has none of them: the import keeps links to the
    /// originals at once, as it does when the old site is gone, without waiting on the network.
    /// </summary>
    public string CorpusFile(string name) => FileOnDisk(name,
        File.ReadAllText(Path.Combine(Folder, "..", "Corpus", name)).Replace("https://wpthemetestdata.files.wordpress.com", Feeds.Url("/theme-test-data").TrimEnd('/')));

    /// <summary>The text as a file of its own in the data directory, named after <paramref name="name"/>.</summary>
    private string FileOnDisk(string name, string text)
    {
        var path = Path.Combine(Database.DataDirectory, $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        return path;
    }

    public Task<ImportWxrResult> ImportAsync(string slug, long importingAccountId, string path, params string[] authorMap) =>
        ForSiteAsync(slug, services => services.GetRequiredService<ImportWxrHandler>().HandleAsync(new ImportWxr(path, importingAccountId, authorMap), null, CancellationToken.None));

    /// <summary>Exports the site as a file in the data directory, as <c>export wxr</c> does; returns its path.</summary>
    public async Task<string> ExportAsync(string slug)
    {
        var path = Path.Combine(Database.DataDirectory, $"{slug}-{Guid.NewGuid():N}.xml");
        await ForSiteAsync(slug, async services =>
        {
            await using var file = File.Create(path);
            await services.GetRequiredService<WxrExporter>().WriteAsync(file, CancellationToken.None);
            return 0;
        });
        return path;
    }

    public Task<List<Post>> PostsWithTermsAsync(string slug) => ForSiteAsync(slug, services =>
        services.GetRequiredService<FolioDbContext>().Posts.AsNoTracking().AsSplitQuery()
            .Include(p => p.Categories).ThenInclude(c => c.Category).Include(p => p.Tags).ThenInclude(t => t.Tag).Include(p => p.CustomFields)
            .OrderBy(p => p.Id).ToListAsync());

    public Task<List<Comment>> CommentsAsync(string slug) =>
        QuerySiteAsync(slug, db => db.Comments.AsNoTracking().OrderBy(c => c.Id).ToListAsync());

    public Task<List<MediaItem>> MediaAsync(string slug) =>
        QuerySiteAsync(slug, db => db.Media.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<(List<Category> Categories, List<Tag> Tags)> TermsAsync(string slug) => ForSiteAsync(slug, async services =>
    {
        var db = services.GetRequiredService<FolioDbContext>();
        return (await db.Categories.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(), await db.Tags.AsNoTracking().OrderBy(t => t.Slug).ToListAsync());
    });

    /// <summary>The samples under WordPress/Samples, read from the source tree.</summary>
    private static string SamplesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Folio.slnx"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Folio.slnx not found above the test binaries."),
            "tests", "Folio.Tests", "WordPress", "Samples");
    }
}
