using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

/// <summary>
/// Checks a password against a hash that belongs to nobody, at the cost of checking a real one,
/// for answers about an email with no account: without it they come back in a few milliseconds
/// while a real account's take a password hash's time (a deliberately slow one), and the
/// difference tells a stranger which emails have accounts.
/// </summary>
public sealed class PasswordCheckForNobody(IPasswordHasher<Account> hasher, PasswordCheckForNobody.NobodysHash nobodys)
{
    private static readonly Account Nobody = new();

    /// <summary>
    /// Made once per host with its hasher's own settings, so that checking it costs what checking a
    /// real hash does (a singleton; the check itself is scoped, as Identity's hasher is).
    /// </summary>
    public sealed class NobodysHash
    {
        internal string? Value;
    }

    public void Check(string password)
    {
        nobodys.Value ??= hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(Nobody, nobodys.Value, password);
    }
}
