using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class ServerErrorBrowserTests(ServerErrorBrowserTests.BrokenLiveApp app, Chromium chromium) : IClassFixture<ServerErrorBrowserTests.BrokenLiveApp>, IClassFixture<Chromium>
{
    /// <summary>Folio on a socket with its static pages broken.</summary>
    public sealed class BrokenLiveApp : LiveFolioApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<PostPasswordGate>(_ => throw new InvalidOperationException("broken for the test")));
        }
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_reader_of_a_failing_page_sees_something_went_wrong_in_the_site_look_with_a_request_id(int width)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });

        var response = await page.GotoAsync(app.UrlOf("demo.localhost", "/about/"));

        Assert.Equal(500, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Something went wrong" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".request-id")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Get started" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync($"server-error-{width}");
        var problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page is wider than the window.");
    }
}
