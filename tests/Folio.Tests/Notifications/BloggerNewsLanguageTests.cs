using Folio.Data;
using Folio.Features.Follows;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Notifications;

/// <summary>
/// What bloggers are told of likes, follows and comments is kept as who did what, and said in
/// the language of whoever reads it: the dashboard in the reader's language, each mail in the
/// blogger's own (their account's, else the site's), whatever the language of the site.
/// </summary>
public sealed class BloggerNewsLanguageTests(BloggerNewsLanguageTests.RussianSite site) : IClassFixture<BloggerNewsLanguageTests.RussianSite>
{
    /// <summary>A site in Russian: its owner chose no language, an author chose Armenian, an editor Arabic.</summary>
    public sealed class RussianSite : FolioApp, IAsyncLifetime
    {
        public const string Slug = "novosti";
        public const string Host = "novosti.localhost";
        public const string OwnerEmail = "owner-of-novosti@example.com";
        public const string AuthorEmail = "hayk@novosti.example";
        public const string EditorEmail = "layla@novosti.example";

        public long OwnerId { get; private set; }
        public long AuthorId { get; private set; }

        public async Task InitializeAsync()
        {
            OwnerId = await CreateSiteAsync(Slug, "Новости");
            await UpdateSiteAsync(Slug, s => s.Language = "ru");
            AuthorId = await AddMemberAsync(Slug, AuthorEmail, SiteRole.Author);
            var editorId = await AddMemberAsync(Slug, EditorEmail, SiteRole.Editor);
            await QuerySiteAsync(Slug, async db =>
            {
                (await db.Users.SingleAsync(a => a.Id == AuthorId)).Language = "hy";
                (await db.Users.SingleAsync(a => a.Id == editorId)).Language = "ar";
                return await db.SaveChangesAsync();
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public async Task<(long Id, string Path)> PublishAsync(long authorId, string title)
        {
            var path = await SavePostAsync(Slug, new SavePost { AuthorId = authorId, Title = title, Body = "Слова.", Status = PostStatus.Published });
            return (await QuerySiteAsync(Slug, db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync()), path);
        }

        /// <summary>The one mail queued for <paramref name="to"/> that mentions <paramref name="about"/>.</summary>
        public Task<(string Subject, string Text)> MailAsync(string to, string about) => QuerySiteAsync(Slug, async db =>
        {
            var mail = await db.MailOutbox.SingleAsync(m => m.To == to && m.Subject.Contains(about));
            return (mail.Subject, mail.Text);
        });

        /// <summary>The lines of the signed-in member's notifications page, asked for by a browser in <paramref name="language"/>.</summary>
        public async Task<List<string>> DashboardLinesAsync(string email, string language)
        {
            var member = await SignedInClientAsync(Host, email);
            member.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var page = await member.GetDocumentAsync("/admin/notifications/");
            return page.QuerySelectorAll(".notifications li a").Select(line => line.TextContent).ToList();
        }
    }

    [Fact]
    public async Task A_like_is_kept_once_and_read_in_the_language_of_whoever_opens_the_dashboard()
    {
        var (postId, _) = await site.PublishAsync(site.OwnerId, "Выборы в Ереване");
        var reader = await site.NewReaderAsync("ada@readers.example", "Ада");

        await site.ForSiteAsync(RussianSite.Slug, s => s.GetRequiredService<LikePostHandler>()
            .HandleAsync(new LikePost(postId, reader), path => $"http://{RussianSite.Host}{path}"));

        Assert.Contains("Ада հավանեց «Выборы в Ереване» գրառումը", await site.DashboardLinesAsync(RussianSite.OwnerEmail, "hy"));
        Assert.Contains("Ада likes “Выборы в Ереване”", await site.DashboardLinesAsync(RussianSite.OwnerEmail, "en"));
        // The owner chose no language: the mail, read away from any browser, is in the site's.
        var (subject, text) = await site.MailAsync(RussianSite.OwnerEmail, "Выборы в Ереване");
        Assert.Equal("Ада ставит отметку «Нравится» записи «Выборы в Ереване»", subject);
        Assert.StartsWith("Ада ставит отметку «Нравится» вашей записи «Выборы в Ереване».\n\nКому ещё она нравится:\nhttp://novosti.localhost/", text);
    }

    [Fact]
    public async Task An_author_who_chose_Armenian_is_told_of_a_comment_in_Armenian_on_a_Russian_site()
    {
        var (_, path) = await site.PublishAsync(site.AuthorId, "Погода в горах");
        var owner = await site.SignedInClientAsync(RussianSite.Host, RussianSite.OwnerEmail);

        await owner.PostFormAsync(path + "?handler=Comment", new() { ["Form.Comment"] = "Снег уже выпал." }, pagePath: path);

        var (subject, text) = await site.MailAsync(RussianSite.AuthorEmail, "Погода в горах");
        Assert.Equal("Նոր մեկնաբանություն «Погода в горах» գրառմանը", subject);
        Assert.Contains("Owner of novosti մեկնաբանեց «Погода в горах» գրառումը՝\n\nСнег уже выпал.\n\nԿարդալ և պատասխանել՝\n", text);
        Assert.Contains("Owner of novosti մեկնաբանեց «Погода в горах» գրառումը", await site.DashboardLinesAsync(RussianSite.AuthorEmail, "hy"));
    }

    [Fact]
    public async Task A_moderator_who_chose_Arabic_is_asked_in_Arabic_to_look_at_a_held_comment()
    {
        var (_, path) = await site.PublishAsync(site.OwnerId, "Новый мост");

        await site.ClientFor(RussianSite.Host).PostAsync(path + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Comment"] = "Когда откроют?", ["Form.Author"] = "Гость", ["Form.Email"] = "guest@readers.example",
        }));

        var (subject, text) = await site.MailAsync(RussianSite.EditorEmail, "Новый мост");
        Assert.Equal("يُرجى المراجعة: «Новый мост»", subject);
        Assert.StartsWith("تعليق جديد على «Новый мост» بانتظار موافقتك.\n\nكتب Гость:\n\nКогда откроют?\n\nوافق عليه أو ضع عليه علامة «مزعج»:\n", text);
        Assert.Equal("Проверьте комментарий: «Новый мост»", (await site.MailAsync(RussianSite.OwnerEmail, "Новый мост")).Subject);
    }

