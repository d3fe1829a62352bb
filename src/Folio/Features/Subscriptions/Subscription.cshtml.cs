using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Subscriptions;

/// <summary>
/// Where subscription mails lead: confirm (double opt-in) or unsubscribe. Both are a button,
/// never a GET, so a mail scanner that opens links changes nothing. The token in the address is
/// the credential, so no antiforgery token is asked for: the one-click unsubscribe of RFC 8058
/// is a bare POST from the reader's mail program.
/// </summary>
[SitePage]
[IgnoreAntiforgeryToken]
public sealed class SubscriptionModel(ManageSubscriptionHandler subscriptions, Localizer T) : PageModel
{
    public SubscriptionView? Subscription { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string token) => await ShowAsync(kind, token, notice: null);

    public async Task<IActionResult> OnPostConfirmAsync(string kind, string token)
    {
        if (Kind(kind) is not { } parsed) return NotFound();
        await subscriptions.ConfirmAsync(parsed, token, HttpContext.RequestAborted);
        return await ShowAsync(kind, token, T["Confirmed. You will get an email for each one."]);
    }

    public async Task<IActionResult> OnPostUnsubscribeAsync(string kind, string token)
    {
        if (Kind(kind) is not { } parsed) return NotFound();
        var before = await subscriptions.FindAsync(parsed, token, HttpContext.RequestAborted);
        await subscriptions.UnsubscribeAsync(parsed, token, HttpContext.RequestAborted);
        return await ShowAsync(kind, token, before switch
        {
            null => null,
            { PostTitle: { } title } => T["You are unsubscribed: no more emails about new comments on “{0}”.", title].Value,
            _ => T["You are unsubscribed: no more emails about new posts on this site."].Value,
        });
    }

    private async Task<IActionResult> ShowAsync(string kind, string token, string? notice)
    {
        if (Kind(kind) is not { } parsed) return NotFound();
        Subscription = await subscriptions.FindAsync(parsed, token, HttpContext.RequestAborted);
        Notice = notice;
        if (Subscription is null && notice is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private static SubscriptionKind? Kind(string segment) => segment switch
    {
        "comments" => SubscriptionKind.Comments,
        "posts" => SubscriptionKind.Posts,
        _ => null,
    };
}
