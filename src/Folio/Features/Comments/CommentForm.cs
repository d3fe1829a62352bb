namespace Folio.Features.Comments;

/// <summary>The fields of the "Leave a Reply" form, kept whole when the form comes back with an error.</summary>
public sealed class CommentForm
{
    public string Comment { get; set; } = "";
    public string? Author { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }

    /// <summary>The honeypot: hidden from people, irresistible to form-filling bots.</summary>
    public string? Phone { get; set; }

    public long? ParentId { get; set; }

    /// <summary>Consent to remember name, email and website in this browser.</summary>
    public bool Remember { get; set; }

    /// <summary>"Notify me of new comments via email".</summary>
    public bool NotifyComments { get; set; }

    /// <summary>"Notify me of new posts via email".</summary>
    public bool NotifyPosts { get; set; }

    /// <summary>Seconds from opening the page to posting, measured by the page's script; absent without JavaScript.</summary>
    public double? SecondsOnPage { get; set; }
}