    [Fact]
    public async Task A_new_follower_is_news_in_the_owners_language_once_they_choose_one()
    {
        await site.QuerySiteAsync(RussianSite.Slug, async db =>
        {
            (await db.Users.SingleAsync(a => a.Id == site.OwnerId)).Language = "en";
            return await db.SaveChangesAsync();
        });
        try
        {
            var follower = await site.NewReaderAsync("boris@readers.example", "Борис");

            await site.ForSiteAsync(RussianSite.Slug, s => s.GetRequiredService<FollowSiteHandler>()
                .FollowAsync(follower, path => $"http://{RussianSite.Host}{path}", CancellationToken.None));

            var (subject, text) = await site.MailAsync(RussianSite.OwnerEmail, "Борис");
            Assert.Equal("Борис follows Новости", subject);
            Assert.Equal("Борис now follows Новости.\n\nSee your site's news:\nhttp://novosti.localhost/admin/notifications/\n", text);
        }
        finally
        {
            await site.QuerySiteAsync(RussianSite.Slug, async db =>
            {
                (await db.Users.SingleAsync(a => a.Id == site.OwnerId)).Language = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Signing_up_keeps_the_language_the_page_was_read_in_for_the_mails_to_come()
    {
        var platform = site.ClientFor("localhost");
        platform.DefaultRequestHeaders.AcceptLanguage.ParseAdd("hy-AM, en;q=0.5");

        await platform.PostFormAsync("/signup/", new() { ["email"] = "ani@readers.example", ["password"] = FolioApp.MemberPassword });

        Assert.Equal("hy", await site.QuerySiteAsync(RussianSite.Slug, db => db.Users.Where(a => a.Email == "ani@readers.example").Select(a => a.Language).SingleAsync()));
    }
}
