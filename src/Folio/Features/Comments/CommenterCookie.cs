namespace Folio.Features.Comments;

/// <summary>
/// What a guest asked this browser to remember for next time (name, email, website). Readable
/// by the page's script, which fills the form in: cached pages never hold anyone's details.
/// </summary>
public sealed record CommenterCookie(string Name, string Email, string? Url)
{
    public const string CookieName = "folio_commenter";
}
