using Folio.Data;
using Folio.Features.Admin;
using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Personal;

/// <summary>
/// A page's personal parts for the signed-in reader (<see cref="PersonalParts"/>): the admin bar,
/// "Log Out", the "Edit" links, their Like and follow buttons with the antiforgery token they
/// post back, and the comment form's "You are commenting using your Folio account". personal.js
/// asks for them from the page every reader shares and puts each where the page marks its place.
/// A reader who is not signed in gets no parts, and their browser stops asking. Every signed-in
/// reader's page view makes this request, so what it reads comes in one round trip (two for a
/// member whose page lists posts).
/// </summary>
[SitePage]
public sealed class PersonalModel(SiteAccess access, Deferred<FolioDbContext> db, Deferred<CommentQueries> commentQueries, CurrentSite currentSite) : PageModel
{
    public const string Path = "/personal.html";

    /// <summary>The reader's name, or null when this browser is not signed in here.</summary>
    public string? Name { get; private set; }

    /// <summary>The admin bar, for a member of the site.</summary>
    public AdminBarView? Bar { get; private set; }

    /// <summary>The post the page shows, when the member may edit it (for the bar's "Edit post").</summary>
    public EditablePost? Shown { get; private set; }

    /// <summary>The listed posts the member may edit.</summary>
    public IReadOnlyList<EditablePost> Editable { get; private set; } = [];

    /// <summary>Whether the reader likes the shown post, or null when the page has no Like button.</summary>
    public bool? Liked { get; private set; }

    /// <summary>Whether the reader follows the site, or null when the page has no follow button.</summary>
    public bool? Following { get; private set; }

    public bool CommentForm { get; private set; }

    /// <summary>The page's own address, where its forms bring the reader back.</summary>
    public string ReturnPath { get; private set; } = "/";

    public long? PostId { get; private set; }

    public async Task OnGetAsync(string? @return, long? post, string? edit, bool likes = false, bool comments = false, bool follow = false)
    {
        // The reader's own: never kept by a shared cache or shown by a search engine.
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        var cancellation = HttpContext.RequestAborted;
        if (access.AccountId is not { } accountId) return;
        var likedPost = likes && currentSite.Required.LikesEnabled ? post : null;
        if (await ReaderAsync(accountId, likedPost, follow, cancellation) is not { } reader) return;

        Name = reader.Name;
        ReturnPath = SafeReturn.Path(@return);
        PostId = post;
        CommentForm = comments && post is not null;
        Liked = likedPost is null ? null : reader.Liked;
        Following = follow ? reader.Following : null;
        if (reader.Role is { } role)
        {
            Bar = new AdminBarView(accountId, reader.Name, role, role <= SiteRole.Editor ? await commentQueries.Value.AwaitingModerationAsync(cancellation) : 0);
            await LoadEditableAsync(Bar, post, ListedIds(edit), cancellation);
        }
    }

    /// <summary>What the parts say of the reader on this site.</summary>
    private sealed record ReaderHere(string Name, SiteRole? Role, bool Liked, bool Following);

    /// <summary>The reader's name, role, like of the post and follow of the site, in one round trip; null for an account that is gone. Compiled: every signed-in page view runs it.</summary>
    private static readonly CompiledPerModel<Func<FolioDbContext, long, long?, bool, CancellationToken, Task<ReaderHere?>>> Reader =
        new(() => EF.CompileAsyncQuery((FolioDbContext db, long accountId, long? likedPost, bool follow, CancellationToken _) =>
            db.Users.Where(a => a.Id == accountId)
                .Select(a => new ReaderHere(
                    a.DisplayName,
                    db.SiteMembers.Where(m => m.AccountId == accountId).Select(m => (SiteRole?)m.Role).FirstOrDefault(),
                    likedPost != null && db.PostLikes.Any(l => l.PostId == likedPost && l.AccountId == accountId),
                    follow && db.Followers.Any(f => f.AccountId == accountId)))
                .FirstOrDefault()));

    /// <summary>Of these posts, the published ones as the "Edit" links need them. Compiled, as <see cref="Reader"/>.</summary>
    private static readonly CompiledPerModel<Func<FolioDbContext, long[], IAsyncEnumerable<EditablePost>>> Published =
        new(() => EF.CompileAsyncQuery((FolioDbContext db, long[] ids) =>
            db.Posts.Where(p => ids.Contains(p.Id) && p.Status == PostStatus.Published)
                .Select(p => new EditablePost(p.Id, p.Kind, p.Title, p.AuthorId))));

    private Task<ReaderHere?> ReaderAsync(long accountId, long? likedPost, bool follow, CancellationToken cancellation) =>
        Reader.For(db.Value)(db.Value, accountId, likedPost, follow, cancellation);

    /// <summary>The posts of <paramref name="listed"/> (and the shown one) this member may edit, in one query.</summary>
    private async Task LoadEditableAsync(AdminBarView bar, long? shown, List<long> listed, CancellationToken cancellation)
    {
        if (shown is { } shownId && !listed.Contains(shownId)) listed.Add(shownId);
        if (listed.Count == 0) return;
        var editable = new List<EditablePost>();
        await foreach (var post in Published.For(db.Value)(db.Value, [.. listed]).WithCancellation(cancellation))
        {
            if (bar.MayEdit(post)) editable.Add(post);
        }
        Shown = editable.FirstOrDefault(p => p.Id == shown);
        Editable = editable;
    }

    /// <summary>The ids of "edit=1,2,3": what is not a number is left out, and no more than a page lists.</summary>
    private static List<long> ListedIds(string? edit) =>
        (edit ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => long.TryParse(id, out var parsed) ? parsed : 0)
            .Where(id => id > 0)
            .Distinct()
            .Take(PersonalParts.MaxListed)
            .ToList();
}
