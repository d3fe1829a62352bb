using System.Net;
using System.Net.Http.Headers;
using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Fetching;

/// <summary>
/// The one way Folio reaches a URL on the internet (docs/architecture.md, principle 6): http and https on
/// allowed ports only, never to a loopback, private, link-local or otherwise special address
/// (checked on the address connected to, see <see cref="GuardedConnector"/>), redirects followed
/// one by one and each checked again, the body capped after decompression and the whole fetch
/// capped in time. Failures come back as a <see cref="FetchResult"/>, never as exceptions.
/// </summary>
public sealed class GuardedFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options)
{
    /// <summary>The named <see cref="HttpClient"/> configured by <see cref="FetchingFeature.AddFetchingFeature"/>.</summary>
    public const string ClientName = "Folio.Fetch";

    public Task<FetchResult> GetAsync(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(new FetchRequest(url), cancellationToken);

    /// <summary>
    /// Fetches the URL, following redirects. Cancelling <paramref name="cancellationToken"/> throws
    /// as usual; running out of the configured time gives <see cref="FetchOutcome.TimedOut"/>.
    /// </summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);
        var client = clients.CreateClient(ClientName);
        var url = request.Url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                if (WhyRefused(url, limits) is { } refusal) return FetchResult.Refused(url, refusal);
                using var message = Build(url, request);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects == limits.MaxRedirects) return FetchResult.TooManyRedirects(request.Url, limits.MaxRedirects);
                    url = new Uri(url, location);
                    continue;
                }
                return await ReadAsync(url, request, response, limits, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.TimedOut(url, limits.Timeout);
        }
        catch (HttpRequestException failure) when (Refusal(failure) is { } refused)
        {
            return FetchResult.Refused(url, refused.Message);
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException)
        {
            return FetchResult.Failed(url, failure.Message);
        }
    }

    private static string? WhyRefused(Uri url, FetchOptions limits)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return $"only http and https URLs are fetched, not {(url.IsAbsoluteUri ? url.Scheme + ":" : "a relative URL")}";
        if (!limits.IsPortAllowed(url.Port)) return $"port {url.Port} is not allowed";
        return null;
    }

    private static HttpRequestMessage Build(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (request.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (request.Validators?.ETag is { } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (request.Validators?.LastModified is { } lastModified) message.Headers.IfModifiedSince = lastModified;
        return message;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<FetchResult> ReadAsync(Uri url, FetchRequest request, HttpResponseMessage response, FetchOptions limits, CancellationToken cancellationToken)
    {
        var validators = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            var current = validators.IsEmpty ? request.Validators ?? validators : validators;
            return new FetchResult { Outcome = FetchOutcome.NotModified, Url = url, StatusCode = response.StatusCode, Validators = current };
        }
        if (!response.IsSuccessStatusCode) return FetchResult.HttpError(url, response.StatusCode, response.ReasonPhrase);

        // An honest declared length refuses early; the count of decompressed bytes below is what decides.
        if (response.Content.Headers.ContentLength > limits.MaxBodyBytes)
            return FetchResult.TooLarge(url, limits.MaxBodyBytes);
        var body = await ReadCappedAsync(response.Content, limits.MaxBodyBytes, cancellationToken);
        if (body is null) return FetchResult.TooLarge(url, limits.MaxBodyBytes);

        MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Outcome = FetchOutcome.Fetched,
            Url = url,
            StatusCode = response.StatusCode,
            MediaType = contentType?.MediaType,
            CharSet = contentType?.CharSet,
            Body = body,
            Validators = validators,
        };
    }

    /// <summary>The decompressed body, or null as soon as it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes) return null;
            body.Write(chunk, 0, read);
        }
        return body.ToArray();
    }

    private static FetchRefusedException? Refusal(Exception failure)
    {
        for (Exception? inner = failure; inner is not null; inner = inner.InnerException)
            if (inner is FetchRefusedException refused) return refused;
        return null;
    }

    /// <summary>The handler under the named client: no proxy (it would connect for us, unchecked), no cookies, no automatic redirects.</summary>
    internal static SocketsHttpHandler CreateHandler(FetchOptions options) =>
        CreateHandler(options, options.AllowPrivateNetworks ? _ => null : NetworkAddresses.WhyRefused);

    /// <summary>The same handler with another address policy, for tests that need some loopback addresses allowed and others refused.</summary>
    internal static SocketsHttpHandler CreateHandler(FetchOptions options, Func<IPAddress, string?> whyRefused) => new()
    {
        ConnectCallback = new GuardedConnector(options, whyRefused).ConnectAsync,
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    /// <summary>Names Folio and where to learn about it, as a polite crawler does.</summary>
    internal static string UserAgent(FolioOptions folio) => $"Folio/1.0 (+https://{folio.RootDomain}/)";
}
