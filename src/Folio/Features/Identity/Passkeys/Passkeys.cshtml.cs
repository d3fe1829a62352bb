using System.Buffers.Text;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Identity.Passkeys;

/// <summary>A passkey as its owner's list shows it.</summary>
public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>
/// <c>/account/passkeys/</c> on the platform: register passkeys (WebAuthn, through ASP.NET Core
/// Identity's own implementation) and remove them. Passkeys belong to the platform's host, so
/// one passkey logs in everywhere through the platform's hand-over to sites.
/// </summary>
[PlatformPage]
[Authorize]
public sealed class PasskeysModel(UserManager<Account> users, SignInManager<Account> signIn, Localizer T) : PageModel
{
    public const int NameLength = 60;

    public IReadOnlyList<PasskeyView> Passkeys { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(bool added, bool removed)
    {
        Notice = added ? T["Passkey added. You can log in with it now."].Value : removed ? T["Passkey removed."].Value : null;
        await LoadAsync(await MeAsync());
    }

    /// <summary>The options the browser's <c>navigator.credentials.create()</c> needs, as JSON.</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var me = await MeAsync();
        var entity = new PasskeyUserEntity { Id = me.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = me.Email!, DisplayName = me.DisplayName };
        return Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    /// <summary>The browser's new credential: checked against the options above, then kept.</summary>
    public async Task<IActionResult> OnPostAddAsync(string credential, string? name)
    {
        var me = await MeAsync();
        var attestation = await signIn.PerformPasskeyAttestationAsync(credential);
        if (!attestation.Succeeded)
            return await RefuseAsync(me, T["The passkey could not be added: {0} Please try again.", attestation.Failure.Message]);
        var passkey = attestation.Passkey;
        var given = name?.Trim() ?? "";
        passkey.Name = given.Length == 0 ? "Passkey" : given[..Math.Min(given.Length, NameLength)];
        var stored = await users.AddOrUpdatePasskeyAsync(me, passkey);
        if (!stored.Succeeded) return await RefuseAsync(me, T["The passkey could not be saved. Please try again."]);
        return RedirectToPage(new { added = true });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var me = await MeAsync();
        if (Base64Url.IsValid(id)) await users.RemovePasskeyAsync(me, Base64Url.DecodeFromChars(id));
        return RedirectToPage(new { removed = true });
    }

    private async Task<IActionResult> RefuseAsync(Account me, string error)
    {
        Errors = [error];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(me);
        return Page();
    }

    private async Task LoadAsync(Account me) =>
        Passkeys = (await users.GetPasskeysAsync(me))
            .OrderBy(passkey => passkey.CreatedAt)
            .Select(passkey => new PasskeyView(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name ?? "Passkey", passkey.CreatedAt))
            .ToList();

    private async Task<Account> MeAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("An authorised request has an account.");
}
