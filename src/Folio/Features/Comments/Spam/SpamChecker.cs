namespace Folio.Features.Comments.Spam;

/// <summary>What an outside spam service says of a comment.</summary>
public enum SpamVerdict
{
    Ham,
    Spam,

    /// <summary>Spam so blatant it is not worth a moderator's look: thrown away unsaved.</summary>
    Discard,

    /// <summary>The service did not answer; the comment waits for a person.</summary>
    Unavailable,
}

/// <summary>A comment as a spam service needs it, with where it was posted and by what browser.</summary>
public sealed record SpamCheck(
    string SiteUrl, string Permalink, string? IpAddress, string? UserAgent, string? Referrer,
    string AuthorName, string AuthorEmail, string? AuthorUrl, string Body);

/// <summary>An outside opinion on whether a comment is spam. Folio's own rules need none; one can be configured.</summary>
public interface ISpamChecker
{
    Task<SpamVerdict> CheckAsync(SpamCheck comment, CancellationToken cancellationToken);
}

/// <summary>No outside service: every comment is left to the site's own rules.</summary>
internal sealed class NoSpamChecker : ISpamChecker
{
    public Task<SpamVerdict> CheckAsync(SpamCheck comment, CancellationToken cancellationToken) => Task.FromResult(SpamVerdict.Ham);
}
