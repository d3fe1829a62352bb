using System.Globalization;
using Folio.Data;
using Folio.Features.Admin;
using Folio.Features.Identity;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// Creating, changing and deleting posts and pages through <c>/wp-json/wp/v2/posts</c> and
/// <c>/pages</c>, as WordPress's clients do it, with what the caller's role allows on this site
/// (the dashboard's rules: contributors write drafts, authors publish their own, editors
/// handle everyone's). Content arrives as HTML and is sanitised like every post.
/// </summary>
public sealed class RestPostWrites(FolioDbContext db, CurrentSite currentSite, SiteAccess access, SavePostHandler savePost, TrashPostHandler trash, DeletePostHandler deletePost, RestPosts posts, TimeProvider clock, Localizer T)
{
    private sealed record Existing(long Id, long AuthorId, PostStatus Status, string Title, string Slug, string Body, BodyFormat BodyFormat, string Excerpt,
        DateTime? PublishedAt, bool CommentsOpen, bool LikesOpen, bool Sticky, string? Password, string? FeaturedImageUrl, string? OriginalUrl, string? SourceName, bool CanonicalToOriginal,
        string? OriginalAuthor, bool NoIndex, string[] Categories, string[] Tags, long? ParentId, int MenuOrder, PostFormat Format);

    public Task<IResult> CreateAsync(PostKind kind, HttpContext context) => SaveAsync(kind, null, context, null);

    public Task<IResult> UpdateAsync(PostKind kind, long id, HttpContext context) => SaveAsync(kind, id, context, null);

    /// <summary>A save whose fields another entry point (XML-RPC) gives: the same checks and answers as the API's own.</summary>
    public Task<IResult> SaveAsync(PostKind kind, long? id, RestFields fields, HttpContext context) => SaveAsync(kind, id, context, fields);

    /// <summary>As <c>DELETE</c> with these fields: without <c>force</c>, into the Trash.</summary>
    public Task<IResult> DeleteAsync(PostKind kind, long id, RestFields fields, HttpContext context) => DeleteAsync(kind, id, context, fields);

    public Task<IResult> DeleteAsync(PostKind kind, long id, HttpContext context) => DeleteAsync(kind, id, context, null);

    private async Task<IResult> DeleteAsync(PostKind kind, long id, HttpContext context, RestFields? given)
    {
        if (await CallerAsync(context) is not var (accountId, role))
            return Refused(context, "rest_cannot_delete", "Sorry, you are not allowed to delete this post.");
        var existing = await FindAsync(kind, id, context.RequestAborted);
        if (existing is null) return RestPosts.InvalidId();
        if (!PostPermissions.CanOpen(role, accountId, existing.AuthorId))
            return RestPaging.Error("rest_cannot_delete", "Sorry, you are not allowed to delete this post: it is someone else's.", StatusCodes.Status403Forbidden);
        if (role == SiteRole.Contributor && existing.Status != PostStatus.Draft)
            return RestPaging.Error("rest_cannot_delete", "A contributor cannot delete a post once it is published or scheduled.", StatusCodes.Status403Forbidden);
        var (fields, bodyError) = given is null ? await RestFields.ReadAsync(context.Request) : (given, null);
        if (fields is null) return bodyError!;
        // As WordPress: without force the post goes to the Trash, and the answer is the post as it is now.
        if (!fields.Flag("force"))
        {
            if (existing.Status == PostStatus.Trash)
                return RestPaging.Error("rest_already_trashed", "The post has already been moved to the Trash.", StatusCodes.Status410Gone);
            await trash.MoveToTrashAsync(id, context.RequestAborted);
            return Results.Json(await posts.EditableAsync(kind, id, context));
        }

        var previous = await posts.EditableAsync(kind, id, context);
        await deletePost.HandleAsync(id, context.RequestAborted);
        return Results.Json(new { deleted = true, previous });
    }

