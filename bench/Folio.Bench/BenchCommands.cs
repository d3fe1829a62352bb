using System.CommandLine;
using System.Security.Cryptography;
using Folio.Data;
using Folio.Features.Cli;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Identity;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Folio.Features.Themes;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Bench;

/// <summary>
/// <c>bench fill</c> and <c>bench dataset</c>: the data that <c>bench/run</c> measures with,
/// written straight into the existing tables in large transactions (SQLite only), since saving a
/// million posts one by one through the handlers would take hours. Nothing else writes this way.
/// </summary>
internal static class BenchCommands
{
    /// <summary>Rows per transaction: big enough to be fast, small enough that a running server gets its turn often.</summary>
    private const int BatchRows = 50_000;

    public static Command Create(IServiceProvider services)
    {
        var owner = new Option<string>("--owner") { Description = "Email of the existing account that administers the new sites and writes their posts.", Required = true };
        var sites = Count("--sites", "How many new sites.", 10);
        var posts = Count("--posts-per-site", "Published posts in each new site.", 100);
        var comments = Count("--comments-per-post", "Approved comments on each post (every fifth a reply).", 5);
        var prefix = new Option<string>("--prefix") { Description = "The new sites are {prefix}-1 … {prefix}-N.", DefaultValueFactory = _ => "bench" };
        var fill = new Command("fill", "Add many sites, posts and comments at once, showing progress (SQLite).") { owner, sites, posts, comments, prefix };
        fill.SetAction((parsed, cancellationToken) => FillAsync(services, parsed.GetValue(owner)!, parsed.GetValue(prefix)!,
            parsed.GetValue(sites), parsed.GetValue(posts), parsed.GetValue(comments), cancellationToken));

        var site = new Argument<string>("site") { Description = "The site's slug." };
        var total = Count("--posts", "Top the site up to this many posts (older than its own).", 1000);
        var discussion = Count("--comments", "Approved comments added to its newest post (every fifth a reply).", 50);
        var likers = Count("--likers", "Accounts that like its newest post (created as liker-N@example.com when missing).", 20);
        var publish = new Option<bool>("--publish-comments") { Description = "Publish new comments on the site at once (no moderation)." };
        var dataset = new Command("dataset", "Give a site the benchmark's shape: many posts, and a newest post with a long discussion and likers (SQLite).")
            { site, total, discussion, likers, publish };
        dataset.SetAction((parsed, cancellationToken) => DatasetAsync(services, parsed.GetValue(site)!, parsed.GetValue(total),
            parsed.GetValue(discussion), parsed.GetValue(likers), parsed.GetValue(publish), cancellationToken));

        return new Command("bench", "Fill a database for benchmarks (bench/README.md).") { fill, dataset };
    }

