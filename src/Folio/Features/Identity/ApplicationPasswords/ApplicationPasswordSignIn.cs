using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// Checks a login (handle or email) and one of its application passwords, as every program's
/// entry point needs: the REST API's Basic header and XML-RPC's username and password
/// parameters. The account's own password is never accepted, so a leaked API credential is never
/// the key to the account. An unknown login and a wrong password get one answer after the same
/// work, so the answer does not tell anyone which logins exist.
/// </summary>
public sealed class ApplicationPasswordSignIn(UserManager<Account> users, SignInManager<Account> signIn, ApplicationPasswordStore passwords)
{
    /// <summary>The account's principal, or why it was refused.</summary>
    public async Task<(ClaimsPrincipal? Principal, ApplicationPasswordRefusal? Refusal)> SignInAsync(string login, string password, string? ipAddress, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        // An unknown login is checked against nobody's passwords (no account has id 0): the same work.
        var verified = await passwords.VerifyAsync(account?.Id ?? 0, password, ipAddress, cancellationToken);
        if (account is null || !verified)
            return (null, new ApplicationPasswordRefusal("incorrect_password",
                "That username or email and application password do not match. Check both; an application password is made on your account page, under Application passwords."));
        if (DeletedAccountSignIn.IsDeleted(account))
            return (null, new ApplicationPasswordRefusal("application_passwords_disabled_for_user", "This account is deleted: nothing can log in to it unless its owner restores it."));
        if (!await signIn.CanSignInAsync(account) || await users.IsLockedOutAsync(account))
            return (null, new ApplicationPasswordRefusal("application_passwords_disabled_for_user", "This account cannot log in: confirm its email address, or wait until it is unlocked."));
        return (await signIn.CreateUserPrincipalAsync(account), null);
    }
}
