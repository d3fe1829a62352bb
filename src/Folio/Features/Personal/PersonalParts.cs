using System.Globalization;
using System.Text;

namespace Folio.Features.Personal;

/// <summary>
/// What of a site's page differs for a signed-in reader, collected while the page renders: the
/// post it shows (for the admin bar's "Edit post" and the reader's Like), the posts it lists (for
/// their "Edit" links), and whether it holds a comment form or a follow button. The page itself
/// is rendered alike for everyone and shared through the output cache (docs/architecture.md,
/// principle 3); it ends with one address, <see cref="Address"/>, where personal.js asks for the
/// reader's own parts (<see cref="PersonalModel"/>) when this browser is signed in.
/// </summary>
public sealed class PersonalParts
{
    /// <summary>At most this many posts' "Edit" links are asked for: a page lists fewer (the site's posts per page caps at 50).</summary>
    public const int MaxListed = 50;

    private readonly List<long> listed = [];

    /// <summary>The post or page the page shows on its own, or null for a list of posts.</summary>
    public long? Shown { get; set; }

    /// <summary>Whether the page offers the shown post's Like button.</summary>
    public bool Likes { get; set; }

    /// <summary>Whether the page holds the "Leave a Reply" form.</summary>
    public bool CommentForm { get; set; }

    /// <summary>Whether the page holds a follow button.</summary>
    public bool Follow { get; set; }

    /// <summary>Notes a post whose meta line (date, author, categories) the page shows: its "Edit" link is personal.</summary>
    public void Lists(long postId)
    {
        if (listed.Count < MaxListed && !listed.Contains(postId)) listed.Add(postId);
    }

    /// <summary>
    /// Where personal.js asks for this page's personal parts: the same for every reader of the
    /// page, so it is part of the page the cache shares.
    /// </summary>
    public string Address(string returnPath)
    {
        var address = new StringBuilder(PersonalModel.Path).Append("?return=").Append(Uri.EscapeDataString(returnPath));
        if (Shown is { } shown) address.Append("&post=").Append(shown.ToString(CultureInfo.InvariantCulture));
        if (listed.Count > 0) address.Append("&edit=").AppendJoin(',', listed);
        if (Likes) address.Append("&likes=true");
        if (CommentForm) address.Append("&comments=true");
        if (Follow) address.Append("&follow=true");
        return address.ToString();
    }
}
