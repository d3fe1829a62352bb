using Folio.Features.Demo;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class LikeBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Reader_logs_in_to_like_the_post_sees_their_face_under_it_and_unlikes_it_in_place()
    {
        var browser = chromium.Browser;
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>()
                .HandleAsync(new CreateAccount("rita@example.com", FolioApp.MemberPassword, "Rita Reader"))).Errors);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();
        var likes = page.Locator("#likes");
        await Assertions.Expect(likes.GetByText("Be the first to like this.")).ToBeVisibleAsync();

        // Like asks the platform who Rita is: she logs in there, and comes back with the post liked.
        await likes.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("rita@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        var liked = likes.GetByRole(AriaRole.Button, new() { Name = "Liked", Exact = true, Pressed = true });
        await Assertions.Expect(liked).ToBeVisibleAsync();
        await Assertions.Expect(likes.GetByText("One blogger likes this.")).ToBeVisibleAsync();
        var face = likes.GetByRole(AriaRole.Link, new() { Name = "Rita Reader" });
        await Assertions.Expect(face).ToHaveAttributeAsync("href", app.UrlOf("localhost", "/people/rita/"));
        await Assertions.Expect(face.GetByRole(AriaRole.Img)).ToHaveJSPropertyAsync("naturalWidth", 48); // the generated avatar loaded
        Assert.Empty(await page.SeriousViolationsAsync());

        var address = page.Url;
        await liked.ClickAsync();
        await Assertions.Expect(likes.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true, Pressed = false })).ToBeVisibleAsync();
        await Assertions.Expect(likes.GetByText("Be the first to like this.")).ToBeVisibleAsync();
        await Assertions.Expect(face).ToHaveCountAsync(0);
        Assert.Equal(address, page.Url); // in place, no page load

        await likes.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true }).ClickAsync();
        await Assertions.Expect(likes.GetByText("One blogger likes this.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(likes.GetByRole(AriaRole.Button, new() { Name = "Liked", Exact = true, Pressed = true })).ToBeVisibleAsync();
    }
}
