using System.Security.Cryptography;
using Folio.Data;
using Folio.Features.Comments.Spam;
using Folio.Features.Identity;
using Folio.Features.Mail;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Comments;

/// <summary>
/// A comment as the form sends it. A signed-in account's name and email come from the account;
/// a guest gives them. <see cref="Honeypot"/> is a field people never see: bots fill it in.
/// <see cref="SecondsOnPage"/>, when the page's script measured it, shows a guest's form filled faster than a person types.
/// The browser's user agent and referrer go to the spam service, if one is configured.
/// <see cref="ExternalIdentityId"/> names a commenter logged in with an outside provider.
/// <see cref="GavePassword"/> says whether the commenter has given a protected post's password
/// (the page's cookie, the API's <c>password</c> field); without it, they have given none.
/// </summary>
public sealed record SubmitComment(long PostId, long? ParentId, string Body, string? Name, string? Email, string? Url, string? Honeypot, string? IpAddress,
    double? SecondsOnPage = null, string? UserAgent = null, string? Referrer = null, long? ExternalIdentityId = null, Func<string, bool>? GavePassword = null);

/// <summary>The saved comment, or why it was not saved.</summary>
public sealed record SubmitCommentResult(Comment? Comment, CommentRefusal? Refusal)
{
    public static implicit operator SubmitCommentResult(CommentRefusal refusal) => new(null, refusal);
}