    private static Option<int> Count(string name, string description, int byDefault)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => byDefault };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError($"{name} cannot be negative.");
        });
        return option;
    }

    private static async Task<int> FillAsync(IServiceProvider services, string ownerEmail, string prefix, int siteCount, int postsPerSite, int commentsPerPost,
        CancellationToken cancellationToken)
    {
        if (NotSqlite(services) is { } refusal) return refusal;
        if (SiteSlug.Problem($"{prefix}-{Math.Max(siteCount, 1)}", services.GetRequiredService<Localizer>()) is { } problem) return AdminCommandLine.Fail([$"--prefix: {problem}"]);
        await using var scope = services.CreateAsyncScope();
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(ownerEmail);
        if (owner is null) return AdminCommandLine.Fail([$"No account has the email {ownerEmail}. Create it first: user create {ownerEmail} --password …"]);
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        if (await db.Sites.AnyAsync(s => s.Slug == $"{prefix}-1", cancellationToken))
            return AdminCommandLine.Fail([$"Sites named {prefix}-… exist already; choose another --prefix."]);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var theme = ThemeCatalog.Find(ThemeCatalog.DefaultName);
        var rows = new BenchRows(seed: 1);
        string? lastPost = null;
        using (var writer = new BulkWriter(db, BatchRows))
        {
            writer.Committed += () => Console.WriteLine(writer.Progress(("sites", siteCount, writer.Count<Site>()),
                ("posts", (long)siteCount * postsPerSite, writer.Count<Post>()), ("comments", (long)siteCount * postsPerSite * commentsPerPost, writer.Count<Comment>())));
            for (var n = 1; n <= siteCount; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var site = new Site
                {
                    Id = writer.NextId<Site>(), Slug = $"{prefix}-{n}", Title = $"Bench site {n}", Theme = theme.Name, AccentColor = theme.DefaultAccent,
                    CreatedAt = now.AddHours(-postsPerSite - 1),
                };
                writer.Add(site);
                writer.Add(new SiteMember { SiteId = site.Id, AccountId = owner.Id, Role = SiteRole.Administrator, CreatedAt = site.CreatedAt });
                for (var p = 1; p <= postsPerSite; p++)
                {
                    var post = rows.Post(writer.NextId<Post>(), site.Id, owner.Id, $"post-{p}", now.AddHours(p - postsPerSite - 1));
                    writer.Add(post);
                    foreach (var comment in rows.Discussion(site.Id, post.Id, commentsPerPost, post.PublishedAt!.Value, writer.NextId<Comment>))
                        writer.Add(comment);
                    lastPost = $"{site.Slug}: {PostPaths.Permalink(post.PublishedLocal!.Value, post.Slug)}";
                }
            }
            writer.Complete();
        }
        Console.WriteLine($"Filled {siteCount:N0} sites ({prefix}-1 … {prefix}-{siteCount}), {(long)siteCount * postsPerSite:N0} posts, {(long)siteCount * postsPerSite * commentsPerPost:N0} comments.");
        if (lastPost is not null) Console.WriteLine($"Newest post of {lastPost}");
        return 0;
    }

    private static async Task<int> DatasetAsync(IServiceProvider services, string slug, int postTotal, int commentCount, int likerCount, bool publishComments,
        CancellationToken cancellationToken)
    {
        if (NotSqlite(services) is { } refusal) return refusal;
        await using var scope = await services.GetRequiredService<IServiceScopeFactory>().ForSiteAsync(slug, cancellationToken);
        if (scope is not { ServiceProvider: var site }) return AdminCommandLine.Fail([$"No site has the address \"{slug}\"."]);
        var db = site.GetRequiredService<FolioDbContext>();
        var siteView = site.GetRequiredService<CurrentSite>().Required;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var authorId = await db.SiteMembers.Where(m => m.Role == SiteRole.Administrator).Select(m => m.AccountId).FirstAsync(cancellationToken);
        var existing = await db.Posts.CountAsync(p => p.Kind == PostKind.Post, cancellationToken);
        var oldest = await db.Posts.MinAsync(p => p.PublishedAt, cancellationToken) ?? now;

        var rows = new BenchRows(seed: 2);
        using (var writer = new BulkWriter(db, BatchRows))
        {
            var missing = Math.Max(0, postTotal - existing);
            writer.Committed += () => Console.WriteLine(writer.Progress(("posts", missing, writer.Count<Post>())));
            // Older than every post of the site, so its newest post stays the newest.
            for (var n = 1; n <= missing; n++)
                writer.Add(rows.Post(writer.NextId<Post>(), siteView.Id, authorId, $"bench-{existing + n}", oldest.AddHours(-n)));
            writer.Complete();
        }

        var newest = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(now)).Where(p => p.Kind == PostKind.Post)
            .OrderByDescending(p => p.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        if (newest is null) return AdminCommandLine.Fail([$"The site {slug} has no published post to discuss."]);
        using (var writer = new BulkWriter(db, BatchRows))
        {
            foreach (var comment in rows.Discussion(siteView.Id, newest.Id, commentCount, newest.PublishedAt!.Value, writer.NextId<Comment>))
                writer.Add(comment);
            writer.Complete();
        }
        await AddLikersAsync(site, newest.Id, likerCount, cancellationToken);
        if (publishComments)
        {
            await db.Sites.Where(s => s.Id == siteView.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentModeration, CommentModeration.PublishDirectly), cancellationToken);
            site.GetRequiredService<SiteDirectory>().Forget(siteView);
        }
        // Reaches the servers of a fleet (a shared cache); a single server keeps its own cache: start it after this command.
        await site.GetRequiredService<IOutputCacheStore>().EvictSiteAsync(siteView.Id, cancellationToken);

        var posts = await db.Posts.CountAsync(p => p.Kind == PostKind.Post, cancellationToken);
        var approved = await db.Comments.CountAsync(c => c.PostId == newest.Id && c.Status == CommentStatus.Approved, cancellationToken);
        var likes = await db.PostLikes.CountAsync(l => l.PostId == newest.Id, cancellationToken);
        Console.WriteLine($"Site {slug}: {posts:N0} posts{(publishComments ? ", comments published without moderation" : "")}.");
        Console.WriteLine($"Newest post: {PostPaths.Permalink(newest.PublishedAt!.Value, newest.Slug)} ({approved} approved comments, {likes} likes)");
        return 0;
    }

    private static async Task AddLikersAsync(IServiceProvider site, long postId, int count, CancellationToken cancellationToken)
    {
        var users = site.GetRequiredService<UserManager<Account>>();
        var createAccount = site.GetRequiredService<CreateAccountHandler>();
        var db = site.GetRequiredService<FolioDbContext>();
        var clock = site.GetRequiredService<TimeProvider>();
        for (var n = 1; n <= count; n++)
        {
            var email = $"liker-{n}@example.com";
            var account = await users.FindByEmailAsync(email)
                ?? (await createAccount.HandleAsync(new CreateAccount(email, RandomNumberGenerator.GetHexString(24), $"Liker {n}"), cancellationToken)).Account
                ?? throw new InvalidOperationException($"Could not create the account {email}.");
            if (await db.PostLikes.AnyAsync(l => l.PostId == postId && l.AccountId == account.Id, cancellationToken)) continue;
            db.PostLikes.Add(new PostLike { PostId = postId, AccountId = account.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static int? NotSqlite(IServiceProvider services) =>
        services.GetRequiredService<IOptions<FolioOptions>>().Value.Database == DatabaseProvider.Sqlite
            ? null
            : AdminCommandLine.Fail(["bench commands write SQLite databases only; this one is PostgreSQL."]);
}
