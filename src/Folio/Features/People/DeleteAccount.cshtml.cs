using System.Globalization;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.People;

/// <summary>
/// <c>/account/delete/</c>: "Delete your account". Asks for the password again (or, for an
/// account that logs in with another service only, the email address typed out), shows what
/// becomes of each site the person administers and has them choose for each site nobody else
/// administers, and whether their comments stay anonymised or go. See <see cref="AccountDeletion"/>.
/// </summary>
[PlatformPage]
[Authorize]
[RequestSizeLimit(16_384)]
[RequestFormLimits(ValueLengthLimit = 8_192)]
public sealed class DeleteAccountModel(UserManager<Account> users, SignInManager<Account> signIn, SiteAccess access, AccountDeletion deletion, Localizer T) : PageModel
{
    public const string Path = "/account/delete/";

    /// <summary>The form's value for "delete the site" (any other value is the id of the member it goes to).</summary>
    public const string DeleteSite = "delete";

    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string EmailConfirmation { get; set; } = "";
    [BindProperty] public string Comments { get; set; } = "";

    /// <summary>Per site nobody else administers (by id): <see cref="DeleteSite"/>, or the account id of the member who gets it.</summary>
    [BindProperty] public Dictionary<long, string> Sites { get; set; } = [];

    /// <summary>False for an account made through another service's login: it confirms with its email address instead.</summary>
    public bool HasPassword { get; private set; }
    public string Email { get; private set; } = "";
    public IReadOnlyList<AccountDeletion.AdministeredSite> Administered { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int GraceDays => (int)AccountDeletion.GracePeriod.TotalDays;

    public async Task OnGetAsync() => await LoadAsync(await MeAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var me = await MeAsync();
        await LoadAsync(me);
        var errors = new List<string>();
        if (HasPassword)
        {
            if (Password.Length > IdentityFeature.MaxPasswordLength || !await users.CheckPasswordAsync(me, Password))
                errors.Add(T["That is not your current password."]);
        }
        else if (!string.Equals(EmailConfirmation.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(T["To delete your account, type its email address, {0}, exactly.", Email]);
        }
        DeletedAccountComments? comments = Comments switch
        {
            nameof(DeletedAccountComments.Anonymise) => DeletedAccountComments.Anonymise,
            nameof(DeletedAccountComments.Delete) => DeletedAccountComments.Delete,
            _ => null,
        };
        if (comments is null) errors.Add(T["Choose what becomes of your comments: kept as a deleted user's, or deleted."]);
        var choices = new List<AccountDeletion.SiteChoice>();
        foreach (var site in Administered.Where(s => s.OtherAdministrators == 0))
        {
            var chosen = Sites.GetValueOrDefault(site.Id);
            if (chosen == DeleteSite) choices.Add(new(site.Id, null));
            else if (long.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var heir) && site.Members.Any(m => m.AccountId == heir)) choices.Add(new(site.Id, heir));
            else errors.Add(T["Choose what becomes of {0}: delete it, or hand it to one of its members.", site.Title]);
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await deletion.ScheduleAsync(me.Id, choices, comments!.Value, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return LocalRedirect(LoginModel.WithNotice(LoginNotice.AccountDeleted));
    }

    private async Task LoadAsync(Account me)
    {
        HasPassword = await users.HasPasswordAsync(me);
        Email = me.Email ?? "";
        Administered = await deletion.AdministeredAsync(me.Id, HttpContext.RequestAborted);
    }

    private async Task<Account> MeAsync() => await users.FindByIdAsync(access.AccountId!.Value.ToString(CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException("A signed-in account that does not exist.");
}