public sealed class SubmitCommentHandler(
    FolioDbContext db, CurrentSite currentSite, SiteAccess access, CommentFollowUps followUps, ISpamChecker spamChecker,
    CommentTargets targets, CommentWriter writer, UnsavedComments unsaved, RateLimits rateLimits, IOptions<FolioOptions> options, Localizer T, TimeProvider clock)
{
    /// <summary>Comments a minute from one address, and from one commenter (<c>Folio:CommentsPerMinute</c>).</summary>
    public static readonly RateLimit CommentRateLimit = new("comment", options => options.CommentsPerMinute, TimeSpan.FromMinutes(1));

    /// <param name="request">The form as sent.</param>
    /// <param name="siteUrl">Makes a site path absolute, for the links in notification mails.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubmitCommentResult> HandleAsync(SubmitComment request, Func<string, string> siteUrl, CancellationToken cancellationToken = default) =>
        await targets.ByIdAsync(request.PostId, cancellationToken) is { } post
            ? await HandleAsync(post, request, siteUrl, cancellationToken)
            : new CommentRefusal.PostNotFound();

    /// <summary>
    /// For a caller that has read the post already (the post page, which finds it by its address).
    /// Every rule is checked here, in this order: the post's password, the rate limit (every
    /// attempt that knows the password counts), the discussion open, the honeypot, the minimum
    /// time, the fields, the duplicate, the blocklist, the spam service, the moderation setting.
    /// </summary>
    /// <param name="post">The post of <see cref="SubmitComment.PostId"/>, public.</param>
    /// <param name="request">The form as sent.</param>
    /// <param name="siteUrl">Makes a site path absolute, for the links in notification mails.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SubmitCommentResult> HandleAsync(CommentTarget post, SubmitComment request, Func<string, string> siteUrl, CancellationToken cancellationToken = default)
    {
        if (post.Id != request.PostId) throw new ArgumentException($"The comment is for post {request.PostId}, not {post.Id}.", nameof(post));
        var site = currentSite.Required;
        var now = clock.GetUtcNow().UtcDateTime;
        if (post.Password is { } password && request.GavePassword?.Invoke(password) != true) return new CommentRefusal.PasswordRequired();
        var role = await access.RoleAsync(cancellationToken);
        // As in WordPress, those who moderate are never throttled: they answer a queue in a burst.
        if (role is not <= SiteRole.Editor && await rateLimits.TakeAsync(CommentRateLimit, request.IpAddress, Commenter(request), cancellationToken) is { } wait)
            return new CommentRefusal.TooFast(wait);
        if (!DiscussionRules.IsOpen(post.CommentsOpen, post.PublishedAt, site.CloseCommentsAfterDays, now)) return new CommentRefusal.DiscussionClosed();
        if (!string.IsNullOrEmpty(request.Honeypot)) return new CommentRefusal.Discarded();

        var author = await AuthorAsync(request, cancellationToken);
        // The trap is for anonymous scripts. Someone signed in (an account, an outside identity)
        // has shown who they are, and often posts the moment they are back from logging in.
        var minimumSeconds = options.Value.CommentMinimumSeconds;
        if (author.IsGuest && request.SecondsOnPage < minimumSeconds) return new CommentRefusal.TooQuick();
        // A guest's form that brings no measure (no script ran, or a bot left the field out to
        // pass the trap) waits for a moderator: readers without JavaScript may still comment.
        var unmeasured = author.IsGuest && minimumSeconds > 0 && request.SecondsOnPage is null;
        var errors = new List<string>(author.Errors);
        var body = request.Body.Trim();
        if (body.Length == 0) errors.Add(T["Please type a comment."]);
        if (body.Length > CommentLimits.BodyLength)
            errors.Add(T["Your comment is {0:N0} characters long; the limit is {1:N0}. Please shorten it.", body.Length, CommentLimits.BodyLength]);
        if (request.ParentId is { } parentId && await ParentProblemAsync(parentId, post.Id, site.CommentThreadDepth, cancellationToken) is { } parentProblem)
            errors.Add(parentProblem);
        if (errors.Count > 0) return new CommentRefusal.Invalid(errors);
        // Rendered and sanitised by the body's setter, before anything else is asked of the comment.
        var comment = new Comment();
        try
        {
            comment.Body = body;
        }
        catch (MarkupRefusedException)
        {
            return new CommentRefusal.Invalid([MarkupLimits.Refusal(T)]);
        }

        // Claimed before the query and held until saved or refused: copies sent at once find the claim.
        using var claim = unsaved.Claim(post.Id, author.Email, author.ExternalIdentityId, body);
        if (claim is null) return new CommentRefusal.Duplicate();
        var history = await HistoryAsync(author, post.Id, body, cancellationToken);
        if (history.SaidBefore) return new CommentRefusal.Duplicate();
        if (DiscussionRules.Mentions(site.BlocklistWords, body, author.Name, author.Email, author.Url, request.IpAddress))
            return new CommentRefusal.Discarded();

        var postPath = post.Path;
        var trusted = role is <= SiteRole.Author;
        var verdict = trusted ? SpamVerdict.Ham : await spamChecker.CheckAsync(new SpamCheck(siteUrl("/"), siteUrl(postPath),
            request.IpAddress, request.UserAgent, request.Referrer, author.Name, author.Email, author.Url, body), cancellationToken);
        if (verdict == SpamVerdict.Discard) return new CommentRefusal.Discarded();

        comment.PostId = post.Id;
        comment.ParentId = request.ParentId;
        comment.AccountId = author.AccountId;
        comment.ExternalIdentityId = author.ExternalIdentityId;
        comment.AuthorName = author.Name;
        comment.AuthorEmail = author.Email;
        comment.AuthorUrl = author.Url;
        comment.AvatarSeed = history.AvatarSeed ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        comment.CreatedAt = now;
        comment.IpAddress = request.IpAddress;
        comment.Status = trusted ? CommentStatus.Approved : verdict switch
        {
            SpamVerdict.Spam => CommentStatus.Spam,
            SpamVerdict.Unavailable => CommentStatus.Pending,
            _ when unmeasured => CommentStatus.Pending,
            _ => DiscussionRules.StatusOf(comment, site, history.HasApproved),
        };

        // Saved with the other comments waiting, in one transaction with its notification and
        // mails; answered only once that is committed (and the post's pages evicted).
        var news = await NewsAsync(comment, post, site.Language, siteUrl, cancellationToken);
        if (await writer.SaveAsync(site, comment, news, cancellationToken) is { } notSaved) return notSaved;
        return new SubmitCommentResult(comment, null);
    }

    /// <summary>
    /// Reads whom to tell of the comment: the site's moderators of a held one; the post's author
    /// (unless they wrote it) and its subscribers of a published one; spam is nobody's news.
    /// </summary>
    private async Task<CommentNews> NewsAsync(Comment comment, CommentTarget post, string siteLanguage, Func<string, string> siteUrl, CancellationToken cancellationToken)
    {
        var postTitle = post.Title;
        // The writer makes the links, off this request's thread: it gets the site's address
        // (the request's scheme, host and port), not a function of the request.
        var origin = siteUrl("");
        string SiteUrl(string path) => origin + path;

        IReadOnlyList<OutgoingMail> moderatorMails = [];
        if (comment.Status == CommentStatus.Pending)
        {
            var text = PostBodyRenderer.ToPlainText(comment.BodyHtml, 2000);
            // Roles are stored as words, so the database cannot rank them: name the two that moderate.
            var moderators = await db.SiteMembers.Where(m => m.Role == SiteRole.Administrator || m.Role == SiteRole.Editor)
                .Select(m => new { m.Account.Email, m.Account.Language }).ToListAsync(cancellationToken);
            moderatorMails = moderators.Select(moderator =>
            {
                using var language = LanguageScope.Of(moderator.Language ?? siteLanguage);
                return new OutgoingMail(moderator.Email!, T["Please moderate: “{0}”", postTitle],
                    $"{T["A new comment on “{0}” is waiting for your approval.", postTitle]}\n\n{T["{0} wrote:", comment.AuthorName]}\n\n{text}\n\n" +
                    $"{T["Approve it, or mark it as spam:"]}\n{SiteUrl("/admin/comments/")}\n");
            }).ToList();
        }

        var published = comment.Status == CommentStatus.Approved;
        IReadOnlyList<BloggerToTell> bloggers = published && comment.AccountId != post.AuthorId ? [post.Author(siteLanguage)] : [];
        var subscribers = published && post.HasSubscribers ? await followUps.SubscribersAsync(comment, cancellationToken) : [];
        return new CommentNews(postTitle, post.Path, SiteUrl, moderatorMails, bloggers, subscribers);
    }

    /// <summary>
    /// Who writes: an account, an outside identity (whose email Folio never asks for: empty), or a
    /// guest. Email and outside identity together say "the same person" for duplicates and trust.
    /// </summary>
    private sealed record Author(long? AccountId, long? ExternalIdentityId, string Name, string Email, string? Url, IReadOnlyList<string> Errors)
    {
        public bool IsGuest => AccountId is null && ExternalIdentityId is null;
    }

    private async Task<Author> AuthorAsync(SubmitComment request, CancellationToken cancellationToken)
    {
        if (access.AccountId is { } accountId)
        {
            var account = await db.Users.AsNoTracking().Where(a => a.Id == accountId)
                .Select(a => new { a.DisplayName, a.Email }).FirstAsync(cancellationToken);
            return new Author(accountId, null, account.DisplayName, account.Email!, null, []);
        }

        if (request.ExternalIdentityId is { } identityId)
        {
            var identity = await db.ExternalIdentities.AsNoTracking().Where(i => i.Id == identityId)
                .Select(i => new { i.DisplayName, i.ProfileUrl }).FirstOrDefaultAsync(cancellationToken);
            return identity is null
                ? new Author(null, null, "", "", null, ["Your login has ended: log in again, or fill in your details."])
                : new Author(null, identityId, identity.DisplayName, "", identity.ProfileUrl, []);
        }

        var guest = CommentAuthorFields.Check(request.Name, request.Email, request.Url, T);
        return new Author(null, null, guest.Name, guest.Email, guest.Url, guest.Errors);
    }

    private async Task<string?> ParentProblemAsync(long parentId, long postId, int maxDepth, CancellationToken cancellationToken)
    {
        var depth = 1;
        long? current = parentId;
        while (current is { } id)
        {
            var parent = await db.Comments.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.PostId, c.ParentId, c.Status }).FirstOrDefaultAsync(cancellationToken);
            if (parent is null || parent.PostId != postId || parent.Status != CommentStatus.Approved)
                return T["The comment you are replying to is not there any more."];
            current = parent.ParentId;
            depth++;
        }
        return depth > maxDepth ? T["Replies nest at most {0} deep here; reply to an earlier comment in the thread.", maxDepth].Value : null;
    }

    /// <summary>What the site's earlier comments say of the author, for the duplicate check, the avatar and "hold first-time commenters".</summary>
    /// <param name="SaidBefore">The same words on the same post, not trashed.</param>
    /// <param name="HasApproved">An approved comment anywhere on the site.</param>
    /// <param name="AvatarSeed">The seed of the author's avatar, so that it stays the same; null for a newcomer.</param>
    private sealed record AuthorHistory(bool SaidBefore, bool HasApproved, string? AvatarSeed);

    /// <summary>
    /// One query for three questions: the author's comments on the site, best answer first. The
    /// first row is the duplicate if there is one (then nothing else matters), otherwise an
    /// approved comment if there is one; any row has the author's avatar seed. It searches the
    /// author's comments, not the post's: a busy post has thousands, an author a few. Compiled:
    /// every comment runs it.
    /// </summary>
    private static readonly CompiledPerModel<Func<FolioDbContext, string, long?, long, string, CancellationToken, Task<AuthorHistory?>>> History =
        new(() => EF.CompileAsyncQuery((FolioDbContext db, string email, long? identityId, long postId, string body, CancellationToken _) =>
            db.Comments.AsNoTracking()
                .Where(c => c.AuthorEmail == email && c.ExternalIdentityId == identityId)
                .Select(c => new { SaidBefore = c.PostId == postId && c.Body == body && c.Status != CommentStatus.Trash, HasApproved = c.Status == CommentStatus.Approved, c.AvatarSeed })
                .OrderByDescending(h => h.SaidBefore).ThenByDescending(h => h.HasApproved)
                .Select(h => new AuthorHistory(h.SaidBefore, h.HasApproved, h.AvatarSeed))
                .FirstOrDefault()));

    private async Task<AuthorHistory> HistoryAsync(Author author, long postId, string body, CancellationToken cancellationToken) =>
        await History.For(db)(db, author.Email, author.ExternalIdentityId, postId, body, cancellationToken)
        ?? new AuthorHistory(false, false, null);

    /// <summary>Whom the rate limit counts besides the address: the account, the outside identity, or the email a guest gives.</summary>
    private string? Commenter(SubmitComment request) =>
        access.AccountId is { } accountId ? $"account:{accountId}" : request.ExternalIdentityId is { } identityId ? $"external:{identityId}" : request.Email;
}
