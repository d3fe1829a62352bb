namespace Folio.Features.Sharing;

/// <summary>One place to share a post: its accessible name is "Share on {Name}" (or the email wording).</summary>
public sealed record ShareLink(string Service, string Name, string Href);

/// <summary>
/// The "Share this:" links under a post: plain links to each service's own share address, which
/// load nothing of theirs on the page (no script, image or cookie) until the reader follows one.
/// They are made from the post's permalink and title alone, so the block is the same for every
/// reader and is part of the cached page.
/// </summary>
public static class ShareLinks
{
    /// <summary>The services a post is shared to, in the order shown; Mastodon goes through <see cref="MastodonPath"/>, which asks for the reader's instance.</summary>
    public static IReadOnlyList<ShareLink> For(string permalink, string title, long postId)
    {
        var url = Uri.EscapeDataString(permalink);
        var text = Uri.EscapeDataString(title);
        var textAndUrl = Uri.EscapeDataString($"{title} {permalink}");
        return
        [
            new("mastodon", "Mastodon", MastodonPath(postId)),
            new("bluesky", "Bluesky", $"https://bsky.app/intent/compose?text={textAndUrl}"),
            new("x", "X", $"https://x.com/intent/post?url={url}&text={text}"),
            new("facebook", "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}"),
            new("linkedin", "LinkedIn", $"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
            new("telegram", "Telegram", $"https://t.me/share/url?url={url}&text={text}"),
            new("whatsapp", "WhatsApp", $"https://wa.me/?text={textAndUrl}"),
        ];
    }

    /// <summary>An email to be written by the reader's own mail program, with the title as its subject.</summary>
    public static string Email(string permalink, string title) =>
        $"mailto:?subject={Uri.EscapeDataString(title)}&body={Uri.EscapeDataString(permalink)}";

    /// <summary>The page that asks which Mastodon instance to share on (<see cref="MastodonShareModel"/>).</summary>
    public static string MastodonPath(long postId) => $"/share/mastodon/{postId}/";

    /// <summary>The instance's own share page with the post's title and permalink.</summary>
    public static string Mastodon(string instance, string permalink, string title) =>
        $"https://{instance}/share?text={Uri.EscapeDataString($"{title} {permalink}")}";
}
