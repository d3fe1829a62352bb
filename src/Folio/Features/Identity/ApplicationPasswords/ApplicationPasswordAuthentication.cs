using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>Why presented credentials were refused, in WordPress's error codes, so its clients understand.</summary>
public sealed class ApplicationPasswordRefusal(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// HTTP Basic authentication with an account's handle or email and one of its application
/// passwords: what WordPress's clients send. No header, no result; a wrong one, a refusal.
/// The account's own password is never accepted here, so a leaked API credential is never the
/// key to the account. An unknown login and a wrong password get one answer,
/// <c>incorrect_password</c>, after the same work, as WordPress.com answers: WordPress itself
/// says <c>invalid_username</c> first, which tells anyone which logins exist.
/// </summary>
public sealed class ApplicationPasswordAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    UserManager<Account> users, SignInManager<Account> signIn, ApplicationPasswordStore passwords)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "application-password";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) ||
            !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        if (Credentials(header.Parameter) is not var (login, password))
            return Refuse("rest_invalid_authorization", "The Authorization header is not valid Basic credentials (base64 of login:password).");

        var account = await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        // An unknown login is checked against nobody's passwords (no account has id 0): the same work.
        var verified = await passwords.VerifyAsync(account?.Id ?? 0, password, Context.Connection.RemoteIpAddress?.ToString(), Context.RequestAborted);
        if (account is null || !verified)
            return Refuse("incorrect_password",
                "That username or email and application password do not match. Check both; an application password is made on your account page, under Application passwords.");
        if (!await signIn.CanSignInAsync(account) || await users.IsLockedOutAsync(account))
            return Refuse("application_passwords_disabled_for_user", "This account cannot log in: confirm its email address, or wait until it is unlocked.");

        var principal = await signIn.CreateUserPrincipalAsync(account);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static (string Login, string Password)? Credentials(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return null;
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var written)) return null;
        var text = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (text[..colon], text[(colon + 1)..]);
    }

    private static AuthenticateResult Refuse(string code, string message) => AuthenticateResult.Fail(new ApplicationPasswordRefusal(code, message));
}