    private async Task<IResult> SaveAsync(PostKind kind, long? id, HttpContext context, RestFields? given)
    {
        var creating = id is null;
        if (await CallerAsync(context) is not var (accountId, role))
            return creating
                ? Refused(context, "rest_cannot_create", "Sorry, you are not allowed to create posts as this user.")
                : Refused(context, "rest_cannot_edit", "Sorry, you are not allowed to edit this post.");
        var existing = id is { } postId ? await FindAsync(kind, postId, context.RequestAborted) : null;
        if (!creating && existing is null) return RestPosts.InvalidId();
        if (existing is not null && !PostPermissions.CanOpen(role, accountId, existing.AuthorId))
            return RestPaging.Error("rest_cannot_edit", "Sorry, you are not allowed to edit this post: it is someone else's.", StatusCodes.Status403Forbidden);

        var (fields, bodyError) = given is null ? await RestFields.ReadAsync(context.Request) : (given, null);
        if (fields is null) return bodyError!;
        var (request, problem) = await RequestAsync(kind, fields, existing, accountId, role, context.RequestAborted);
        if (problem is not null) return problem;

        SavePostResult saved;
        // The API answers in English, as WordPress's does, whatever the site's language; the dashboard says the same refusals in the person's.
        using (LanguageScope.Of(Catalogues.English))
        {
            if (PostPermissions.Problem(role, accountId, kind, existing is null ? null : (existing.AuthorId, existing.Status), request!.Status, T) is { } refusal)
                return RestPaging.Error(creating ? "rest_cannot_create" : "rest_cannot_edit", refusal, StatusCodes.Status403Forbidden);
            saved = await savePost.HandleAsync(request, context.RequestAborted);
        }
        if (!saved.Succeeded) return RestPaging.Error("rest_invalid_post", string.Join(" ", saved.Errors), StatusCodes.Status400BadRequest);

        var answer = await posts.EditableAsync(kind, saved.PostId!.Value, context);
        return creating
            ? RestPaging.Created(context, RestApiRoutes.Url(context, kind == PostKind.Page ? "pages" : "posts") + "/" + saved.PostId, answer)
            : Results.Json(answer);
    }

    /// <summary>The save the fields ask for, starting from the stored post (fields left out keep their values), or what is wrong with them.</summary>
    private async Task<(SavePost? Request, IResult? Problem)> RequestAsync(PostKind kind, RestFields fields, Existing? existing, long accountId, SiteRole role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var status = existing?.Status ?? PostStatus.Draft;
        if (fields.Text("status") is { Length: > 0 } statusName)
        {
            if (RestPostStatus.Parse(statusName) is not { } parsed)
                return Invalid("status", statusName == "private"
                    ? "Folio has no private posts: save it as a draft, which only the site's writers see."
                    : "status is not one of publish, future, draft, pending.");
            status = parsed;
        }

        var publishedAt = existing?.PublishedAt;
        var (dateText, dateClock) = fields.Text("date_gmt") is { Length: > 0 } gmt ? (gmt, SiteClock.Utc) : (fields.Text("date"), currentSite.Required.Clock);
        if (dateText is { Length: > 0 })
        {
            if (RestDates.Parse(dateText, dateClock) is not { } date) return Invalid("date", "date is not a valid date (ISO 8601, such as 2026-11-29T10:00:00).");
            publishedAt = date;
        }
        // As in WordPress: a post published with a date to come waits for it, and "future" needs one.
        if (status == PostStatus.Published && publishedAt > now) status = PostStatus.Scheduled;
        if (status == PostStatus.Scheduled && !(publishedAt > now)) return Invalid("date", "A scheduled (future) post needs a date to come.");

        var (categories, categoryProblem) = await TermNamesAsync(db.Categories, fields, "categories", existing?.Categories, cancellationToken);
        if (categoryProblem is not null) return (null, categoryProblem);
        var (tags, tagProblem) = await TermNamesAsync(db.Tags, fields, "tags", existing?.Tags, cancellationToken);
        if (tagProblem is not null) return (null, tagProblem);

        var featuredImage = existing?.FeaturedImageUrl;
        var (mediaId, mediaProblem) = fields.Id("featured_media");
        if (mediaProblem is not null) return Invalid("featured_media", mediaProblem);
        if (mediaId is { } chosen)
        {
            featuredImage = chosen == 0 ? null : await db.Media.Where(m => m.Id == chosen).Select(m => MediaUrls.Prefix + m.StoredName).FirstOrDefaultAsync(cancellationToken);
            if (chosen != 0 && featuredImage is null) return Invalid("featured_media", $"There is no media item {chosen} on this site.");
        }

        var authorId = existing?.AuthorId ?? accountId;
        var (author, authorProblem) = fields.Id("author");
        if (authorProblem is not null) return Invalid("author", authorProblem);
        if (author is { } wantedAuthor && wantedAuthor != authorId)
        {
            if (role > SiteRole.Editor)
                return (null, RestPaging.Error("rest_cannot_edit_others", "Only editors and administrators can give a post another author.", StatusCodes.Status403Forbidden));
            if (!await db.SiteMembers.AnyAsync(m => m.AccountId == wantedAuthor, cancellationToken))
                return Invalid("author", $"Account {wantedAuthor} is not a member of this site.");
            authorId = wantedAuthor;
        }

        var sticky = existing?.Sticky ?? false;
        if (fields.Has("sticky"))
        {
            var wanted = fields.Flag("sticky");
            if (wanted != sticky && !PostPermissions.MayStick(role))
                return (null, RestPaging.Error("rest_cannot_assign_sticky", "Sorry, you are not allowed to make posts sticky.", StatusCodes.Status403Forbidden));
            sticky = wanted;
        }

        var (parent, parentProblem) = fields.Id("parent");
        if (parentProblem is not null) return Invalid("parent", parentProblem);
        var menuOrder = existing?.MenuOrder ?? 0;
        if (fields.Text("menu_order") is { Length: > 0 } order && !int.TryParse(order, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out menuOrder))
            return Invalid("menu_order", "menu_order is not of type integer.");
        var format = existing?.Format ?? PostFormat.Standard;
        if (fields.Text("format") is { Length: > 0 } formatName)
        {
            if (PostFormats.FromName(formatName) is not { } known)
                return Invalid("format", $"format is not one of {string.Join(", ", Enum.GetValues<PostFormat>().Select(PostFormats.Name))}.");
            format = known;
        }

        var content = fields.Text("content");
        var commentStatus = fields.Text("comment_status");
        if (commentStatus is { Length: > 0 } and not ("open" or "closed")) return Invalid("comment_status", "comment_status is not one of open, closed.");
        return (new SavePost
        {
            PostId = existing?.Id,
            Kind = kind,
            AuthorId = authorId,
            EditedBy = accountId,
            Title = fields.Text("title") ?? existing?.Title ?? "",
            Slug = fields.Text("slug") ?? existing?.Slug,
            // WordPress's clients send HTML; a post written in Markdown keeps its words until new content comes.
            Body = content ?? existing?.Body ?? "",
            BodyFormat = content is null ? existing?.BodyFormat ?? BodyFormat.Html : BodyFormat.Html,
            Excerpt = fields.Text("excerpt") ?? existing?.Excerpt,
            Status = status,
            PublishedAt = publishedAt,
            Categories = categories,
            Tags = tags,
            CommentsOpen = commentStatus is { Length: > 0 } ? commentStatus == "open" : existing?.CommentsOpen ?? true,
            LikesOpen = existing?.LikesOpen ?? true,
            Sticky = sticky,
            Password = fields.Has("password") ? fields.Text("password") : existing?.Password,
            FeaturedImageUrl = featuredImage,
            OriginalUrl = existing?.OriginalUrl,
            SourceName = existing?.SourceName,
            CanonicalToOriginal = existing?.CanonicalToOriginal ?? false,
            OriginalAuthor = existing?.OriginalAuthor,
            NoIndex = existing?.NoIndex ?? false,
            // WordPress's 0 is "no parent".
            ParentId = parent is { } chosenParent ? chosenParent == 0 ? null : chosenParent : existing?.ParentId,
            MenuOrder = menuOrder,
            Format = format,
        }, null);
    }

