using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Identity.External;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// <c>/account/</c> on the platform: how a person appears (name, bio), which news reaches them by
/// email, the logins connected to the account, and "Log out everywhere else".
/// </summary>
[PlatformPage]
[Authorize]
public sealed class AccountSettingsModel(FolioDbContext db, SiteAccess access, ExternalProviders providers, ExternalIdentityLinks links, BrowserSessions sessions) : PageModel
{
    public const int NameLength = 100;
    public const int BioLength = 1000;

    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Bio { get; set; } = "";
    [BindProperty] public bool EmailOnLike { get; set; }
    [BindProperty] public bool EmailOnFollow { get; set; }
    [BindProperty] public bool EmailOnComment { get; set; }
    public string? Handle { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    /// <summary>The outside identities this account can log in with.</summary>
    public IReadOnlyList<LinkedIdentity> Linked { get; private set; } = [];

    /// <summary>Every configured provider, each offered as "Connect" (an account may hold several identities at one).</summary>
    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    public async Task OnGetAsync(ExternalIdentityLinks.Outcome? connected)
    {
        await LoadAsync();
        Notice = connected switch
        {
            ExternalIdentityLinks.Outcome.Linked => "Connected. You can now log in with it.",
            ExternalIdentityLinks.Outcome.AlreadyYours => "That login was already connected to your account.",
            _ => null,
        };
        if (connected is ExternalIdentityLinks.Outcome.SomeoneElses)
            Errors = ["That login is connected to another Folio account. Log in with it, disconnect it there, then connect it here."];
    }

    /// <summary>"Log out everywhere else": ends the account's sessions in every other browser, on every host; this browser stays logged in.</summary>
    public async Task OnPostLogOutElsewhereAsync()
    {
        await sessions.EndAllButAsync(access.AccountId!.Value, await BrowserSessions.IdOnThisHostAsync(HttpContext), HttpContext.RequestAborted);
        await LoadAsync();
        Notice = "Your other browsers are logged out.";
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
        if (DisplayName.Length == 0) errors.Add("Please give the name readers see.");
        if (DisplayName.Length > NameLength) errors.Add($"A name can be at most {NameLength} characters long.");
        if (Bio.Length > BioLength) errors.Add($"Your bio is {Bio.Length:N0} characters long; the limit is {BioLength:N0}.");
        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadLinkedAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        (account.DisplayName, account.Bio, account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment) =
            (DisplayName, Bio, EmailOnLike, EmailOnFollow, EmailOnComment);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = "Saved.";
        await LoadLinkedAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var account = await MineAsync();
        (DisplayName, Bio, EmailOnLike, EmailOnFollow, EmailOnComment, Handle) =
            (account.DisplayName, account.Bio, account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment, account.UserName);
        await LoadLinkedAsync();
    }

    private async Task LoadLinkedAsync() => Linked = await links.OfAsync(access.AccountId!.Value, providers, HttpContext.RequestAborted);

    private Task<Account> MineAsync() => db.Users.SingleAsync(a => a.Id == access.AccountId, HttpContext.RequestAborted);
}
