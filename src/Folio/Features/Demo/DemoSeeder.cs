using System.Security.Cryptography;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Demo;

/// <summary>
/// Creates, on first start, the demo site of docs/contract.md: site <c>demo</c> administered by
/// <c>demo@example.com</c>, whose latest post is the seed page's curated article; and beside it
/// the same blogger's sites in Russian and Armenian (<see cref="DemoLanguageSites"/>).
/// </summary>
public sealed class DemoSeeder(
    FolioDbContext db,
    CreateAccountHandler createAccount,
    CreateSiteHandler createSite,
    SavePostHandler savePost,
    IOptions<FolioOptions> options,
    TimeProvider clock,
    DemoWelcome welcome)
{
    public const string Slug = "demo";
    public const string BloggerEmail = "demo@example.com";
    public const string OriginalUrl = "https://news.example.org/articles/armenian-and-russian-security-council-secretaries-discuss-lasting-peace";
    public const string SourceName = "Example News Wire";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Sites.AnyAsync(s => s.Slug == Slug, cancellationToken)) return;

        var password = options.Value.DemoPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        // All or nothing: a process killed half-way through leaves no demo blogger without a site, which would stop every later start.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var blogger = await createAccount.HandleAsync(new CreateAccount(BloggerEmail, password, "Demo Blogger"), cancellationToken);
        if (blogger.Account is null) throw new InvalidOperationException("Could not create the demo blogger: " + string.Join(" ", blogger.Errors));

        var site = await createSite.HandleAsync(new CreateSite(Slug, "Regional News Digest", blogger.Account.Id,
            "Security, diplomacy and the region, reposted with credit to the original"), cancellationToken);
        if (site.Site is null) throw new InvalidOperationException("Could not create the demo site: " + site.Error);
        await db.Sites.Where(s => s.Id == site.Site.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PostsPerPage, 3), cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        await SaveAllAsync(DemoPosts(blogger.Account.Id, now), cancellationToken);
        foreach (var languageSite in DemoLanguageSites.All)
        {
            var created = await createSite.HandleAsync(
                new CreateSite(languageSite.Slug, languageSite.Title, blogger.Account.Id, languageSite.Tagline) { Language = languageSite.Language, TimeZone = languageSite.TimeZone }, cancellationToken);
            if (created.Site is null) throw new InvalidOperationException($"Could not create the demo site {languageSite.Slug}: {created.Error}");
            await SaveAllAsync(languageSite.Posts.Select(post =>
                Published(blogger.Account.Id, now.AddDays(-post.DaysAgo), post.Title, post.Markdown, post.Categories, post.Tags)), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        welcome.AnnounceOnceListening(generated ? password : null);
    }

    /// <summary>Saves the posts on the site <see cref="CreateSiteHandler"/> made current last.</summary>
    private async Task SaveAllAsync(IEnumerable<SavePost> posts, CancellationToken cancellationToken)
    {
        foreach (var post in posts)
        {
            var saved = await savePost.HandleAsync(post, cancellationToken);
            if (!saved.Succeeded) throw new InvalidOperationException("Could not create a demo post: " + string.Join(" ", saved.Errors));
        }
    }

    private static IEnumerable<SavePost> DemoPosts(long authorId, DateTime now)
    {
        yield return Published(authorId, now.AddDays(-9), "Welcome to the Regional News Digest",
            """
            This site gathers reporting on security and diplomacy in the region and reposts it with
            **clear credit to the original publication**. Every repost ends with a link to the
            article it came from, so you can always read the source in full.

            Replies are open on every post: tell us what we missed.
            """, ["About"], ["Folio"]);
        yield return Published(authorId, now.AddDays(-7), "How we credit the original",
            """
            A repost here always names where it came from:

            1. a link to the original article, at the end of the post;
            2. the name of the publication that first ran it;
            3. machine-readable metadata (`isBasedOn`) so that search engines know it too.

            When we repost an article whole, its canonical link points to the original.
            """, ["About"], ["Curation", "Folio"]);
        yield return Published(authorId, now.AddDays(-5), "Follow us by feed",
            """
            Every page of this site has a feed. Subscribe to [all posts](/feed/) in any feed reader,
            or only to a category, such as [Security](/category/security/feed/). Atom
            (`/feed/atom/`) and JSON Feed (`/feed/json/`) are there too.
            """, ["About"], ["Feeds"]);
        yield return Published(authorId, now.AddDays(-2), "What to watch: border delimitation talks",
            """
            Delimitation is the drawing of a border on paper by agreement; demarcation is the
            marking of that line on the ground. Both sides in the region have said they are ready
            to begin. We will repost the official statements as they come, each linked to its source.
            """, ["Security"], ["Armenia", "Borders"]);

        // A page, so that the site's menu has somewhere to lead from the start.
        yield return Published(authorId, now.AddDays(-10), "About",
            """
            The Regional News Digest follows security and diplomacy in the South Caucasus and
            around it. We repost the reporting that matters, always with a link to where it first
            ran, and add a line of context where it helps.

            Write to us in the replies under any post.
            """, [], []) with { Kind = PostKind.Page };

        var article = SeedArticle.Load();
        yield return Published(authorId, now.AddMinutes(-1), article.Title, string.Join("\n\n", article.Paragraphs),
            ["Security", "Diplomacy"], ["Armenia", "Russia", "CSTO", "South Caucasus"]) with
        {
            OriginalUrl = OriginalUrl,
            SourceName = SourceName,
        };
    }

    private static SavePost Published(long authorId, DateTime at, string title, string markdown, string[] categories, string[] tags) => new()
    {
        AuthorId = authorId,
        Title = title,
        Body = markdown,
        Status = PostStatus.Published,
        PublishedAt = at,
        Categories = categories,
        Tags = tags,
    };
}
