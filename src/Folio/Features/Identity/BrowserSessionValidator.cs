using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// Identity's periodic check of a session cookie (the account's security stamp, every
/// <c>Folio:Login:SessionCheckInterval</c>), extended: the browser's session must still be live,
/// so that a logout on one host, or "Log out everywhere else", reaches this host's cookie too.
/// </summary>
internal sealed class BrowserSessionValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<Account> signIn, ILoggerFactory logger, BrowserSessions sessions)
    : SecurityStampValidator<Account>(options, signIn, logger)
{
    protected override async Task SecurityStampVerified(Account user, CookieValidatePrincipalContext context)
    {
        if (await sessions.IsLiveAsync(user.Id, BrowserSessions.IdOf(context.Properties), context.HttpContext.RequestAborted))
        {
            await base.SecurityStampVerified(user, context);
            return;
        }
        context.RejectPrincipal();
        await SignInManager.SignOutAsync();
    }
}