    /// <summary>
    /// The names of the terms with the given ids (the save finds terms by name, and adds those it
    /// does not find), the stored ones when the field is absent.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Names, IResult? Problem)> TermNamesAsync<TTerm>(DbSet<TTerm> terms, RestFields fields, string field, string[]? stored, CancellationToken cancellationToken)
        where TTerm : class, ITerm
    {
        if (fields.TermNames(field) is { } named) return (named, null);
        var (ids, problem) = fields.Ids(field);
        if (problem is not null) return ([], RestPaging.InvalidParameter(field, problem));
        if (ids is null) return (stored ?? [], null);
        var found = await terms.Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var missing = ids.Except(found.Select(t => t.Id)).ToList();
        return missing.Count > 0
            ? ([], RestPaging.InvalidParameter(field, $"There is no term {string.Join(", ", missing)} in {field} on this site."))
            : (found.Select(t => t.Name).ToList(), null);
    }

    private Task<Existing?> FindAsync(PostKind kind, long id, CancellationToken cancellationToken) =>
        db.Posts.AsNoTracking().Where(p => p.Kind == kind && p.Id == id)
            .Select(p => new Existing(p.Id, p.AuthorId, p.Status, p.Title, p.Slug, p.Body, p.BodyFormat, p.Excerpt, p.PublishedAt, p.CommentsOpen, p.LikesOpen, p.Sticky, p.Password,
                p.FeaturedImageUrl, p.OriginalUrl, p.SourceName, p.CanonicalToOriginal, p.OriginalAuthor, p.NoIndex,
                p.Categories.Select(c => c.Category.Name).ToArray(), p.Tags.Select(t => t.Tag.Name).ToArray(), p.ParentId, p.MenuOrder, p.Format))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The caller's account and role on this site, or null when they have none here.</summary>
    private async Task<(long AccountId, SiteRole Role)?> CallerAsync(HttpContext context) =>
        access.AccountId is { } accountId && await access.RoleAsync(context.RequestAborted) is { } role ? (accountId, role) : null;

    /// <summary>401 for a caller who gave no credentials, 403 for an account that has no role here: WordPress's split.</summary>
    private IResult Refused(HttpContext context, string code, string message) =>
        RestPaging.Error(code, message, access.AccountId is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);

    private static (SavePost?, IResult?) Invalid(string field, string message) => (null, RestPaging.InvalidParameter(field, message));
}
