using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// The accessibility check every browser test leans on reports what it should: a serious problem
/// on the page, and one inside a frame (the customizer's preview, an embed), each naming where.
/// </summary>
public sealed class AxeCheckTests(Chromium chromium) : IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Reports_serious_problems_on_the_page_and_inside_its_frames()
    {
        var page = await PageServingAsync("""
            <!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
            <h1>A page with problems</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="unlabelled-photo">
            <iframe title="Preview" srcdoc="<!doctype html><html lang=en><title>Inner</title><main><button id=empty-button></button></main>"></iframe>
            </main></body></html>
            """);

        var problems = await page.SeriousViolationsAsync();

        Assert.Contains(problems, line => line.Contains("image-alt") && line.Contains("#unlabelled-photo"));
        Assert.Contains(problems, line => line.Contains("button-name") && line.Contains("#empty-button"));
    }

    [SkippableFact]
    public async Task Finds_nothing_on_a_sound_page_also_when_asked_twice()
    {
        var page = await PageServingAsync("""
            <!doctype html><html lang="en"><head><title>Sound</title></head><body><main>
            <h1>A sound page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">
            </main></body></html>
            """);

        Assert.Empty(await page.SeriousViolationsAsync());
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    /// <summary>A page at an http address (as Folio's are), so that its frames share its origin.</summary>
    private async Task<IPage> PageServingAsync(string html)
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.RouteAsync("http://axe.localhost/", route => route.FulfillAsync(new() { ContentType = "text/html", Body = html }));
        await page.GotoAsync("http://axe.localhost/");
        return page;
    }
}
