using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// Identity's sign-in, with the one rule every way in must follow: a deleted account (one whose
/// <see cref="Account.DeleteAfter"/> is set, waiting to be removed) never gets a session or an
/// API principal. Password, passkey and application-password logins ask <see cref="CanSignInAsync"/>
/// first; a sign-in without a credential (after an outside provider, a login ticket, a confirmed
/// email) goes through <see cref="SignInWithClaimsAsync"/>, which starts nothing for such an account.
/// </summary>
public sealed class DeletedAccountSignIn(
    UserManager<Account> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<Account> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<Account>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<Account> confirmation)
    : SignInManager<Account>(users, http, claims, options, logger, schemes, confirmation)
{
    /// <summary>Whether the account is deleted and waiting to be removed: it may not log in until it is restored.</summary>
    public static bool IsDeleted(Account account) => account.DeleteAfter is not null;

    public override async Task<bool> CanSignInAsync(Account user) => !IsDeleted(user) && await base.CanSignInAsync(user);

    public override Task SignInWithClaimsAsync(Account user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims) =>
        IsDeleted(user) ? Task.CompletedTask : base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
}
