using System.Globalization;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.Themes;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/settings</c>: the site's settings that WordPress's clients read and change,
/// for its administrators only, as in WordPress. Title and description are the design's title
/// and tagline; time zone and posts per page the settings page's, with the same checks.
/// </summary>
public sealed class RestSettings(FolioDbContext db, CurrentSite currentSite, SiteAccess access, UpdateSiteSettingsHandler settings, UpdateSiteDesignHandler design)
{
    public async Task<IResult> ReadAsync(HttpContext context) =>
        await RefusalAsync(context) ?? Results.Json(Shape(await SavedAsync(context.RequestAborted), context));

    /// <summary>Changes the fields sent, all or none: every field is checked before anything is saved.</summary>
    public async Task<IResult> UpdateAsync(HttpContext context)
    {
        if (await RefusalAsync(context) is { } refused) return refused;
        var (fields, error) = await RestFields.ReadAsync(context.Request);
        if (fields is null) return error!;
        var site = await SavedAsync(context.RequestAborted);

        var postsPerPage = site.PostsPerPage;
        if (fields.Text("posts_per_page") is { } perPage && !int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out postsPerPage))
            return RestPaging.InvalidParameter("posts_per_page", "posts_per_page is not of type integer.");
        var wantedDesign = UpdateSiteDesign.From(site) with { Title = fields.Text("title") ?? site.Title, Tagline = fields.Text("description") ?? site.Tagline };
        if ((await design.CheckAsync(wantedDesign, context.RequestAborted)).Errors is { Count: > 0 } designErrors)
            return Invalid(string.Join(" ", designErrors));

        if (fields.Has("posts_per_page") || fields.Has("timezone"))
        {
            var problem = await settings.HandleAsync(new UpdateSiteSettings(site.CustomDomain, postsPerPage, site.CommentModeration, site.CommentThreadDepth, site.CommentLinkLimit,
                site.ModerationWords, site.BlocklistWords, site.CloseCommentsAfterDays, site.LikesEnabled, site.AttributionText, TimeZone: fields.Text("timezone")), context.RequestAborted);
            if (problem is not null) return Invalid(problem);
        }
        if (fields.Has("title") || fields.Has("description"))
        {
            var saved = await design.HandleAsync(wantedDesign, context.RequestAborted);
            if (!saved.Succeeded) return Invalid(string.Join(" ", saved.Errors));
        }
        return Results.Json(Shape(await SavedAsync(context.RequestAborted), context));
    }

    /// <summary>401 without credentials, 403 for anyone but the site's administrators; null for them.</summary>
    private async Task<IResult?> RefusalAsync(HttpContext context)
    {
        if (await access.RoleAsync(context.RequestAborted) == SiteRole.Administrator) return null;
        return RestPaging.Error("rest_forbidden", "Sorry, you are not allowed to do that: only the site's administrators manage its settings.",
            access.AccountId is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
    }

    /// <summary>As saved, not as this server's cache of sites remembers it.</summary>
    private async Task<SiteView> SavedAsync(CancellationToken cancellationToken) =>
        SiteView.From(await db.Sites.AsNoTracking().SingleAsync(s => s.Id == currentSite.Required.Id, cancellationToken));

    private static Dictionary<string, object?> Shape(SiteView site, HttpContext context) => new()
    {
        ["title"] = site.Title,
        ["description"] = site.Tagline,
        ["url"] = context.SiteUrl("/").TrimEnd('/'),
        ["timezone"] = site.TimeZone,
        ["language"] = site.Language.Replace('-', '_'),
        ["posts_per_page"] = site.PostsPerPage,
        ["default_comment_status"] = "open",
        ["default_ping_status"] = "closed",
    };

    private static IResult Invalid(string message) => RestPaging.Error("rest_invalid_param", message, StatusCodes.Status400BadRequest);
}
