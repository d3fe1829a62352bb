using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

/// <summary>
/// ASP.NET Core Identity's refusals that reach a person (sign-up, a new password, a reset link),
/// in the language of the request (their English is Identity's own); the rest stay in English, as nobody is shown them.
/// </summary>
public sealed class AccountErrors(Localizer T) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = T["Passwords must be at least {0} characters.", length] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = T["Invalid token."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = T["Email '{0}' is already taken.", email] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = T["Email '{0}' is invalid.", email ?? ""] };
}
