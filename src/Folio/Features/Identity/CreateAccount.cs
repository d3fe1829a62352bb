using Folio.Features.Mail;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Identity;

/// <summary>
/// Creates a platform account. Accounts made by an operator (command line, demo) are confirmed;
/// one made by sign-up waits for its owner to follow the link in the confirmation mail.
/// <see cref="CreateAccount.Language"/> is the account's language (null: the browser's each time).
/// </summary>
public sealed record CreateAccount(string Email, string Password, string? DisplayName = null, bool EmailConfirmed = true, string? Language = null);

/// <summary>The new account, or what is wrong with the request (nothing was saved then).</summary>
public sealed record CreateAccountResult(Account? Account, IReadOnlyList<string> Errors);

public sealed class CreateAccountHandler(UserManager<Account> users, TimeProvider clock, Localizer T)
{
    public async Task<CreateAccountResult> HandleAsync(CreateAccount request, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        if (request.Password.Length > IdentityFeature.MaxPasswordLength)
            return new CreateAccountResult(null, [IdentityFeature.PasswordTooLong(T)]);
        if (!EmailAddresses.IsValid(email))
            return new CreateAccountResult(null, [T[EmailAddresses.Problem]]);
        if (await users.FindByEmailAsync(email) is not null)
            return new CreateAccountResult(null, [T["An account with the email {0} already exists.", email]]);

        var localPart = email.Split('@')[0];
        var account = new Account
        {
            Email = email,
            EmailConfirmed = request.EmailConfirmed,
            UserName = await UniqueHandleAsync(Slugs.From(localPart, 40), cancellationToken),
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? localPart : request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Language = request.Language,
        };
        var result = await users.CreateAsync(account, request.Password);
        return result.Succeeded
            ? new CreateAccountResult(account, [])
            : new CreateAccountResult(null, result.Errors.Select(e => e.Description).ToList());
    }

    /// <summary>A URL-safe handle for author archives: the email's local part, numbered when taken.</summary>
    private async Task<string> UniqueHandleAsync(string wanted, CancellationToken cancellationToken)
    {
        if (wanted.Length == 0) wanted = "author";
        var taken = await users.Users.Where(a => a.UserName == wanted || a.UserName!.StartsWith(wanted + "-"))
            .Select(a => a.UserName!).ToListAsync(cancellationToken);
        return Slugs.FirstFree(wanted, taken);
    }
}
