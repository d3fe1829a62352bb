namespace Folio.Features.Identity;

/// <summary>What the login page tells someone sent there after something finished: <c>/login/?notice=…</c>.</summary>
public enum LoginNotice
{
    LoggedOut,
    PasswordChanged,

    /// <summary>The person has just deleted their account.</summary>
    AccountDeleted,

    /// <summary>An outside login led to a deleted account, which it may not log in.</summary>
    DeletedAccountRefused,
}
