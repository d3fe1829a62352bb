using System.Text.RegularExpressions;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// Tenancy by construction: every row that names a site is filtered to the current site, and the
/// filter is lifted in one place, for a named reason (<see cref="CrossSiteReads"/>).
/// </summary>
public sealed partial class TenancyContractTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Every_entity_with_a_site_id_is_site_owned_and_filtered()
    {
        var loose = await app.ForSiteAsync("demo", services => Task.FromResult(services.GetRequiredService<FolioDbContext>().Model.GetEntityTypes()
            .Where(entity => entity.FindProperty(nameof(ISiteOwned.SiteId)) is not null)
            .Where(entity => !typeof(ISiteOwned).IsAssignableFrom(entity.ClrType) || entity.FindDeclaredQueryFilter(FolioDbContext.TenancyFilter) is null)
            .Select(entity => entity.ClrType.Name)
            .ToList()));

        Assert.Empty(loose);
    }

    [Fact]
    public void Only_CrossSiteReads_lifts_a_query_filter()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "Folio");
        var lifting = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(file => IgnoreQueryFilters().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(source, file))
            .ToList();

        Assert.Equal([Path.Combine("Data", "CrossSiteReads.cs")], lifting);
    }

    [Fact]
    public async Task A_cross_site_read_sees_other_sites_rows_and_an_ordinary_read_does_not()
    {
        var owner = await app.CreateSiteAsync("elsewhere", "Elsewhere");
        await app.SavePostAsync("elsewhere", new SavePost { AuthorId = owner, Title = "Only elsewhere", Body = "Words.", Status = PostStatus.Published });

        var (ordinary, across) = await app.ForSiteAsync("demo", async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            return (await db.Posts.CountAsync(p => p.Title == "Only elsewhere"),
                await db.Posts.AcrossSites(CrossSiteReason.PlatformJob).CountAsync(p => p.Title == "Only elsewhere"));
        });

        Assert.Equal((0, 1), (ordinary, across));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Folio.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside Folio's repository: no Folio.slnx above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.IgnoreQueryFilters\s*\(")]
    private static partial Regex IgnoreQueryFilters();
}
