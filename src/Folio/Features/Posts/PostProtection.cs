namespace Folio.Features.Posts;

/// <summary>
/// What a password-protected post shows before its password is given, wherever it appears
/// (listings, feeds, cards, mail, the API): WordPress's words, so a blog that moves in reads the same.
/// </summary>
public static class PostProtection
{
    public const int PasswordLength = 255;
    public const string TitlePrefix = "Protected: ";
    public const string NoExcerpt = "There is no excerpt because this is a protected post.";
    public const string FormIntro = "This content is password protected. To view it please enter your password below:";
}
