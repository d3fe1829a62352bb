namespace Folio.Features.Identity;

/// <summary>What the login page tells someone sent there after something finished: <c>/login/?notice=…</c>.</summary>
public enum LoginNotice
{
    LoggedOut,
    PasswordChanged,
}
