using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// WordPress's "Authorize Application" (<c>/wp-admin/authorize-application.php</c> on a site,
/// which sends the reader here): an app asks for an application password, the signed-in account
/// approves or refuses, and the app gets the password at its own address
/// (<c>site_url</c>, <c>user_login</c>, <c>password</c>) or <c>success=false</c>.
/// </summary>
[PlatformPage]
[Authorize]
public sealed class AuthorizeApplicationModel(UserManager<Account> users, SiteAccess access, ApplicationPasswordStore passwords, SiteDirectory sites, Localizer T) : PageModel
{
    public const string Path = "/account/application-passwords/authorize/";

    [BindProperty(SupportsGet = true, Name = "app_name")] public string? AppName { get; set; }
    [BindProperty(SupportsGet = true, Name = "app_id")] public string? AppId { get; set; }
    [BindProperty(SupportsGet = true, Name = "success_url")] public string? SuccessUrl { get; set; }
    [BindProperty(SupportsGet = true, Name = "reject_url")] public string? RejectUrl { get; set; }
    [BindProperty(SupportsGet = true, Name = "site_url")] public string? SiteUrl { get; set; }

    /// <summary>What stops this request from being approved; empty when it may be.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The site the app will use, as its owner knows it.</summary>
    public string? SiteTitle { get; private set; }

    /// <summary>The site's own address, told to the app (never the address the request brought).</summary>
    public string? SiteAddress { get; private set; }

    /// <summary>The host the password will be sent to, shown before approving; null when it is shown here instead.</summary>
    public string? Destination => Uri.TryCreate(SuccessUrl, UriKind.Absolute, out var uri) ? (uri.Host.Length > 0 ? uri.Host : $"{uri.Scheme}:") : null;

    /// <summary>The password just made, when the app gave no address to send it to.</summary>
    public string? Created { get; private set; }
    public string? Login { get; private set; }

    public async Task OnGetAsync() => await CheckAsync();

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (!await CheckAsync()) return RefuseRequest();
        var name = AppName!.Trim();
        var password = await passwords.CreateAsync(access.AccountId!.Value, name, HttpContext.RequestAborted);
        Login = (await users.GetUserAsync(User))?.UserName ?? "";
        // Neither the answer nor the page that shows it may be kept by a cache.
        Response.Headers.CacheControl = "no-store";
        if (SuccessUrl is not { Length: > 0 } success)
        {
            Created = password;
            return Page();
        }
        return Redirect(ApplicationCallback.With(success, new Dictionary<string, string> { ["site_url"] = SiteAddress!, ["user_login"] = Login, ["password"] = password }));
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        if (!await CheckAsync()) return RefuseRequest();
        var back = RejectUrl is { Length: > 0 } reject ? reject : SuccessUrl;
        return back is { Length: > 0 } ? Redirect(ApplicationCallback.With(back, new Dictionary<string, string> { ["success"] = "false" })) : Redirect("/account/application-passwords/");
    }

    private PageResult RefuseRequest()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Checks the app's request; the site must be one of Folio's, and each return address one that only the app can read.</summary>
    private async Task<bool> CheckAsync()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(AppName) || AppName.Trim().Length > ApplicationPasswordSecret.NameLength)
            errors.Add(T["The application did not say its name (up to {0} characters), so it cannot be connected.", ApplicationPasswordSecret.NameLength]);
        var site = Uri.TryCreate(SiteUrl, UriKind.Absolute, out var siteUri) ? await sites.FindByHostAsync(siteUri.Host, HttpContext.RequestAborted) : null;
        if (site is null) errors.Add(T["Start from your site: the application should send you to its address followed by /wp-admin/authorize-application.php."]);
        else (SiteTitle, SiteAddress) = (site.Title, HttpContext.SiteUrl(site, "/").TrimEnd('/'));
        errors.AddRange(new[] { ApplicationCallback.Problem(SuccessUrl, T), ApplicationCallback.Problem(RejectUrl, T) }.OfType<string>().Distinct());
        Errors = errors;
        return errors.Count == 0;
    }
}
