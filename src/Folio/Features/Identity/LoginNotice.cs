namespace Folio.Features.Identity;

/// <summary>What the login page tells someone sent there after something finished: <c>/login/?notice=…</c>.</summary>
public enum LoginNotice
{
    LoggedOut,
    PasswordChanged,

    /// <summary>The person has just deleted their account.</summary>
    AccountDeleted,

    /// <summary>A login ticket led to a deleted account, which it may not log in (an outside provider's login offers to restore it instead).</summary>
    DeletedAccountRefused,
}
