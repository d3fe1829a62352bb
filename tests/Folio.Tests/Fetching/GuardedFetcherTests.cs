using System.IO.Compression;
using System.Net;
using Folio.Features.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Fetching;

/// <summary>What the fetcher does with servers it may reach: redirects, caps, validators, headers.</summary>
public sealed class GuardedFetcherTests
{
    [Fact]
    public async Task Fetches_a_body_with_its_type_and_names_itself()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", (HttpRequest request) =>
            Results.Text($"agent: {request.Headers.UserAgent}", "application/rss+xml; charset=utf-8")));
        var result = await Fetchers.ForLocalServers(server.Port).GetAsync(server.Url("/feed"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("application/rss+xml", result.MediaType);
        Assert.Equal("agent: Folio/1.0 (+https://folio.test/)", result.BodyText());
    }

    [Fact]
    public async Task Follows_up_to_five_redirects_and_refuses_the_sixth()
    {
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            // /hops/n redirects n times (relative Location), then answers.
            app.MapGet("/hops/{n:int}", (int n) => n == 0 ? Results.Text("arrived") : Results.Redirect($"{n - 1}"));
        });
        var fetcher = Fetchers.ForLocalServers(server.Port);

        var five = await fetcher.GetAsync(server.Url("/hops/5"));
        Assert.True(five.Succeeded, five.Error);
        Assert.Equal("arrived", five.BodyText());
        Assert.Equal(server.Url("/hops/0"), five.Url);

        var six = await fetcher.GetAsync(server.Url("/hops/6"));
        Assert.Equal(FetchOutcome.TooManyRedirects, six.Outcome);
        Assert.Equal("too many redirects: more than 5", six.Error);
    }

    [Fact]
    public async Task A_body_larger_than_the_cap_is_refused_whether_declared_or_streamed()
    {
        var big = new string('x', 65 * 1024);
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/declared", () => Results.Text(big));
            app.MapGet("/streamed", async (HttpResponse response) =>
            {
                for (var i = 0; i < 65; i++)
                {
                    await response.WriteAsync(new string('x', 1024));
                    await response.Body.FlushAsync();
                }
            });
        });
        var fetcher = Fetchers.ForLocalServers(options => options.MaxBodyBytes = 64 * 1024, server.Port);

        foreach (var path in new[] { "/declared", "/streamed" })
        {
            var result = await fetcher.GetAsync(server.Url(path));
            Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
            Assert.Equal("too large: more than 64 KB", result.Error);
        }
    }

    [Fact]
    public async Task A_small_gzip_body_that_expands_past_the_cap_is_refused()
    {
        var bomb = Gzip(new byte[10 * 1024 * 1024]);
        Assert.True(bomb.Length < 64 * 1024);
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/bomb", (HttpResponse response) =>
            {
                response.Headers.ContentEncoding = "gzip";
                return Results.Bytes(bomb, "application/xml");
            });
            app.MapGet("/small", (HttpResponse response) =>
            {
                response.Headers.ContentEncoding = "gzip";
                return Results.Bytes(Gzip("<rss/>"u8.ToArray()), "application/xml");
            });
        });
        var fetcher = Fetchers.ForLocalServers(options => options.MaxBodyBytes = 1024 * 1024, server.Port);

        var exploded = await fetcher.GetAsync(server.Url("/bomb"));
        Assert.Equal(FetchOutcome.TooLarge, exploded.Outcome);
        Assert.Equal("too large: more than 1 MB", exploded.Error);

        var small = await fetcher.GetAsync(server.Url("/small"));
        Assert.True(small.Succeeded, small.Error);
        Assert.Equal("<rss/>", small.BodyText());
    }

    [Fact]
    public async Task A_slow_body_runs_into_the_time_cap()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/slow", async (HttpResponse response, CancellationToken aborted) =>
        {
            await response.WriteAsync("<rss>");
            await response.Body.FlushAsync(aborted);
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
        }));
        var fetcher = Fetchers.ForLocalServers(options => options.Timeout = TimeSpan.FromMilliseconds(500), server.Port);

        var started = DateTime.UtcNow;
        var result = await fetcher.GetAsync(server.Url("/slow"));

        Assert.Equal(FetchOutcome.TimedOut, result.Outcome);
        Assert.Equal("timed out after 0.5 s", result.Error);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_conditional_get_reports_not_modified_and_the_validators()
    {
        var lastModified = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/feed", (HttpRequest request, HttpResponse response) =>
        {
            response.Headers.ETag = "\"v2\"";
            response.Headers.LastModified = lastModified.ToString("R");
            var sameTag = request.Headers.IfNoneMatch == "\"v2\"";
            var sameDate = request.Headers.IfModifiedSince.Count > 0 && DateTimeOffset.Parse(request.Headers.IfModifiedSince!) >= lastModified;
            return sameTag || sameDate ? Results.StatusCode(304) : Results.Text("<rss/>", "application/rss+xml");
        }));
        var fetcher = Fetchers.ForLocalServers(server.Port);

        var first = await fetcher.GetAsync(server.Url("/feed"));
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(new FetchValidators("\"v2\"", lastModified), first.Validators);

        var byTag = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed"), new FetchValidators("\"v2\"", null)));
        Assert.Equal(FetchOutcome.NotModified, byTag.Outcome);
        Assert.Empty(byTag.Body);
        Assert.Equal(new FetchValidators("\"v2\"", lastModified), byTag.Validators);

        var byDate = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed"), new FetchValidators(null, lastModified)));
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);

        var stale = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed"), new FetchValidators("\"v1\"", null)));
        Assert.Equal(FetchOutcome.Fetched, stale.Outcome);
    }

    [Fact]
    public async Task An_error_status_is_a_result_that_says_what_the_server_answered()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/", () => Results.Text("fine")));
        var result = await Fetchers.ForLocalServers(server.Port).GetAsync(server.Url("/missing"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal("the server answered 404 Not Found", result.Error);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_a_failed_result()
    {
        var result = await Fetchers.ForLocalServers().GetAsync(new Uri("http://no-such-host.invalid/"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.StartsWith("could not fetch: ", result.Error);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize)) gzip.Write(data);
        return output.ToArray();
    }
}
