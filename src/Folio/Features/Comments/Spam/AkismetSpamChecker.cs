using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Folio.Features.Comments.Spam;

/// <summary><c>Folio:Akismet</c>: an Akismet-compatible comment-check endpoint and its key. Off while the endpoint is empty.</summary>
public sealed class AkismetOptions
{
    public const string Section = "Folio:Akismet";

    /// <summary>The full comment-check address, such as <c>https://rest.akismet.com/1.1/comment-check</c>.</summary>
    public string Endpoint { get; set; } = "";

    public string ApiKey { get; set; } = "";

    /// <summary>How long to wait for an answer before holding the comment for a person instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Asks an Akismet-compatible service (Akismet itself, or a self-hosted one speaking its
/// protocol) about each comment: a form POST answered with "true" (spam) or "false", and the
/// "discard" pro-tip for spam not worth keeping. The endpoint is the operator's choice, not a
/// reader's, so it is called with a plain client rather than the guarded fetcher.
/// </summary>
internal sealed class AkismetSpamChecker(HttpClient http, IOptions<AkismetOptions> options, ILogger<AkismetSpamChecker> logger) : ISpamChecker
{
    public async Task<SpamVerdict> CheckAsync(SpamCheck comment, CancellationToken cancellationToken)
    {
        var akismet = options.Value;
        var fields = new Dictionary<string, string>
        {
            ["api_key"] = akismet.ApiKey,
            ["blog"] = comment.SiteUrl,
            ["permalink"] = comment.Permalink,
            ["comment_type"] = "comment",
            ["comment_author"] = comment.AuthorName,
            ["comment_author_email"] = comment.AuthorEmail,
            ["comment_author_url"] = comment.AuthorUrl ?? "",
            ["comment_content"] = comment.Body,
            ["user_ip"] = comment.IpAddress ?? "",
            ["user_agent"] = comment.UserAgent ?? "",
            ["referrer"] = comment.Referrer ?? "",
            ["blog_charset"] = "UTF-8",
        };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(akismet.Timeout);
            using var response = await http.PostAsync(akismet.Endpoint, new FormUrlEncodedContent(fields), timeout.Token);
            var answer = (await response.Content.ReadAsStringAsync(timeout.Token)).Trim();
            if (answer == "false") return SpamVerdict.Ham;
            if (answer == "true")
                return response.Headers.TryGetValues("X-akismet-pro-tip", out var tips) && tips.Contains("discard") ? SpamVerdict.Discard : SpamVerdict.Spam;
            logger.LogWarning("The spam service answered {Status} \"{Answer}\"; the comment is held for a moderator. Check Folio:Akismet:ApiKey.",
                (int)response.StatusCode, answer.Length > 200 ? answer[..200] : answer);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The spam service at {Endpoint} did not answer; the comment is held for a moderator.", akismet.Endpoint);
        }
        return SpamVerdict.Unavailable;
    }
}
