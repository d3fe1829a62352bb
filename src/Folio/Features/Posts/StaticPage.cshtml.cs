using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Posts;

/// <summary>A static page (About, Contact) at <c>/{slug}/</c>; a post's slug there leads to the post.</summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
// A protected page's password form is on a page the cache shares, which carries no antiforgery
// token; a forged post of it could only open the page for whoever sent it.
[IgnoreAntiforgeryToken]
public sealed class StaticPageModel(PostQueries posts, PostPasswordGate passwordGate, Deferred<PostOldPathRedirects> oldPaths) : PageModel
{
    /// <summary>A protected page's password, read by <see cref="LoadAsync"/>; null for an open page.</summary>
    private string? pagePassword;

    public PostView StaticPage { get; private set; } = null!;

    /// <summary>A protected page whose password this reader has not given: the page shows the password form instead of the words.</summary>
    public bool Locked { get; private set; }

    public string? PasswordError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ?? Page();

    /// <summary>The password form of a protected page (<see cref="PostPasswordGate"/>).</summary>
    public async Task<IActionResult> OnPostPasswordAsync(string slug, string? password)
    {
        if (await LoadAsync(slug) is { } notHere) return notHere;
        if (pagePassword is not { } expected) return Redirect(StaticPage.Path);
        if (await passwordGate.TryAsync(HttpContext, StaticPage.Id, expected, password) is not { } refused) return Redirect(StaticPage.Path);
        PasswordError = refused.Error;
        Response.StatusCode = refused.Status;
        return Page();
    }

    /// <summary>Loads the page, or answers 404 / a redirect to its own address or to the post with its slug.</summary>
    private async Task<IActionResult?> LoadAsync(string slug)
    {
        var page = await posts.FindBySlugAsync(slug, PostKind.Page, HttpContext.RequestAborted);
        if (page is null)
        {
            // A page that lived here before its slug changed; else, as WordPress sites with
            // "/%postname%/" permalinks linked posts here, the post with this slug.
            if (await oldPaths.Value.TargetAsync(Request, HttpContext.RequestAborted) is { } moved) return CanonicalPaths.RedirectTo(Request, moved.Path);
            var post = await posts.FindBySlugAsync(slug, PostKind.Post, HttpContext.RequestAborted);
            return post is null ? NotFound() : CanonicalPaths.RedirectTo(Request, post.Path);
        }
        if (!Request.IsAt(page.Path)) return CanonicalPaths.RedirectTo(Request, page.Path);
        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(page.Id));
        (StaticPage, pagePassword, Locked) = await passwordGate.ForReaderAsync(Request, page);
        return null;
    }
}
