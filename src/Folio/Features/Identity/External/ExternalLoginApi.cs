using System.Globalization;
using System.Security.Claims;
using Folio.Features.Comments;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity.External;

/// <summary>
/// Logging in with an outside provider, from any host. Only the platform talks to providers
/// (one callback address to register); a site host sends the reader there, and gets them back
/// with a signed, single-use, two-minute ticket bound to that host. Which host, and where on it,
/// travel inside the provider round trip's protected state, never in a query anyone could edit.
/// </summary>
public static class ExternalLoginApi
{
    public const string DonePath = "/login/external/done/";

    public static IEndpointRouteBuilder MapExternalLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login/with/{provider}/", (string provider, string? returnUrl, HttpContext context, ExternalProviders providers) =>
            providers.Find(provider) is { } found
                ? Results.Redirect(context.PlatformUrl(
                    $"/login/with/{found.Name}/?host={Uri.EscapeDataString(context.Request.Host.Host)}&returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}" +
                    $"&{LoginTicketBrowser.Parameter}={LoginTicketBrowser.Mark(context)}"))
                : Results.NotFound())
            .ForSites().OpenToStrangers();

        // The same buttons inside "Leave a Reply" post the form here first, so what the reader
        // typed is kept while they are away and is back in the box when they return.
        endpoints.MapPost("/login/with/{provider}/", async (string provider, long postId, string? returnUrl, HttpContext context, ExternalProviders providers, CommentDrafts drafts) =>
            {
                if (providers.Find(provider) is not { } found) return Results.NotFound();
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var parentId = long.TryParse(form["Form.ParentId"], out var parent) ? parent : (long?)null;
                var token = await drafts.KeepAsync(postId, parentId, form["Form.Comment"], context.RequestAborted);
                var back = SafeReturn.Path(returnUrl) + (token is null ? "" : $"?draft={token}") + "#respond";
                return Results.Redirect($"/login/with/{found.Name}/?returnUrl={Uri.EscapeDataString(back)}");
            })
            .ForSites()
            .DisableAntiforgery(); // a guest's cached page has no token; a draft is only ever handed back to the one who holds its token

        endpoints.MapGet("/login/with/{provider}/", StartAsync).WithMetadata(new PlatformPageAttribute());
        endpoints.MapGet(DonePath, DoneAsync).WithMetadata(new PlatformPageAttribute());
        endpoints.MapWebProviderCallbacks();
        endpoints.MapPost("/login/external/logout/", LogOutAsync).ForSites().OpenToStrangers();
        endpoints.MapGet("/avatar/external/{identityId:long}.png", (long identityId, HttpContext context, ExternalAvatars avatars) =>
        {
            var path = avatars.PathOf(identityId);
            if (!File.Exists(path)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(path, "image/png");
        });
        return endpoints;
    }

    /// <summary>On the platform: checks the host asking is Folio's own, then hands over to the provider.</summary>
    private static async Task<IResult> StartAsync(string provider, string? host, string? returnUrl, string? browser, HttpContext context, ExternalProviders providers,
        SiteDirectory directory)
    {
        if (providers.Find(provider) is not { } found) return Results.NotFound();
        var target = (host ?? context.Request.Host.Host).ToLowerInvariant();
        var forSite = !directory.IsPlatformHost(target);
        if (forSite && await directory.FindByHostAsync(target, context.RequestAborted) is null)
            return Results.BadRequest("That site is not on this Folio.");
        // A site's ticket is for the browser the site marked: one that arrives unmarked goes there first.
        if (forSite && string.IsNullOrEmpty(browser))
            return Results.Redirect(context.HostUrl(target, $"/login/with/{found.Name}/?returnUrl={Uri.EscapeDataString(SafeReturn.Path(returnUrl))}"));
        var state = new ExternalLoginState(found.Name, target, SafeReturn.Path(returnUrl), LinkToAccountId: null, forSite ? browser : null);
        return Results.Challenge(state.ToProperties(DonePath), [found.Scheme]);
    }

    /// <summary>Back from the provider, on the platform: remembers the identity and takes it to the host that asked.</summary>
    private static async Task<IResult> DoneAsync(HttpContext context, ExternalProviders providers, ExternalIdentities identities, SiteDirectory directory,
        LoginTickets tickets, SignInManager<Account> signIn, ExternalIdentityLinks links)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!result.Succeeded || ExternalLoginState.From(result.Properties) is not { } state || providers.Find(state.Provider) is not { } provider)
            return Results.Redirect("/login/?failed=your+provider");
        var identity = await identities.RememberAsync(provider, result.Principal, context.RequestAborted);
        if (identity is null) return Results.Redirect($"/login/?failed={Uri.EscapeDataString(provider.DisplayName)}");
        if (state.LinkToAccountId is { } accountId) return await LinkAsync(context, identity, accountId, links);

        var linkedAccount = identity.AccountId is { } linked ? await signIn.UserManager.FindByIdAsync(linked.ToString(CultureInfo.InvariantCulture)) : null;
        // A deleted account is not logged in, nor is its login taken for a guest commenter's: its
        // owner is offered to restore it, as the right password is offered (LoginModel).
        if (linkedAccount is not null && DeletedAccountSignIn.IsDeleted(linkedAccount))
            return OfferRestore(context, linkedAccount, state, directory, tickets);
        var holder = new TicketHolder(identity.AccountId, identity.AccountId is null ? identity.Id : null);
        if (directory.IsPlatformHost(state.Host))
        {
            if (linkedAccount is { } account)
                await signIn.SignInAsync(account, isPersistent: true);
            else
                await context.SignInAsync(ExternalCommenterSession.Scheme, ExternalCommenterSession.Principal(identity.Id, identity.DisplayName, provider.DisplayName));
            return Results.Redirect(state.ReturnPath);
        }
        if (state.Browser is null || await directory.FindByHostAsync(state.Host, context.RequestAborted) is null) return Results.Redirect("/");
        var ticket = tickets.Issue(holder, state.Host, state.Browser);
        return Results.Redirect(context.HostUrl(state.Host, TicketLoginModel.PathFor(ticket, state.ReturnPath)));
    }

    /// <summary>
    /// Sends the owner of a deleted account, who has just proved who they are, to the login page
    /// of the host that asked, which offers to restore it. The offer holds a login ticket for that
    /// host and this browser (on the platform, marked here; a site marked it before the round
    /// trip), so that only this browser, and only for two minutes, can take it up.
    /// </summary>
    private static IResult OfferRestore(HttpContext context, Account account, ExternalLoginState state, SiteDirectory directory, LoginTickets tickets)
    {
        var browser = directory.IsPlatformHost(state.Host) ? LoginTicketBrowser.Mark(context) : state.Browser;
        if (browser is null) return Results.Redirect("/");
        var ticket = tickets.Issue(new TicketHolder(account.Id, ExternalIdentityId: null), state.Host, browser);
        return Results.Redirect(context.HostUrl(state.Host, LoginModel.RestoreOffer(ticket, state.ReturnPath)));
    }

    /// <summary>
    /// The end of "Connect" in an account's settings. The account that started it must still be
    /// the one logged in here: a round trip begun in one session never links into another.
    /// </summary>
    private static async Task<IResult> LinkAsync(HttpContext context, ExternalIdentity identity, long accountId, ExternalIdentityLinks links)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || session.Principal.FindFirstValue(ClaimTypes.NameIdentifier) != accountId.ToString(CultureInfo.InvariantCulture))
            return Results.Redirect("/login/?returnUrl=%2Faccount%2F");
        var outcome = await links.LinkAsync(identity.Id, accountId, context.RequestAborted);
        return Results.Redirect($"/account/?connected={outcome}");
    }

    /// <summary>"Log Out" in the comment form's identity box: back to the guest fields.</summary>
    private static async Task<IResult> LogOutAsync(string? returnUrl, HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("This form has expired: reload the page and try again.");
        await context.SignOutAsync(ExternalCommenterSession.Scheme);
        return Results.Redirect(SafeReturn.Path(returnUrl));
    }
}
