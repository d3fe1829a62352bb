using System.Net;
using System.Text.Json;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Features.RestApi;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Folio.Tests.Errors;

/// <summary>
/// A request that fails answers "Something went wrong" in the site's or the platform's look (JSON
/// on the REST API) with a request id that the log carries beside the exception, and never the
/// exception's own words.
/// </summary>
public sealed class ServerErrorTests(ServerErrorTests.BrokenApp app) : IClassFixture<ServerErrorTests.BrokenApp>
{
    /// <summary>Folio with the services of a site's static pages, the platform's profiles and the REST search broken, and its log kept.</summary>
    public sealed class BrokenApp : FolioApp
    {
        public const string Secret = "connection string with a secret in it";

        public FakeLogCollector Log => Services.GetRequiredService<FakeLogCollector>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddFakeLogging());
            builder.ConfigureTestServices(services => services
                .AddScoped<PostPasswordGate>(_ => throw new InvalidOperationException(Secret))
                .AddScoped<PersonDirectory>(_ => throw new InvalidOperationException(Secret))
                .AddScoped<RestSearch>(_ => throw new InvalidOperationException(Secret)));
        }
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_failing_site_page_says_something_went_wrong_in_the_site_look_with_its_logged_request_id(string method)
    {
        var response = await app.DemoClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/about/"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenApp.Secret, body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form[role=search]")); // the site's own header
        AssertLoggedWithException(page.QuerySelector(".request-id")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_failing_platform_page_says_something_went_wrong_in_the_platform_look()
    {
        var response = await app.ClientFor("localhost").GetAsync("/people/someone/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Folio", page.QuerySelector(".site-title")!.TextContent.Trim());
        AssertLoggedWithException(page.QuerySelector(".request-id")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_failing_rest_request_answers_a_json_error_with_its_logged_request_id()
    {
        var response = await app.DemoClient().GetAsync("/wp-json/wp/v2/search?search=words");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenApp.Secret, text);
        var error = JsonDocument.Parse(text).RootElement;
        Assert.Equal("internal_server_error", error.GetProperty("code").GetString());
        Assert.Equal(500, error.GetProperty("data").GetProperty("status").GetInt32());
        var logged = app.Log.GetSnapshot().Where(record => record.Level == LogLevel.Error && record.Exception?.Message == BrokenApp.Secret);
        Assert.Contains(logged, record => error.GetProperty("message").GetString()!.Contains(RequestIdOf(record)));
    }

    private void AssertLoggedWithException(string requestId)
    {
        Assert.NotEmpty(requestId);
        var records = app.Log.GetSnapshot().Where(record => record.Level >= LogLevel.Error && record.Message.Contains(requestId)).ToList();
        var record = Assert.Single(records);
        Assert.Equal(BrokenApp.Secret, record.Exception?.Message);
    }

    private static string RequestIdOf(FakeLogRecord record) =>
        record.StructuredState!.Single(pair => pair.Key == "RequestId").Value!;
}
