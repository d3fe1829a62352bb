using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary><c>/account/</c> on the platform: how a person appears (name, bio) and which news reaches them by email.</summary>
[PlatformPage]
[Authorize]
public sealed class AccountSettingsModel(FolioDbContext db, SiteAccess access) : PageModel
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

    public async Task OnGetAsync()
    {
        var account = await MineAsync();
        (DisplayName, Bio, EmailOnLike, EmailOnFollow, EmailOnComment, Handle) =
            (account.DisplayName, account.Bio, account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment, account.UserName);
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
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        (account.DisplayName, account.Bio, account.EmailOnLike, account.EmailOnFollow, account.EmailOnComment) =
            (DisplayName, Bio, EmailOnLike, EmailOnFollow, EmailOnComment);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = "Saved.";
        return Page();
    }

    private Task<Account> MineAsync() => db.Users.SingleAsync(a => a.Id == access.AccountId, HttpContext.RequestAborted);
}
