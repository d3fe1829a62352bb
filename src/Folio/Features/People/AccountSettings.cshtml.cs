using System.Globalization;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Identity.External;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// <c>/account/</c> on the platform: how a person appears (name, bio), the language of their own
/// pages, which news reaches them by email, the logins connected to the account, and "Log out
/// everywhere else".
/// </summary>
[PlatformPage]
[Authorize]
public sealed class AccountSettingsModel(
    FolioDbContext db, SiteAccess access, ExternalProviders providers, ExternalIdentityLinks links, BrowserSessions sessions, Catalogues catalogues, ProfileChanges profileChanges, Localizer T) : PageModel
{
    public const int NameLength = 100;
    public const int BioLength = 1000;

    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Bio { get; set; } = "";
    /// <summary>A catalogue's code, or empty to follow the browser's language.</summary>
    [BindProperty] public string Language { get; set; } = "";
    [BindProperty] public bool EmailOnLike { get; set; }
    [BindProperty] public bool EmailOnFollow { get; set; }
    [BindProperty] public bool EmailOnComment { get; set; }
    public string? Handle { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>The outside identities this account can log in with.</summary>
    public IReadOnlyList<LinkedIdentity> Linked { get; private set; } = [];

    public IReadOnlyList<Language> Languages => catalogues.Languages;

    /// <summary>Every configured provider, each offered as "Connect" (an account may hold several identities at one).</summary>
    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    /// <param name="connected">How connecting an outside login ended.</param>
    /// <param name="restored">The person has just restored their deleted account.</param>
    public async Task OnGetAsync(ExternalIdentityLinks.Outcome? connected, bool restored)
    {
        await LoadAsync();
        Notice = restored ? T["Your account is restored, as it was."].Value : connected switch
        {
            ExternalIdentityLinks.Outcome.Linked => T["Connected. You can now log in with it."].Value,
            ExternalIdentityLinks.Outcome.AlreadyYours => T["That login was already connected to your account."].Value,
            _ => null,
        };
        if (connected is ExternalIdentityLinks.Outcome.SomeoneElses)
            Errors = [T["That login is connected to another Folio account. Log in with it, disconnect it there, then connect it here."]];
    }

    /// <summary>"Log out everywhere else": ends the account's sessions in every other browser, on every host; this browser stays logged in.</summary>
    public async Task OnPostLogOutElsewhereAsync()
    {
        await sessions.EndAllButAsync(access.AccountId!.Value, await BrowserSessions.IdOnThisHostAsync(HttpContext), HttpContext.RequestAborted);
        await LoadAsync();
        Notice = T["Your other browsers are logged out."];
    }

    /// <summary>"Connect {provider}": a round trip to the provider that ends by linking the identity to this account.</summary>
    public IActionResult OnPostConnect(string provider) =>
        providers.Find(provider) is { } found
            ? Challenge(new ExternalLoginState(found.Name, Request.Host.Host, "/account/", access.AccountId).ToProperties(ExternalLoginApi.DonePath), found.Scheme)
            : NotFound();

    public async Task<IActionResult> OnPostDisconnectAsync(long identity)
    {
        await links.UnlinkAsync(identity, access.AccountId!.Value, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await MineAsync();
        Handle = account.UserName;
        DisplayName = DisplayName.Trim();
        Bio = Bio.Trim();
        var errors = new List<string>();
        if (DisplayName.Length == 0) errors.Add(T["Please give the name readers see."]);
        if (DisplayName.Length > NameLength) errors.Add(T["A name can be at most {0} characters long.", NameLength]);
        if (Bio.Length > BioLength) errors.Add(T["Your bio is {0:N0} characters long; the limit is {1:N0}.", Bio.Length, BioLength]);
        if (Language.Length > 0 && catalogues.Problem(Language, T) is { } problem) errors.Add(problem);
        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadLinkedAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var appearanceChanged = account.DisplayName != DisplayName || account.Bio != Bio;
        (account.DisplayName, account.Bio, account.Language, account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment) =
            (DisplayName, Bio, Language.Length > 0 ? Language : null, EmailOnLike, EmailOnFollow, EmailOnComment);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (appearanceChanged) await profileChanges.EvictMemberSitesAsync(account.Id, HttpContext.RequestAborted);
        // The page was about to answer in the language the request came in: answer in the one just chosen.
        var shownIn = CultureInfo.GetCultureInfo(account.Language ?? catalogues.BestFor(Request.GetTypedHeaders().AcceptLanguage).Code);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = shownIn;
        Notice = T["Saved."];
        await LoadLinkedAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var account = await MineAsync();
        (DisplayName, Bio, Language, EmailOnLike, EmailOnFollow, EmailOnComment, Handle) =
            (account.DisplayName, account.Bio, account.Language ?? "", account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment, account.UserName);
        await LoadLinkedAsync();
    }

    private async Task LoadLinkedAsync() => Linked = await links.OfAsync(access.AccountId!.Value, providers, HttpContext.RequestAborted);

    private Task<Account> MineAsync() => db.Users.SingleAsync(a => a.Id == access.AccountId, HttpContext.RequestAborted);
}
