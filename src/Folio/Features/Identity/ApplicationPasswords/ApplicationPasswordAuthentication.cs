using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>Why presented credentials were refused, in WordPress's error codes, so its clients understand.</summary>
public sealed class ApplicationPasswordRefusal(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// HTTP Basic authentication with an account's handle or email and one of its application
/// passwords (<see cref="ApplicationPasswordSignIn"/>): what WordPress's clients send. No header,
/// no result; a wrong one, a refusal. <c>incorrect_password</c> is WordPress.com's answer to both
/// an unknown login and a wrong password: WordPress itself says <c>invalid_username</c> first,
/// which tells anyone which logins exist.
/// </summary>
public sealed class ApplicationPasswordAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApplicationPasswordSignIn signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "application-password";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) ||
            !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        if (Credentials(header.Parameter) is not var (login, password))
            return AuthenticateResult.Fail(new ApplicationPasswordRefusal("rest_invalid_authorization", "The Authorization header is not valid Basic credentials (base64 of login:password)."));

        var (principal, refusal) = await signIn.SignInAsync(login, password, Context.Connection.RemoteIpAddress?.ToString(), Context.RequestAborted);
        return principal is null ? AuthenticateResult.Fail(refusal!) : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
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
}
