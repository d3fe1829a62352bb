using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Passkeys from a real browser: Chromium's virtual authenticator (driven over the DevTools
/// protocol) stands in for a device's lock, and Folio checks its signatures for real.
/// </summary>
public sealed class PasskeyBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task An_account_adds_a_passkey_then_logs_in_with_it_and_no_password()
    {
        await app.NewReaderAsync("petra@example.com", "Petra");
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await WithVirtualAuthenticatorAsync(page);
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2Fpasskeys%2F"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("petra@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        await page.GetByLabel("Name it after the device").FillAsync("Test laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Passkey added. You can log in with it now.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your passkeys" })).ToContainTextAsync("Test laptop");
        Assert.Empty(await page.SeriousViolationsAsync());

        await page.GotoAsync(app.UrlOf("localhost", "/logout/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Log Out" }).ClickAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Display name" })).ToHaveValueAsync("Petra");
    }

    [SkippableFact]
    public async Task A_passkey_nobody_registered_logs_nobody_in()
    {
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await WithVirtualAuthenticatorAsync(page, withStrangersPasskey: true);
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByText("That passkey did not log you in")).ToBeVisibleAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/account/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log In" })).ToBeVisibleAsync();
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_passkey_button_stands_apart_from_log_in_and_reads_as_the_other_way(int width)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await WithVirtualAuthenticatorAsync(page);
        await page.GotoAsync(app.UrlOf("localhost", "/login/"));
        var logIn = page.GetByRole(AriaRole.Button, new() { Name = "Log In" });
        var passkey = page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" });
        await Assertions.Expect(passkey).ToBeVisibleAsync();
        await page.SaveScreenshotAsync($"login-with-passkey-{width}");

        var logInBox = (await logIn.BoundingBoxAsync())!;
        var passkeyBox = (await passkey.BoundingBoxAsync())!;
        Assert.True(passkeyBox.Y - (logInBox.Y + logInBox.Height) >= 8, $"The buttons are {passkeyBox.Y - (logInBox.Y + logInBox.Height)}px apart.");
        const string Background = "button => getComputedStyle(button).backgroundColor";
        Assert.NotEqual(await logIn.EvaluateAsync<string>(Background), await passkey.EvaluateAsync<string>(Background));
    }

    /// <summary>
    /// A device that says yes at once, as a person touching the sensor would. With a stranger's
    /// passkey it also holds a credential for this host that Folio never registered.
    /// </summary>
    private static async Task WithVirtualAuthenticatorAsync(IPage page, bool withStrangersPasskey = false)
    {
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        var added = await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        if (!withStrangersPasskey) return;
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        await devtools.SendAsync("WebAuthn.addCredential", new Dictionary<string, object>
        {
            ["authenticatorId"] = added!.Value.GetProperty("authenticatorId").GetString()!,
            ["credential"] = new Dictionary<string, object>
            {
                ["credentialId"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                ["isResidentCredential"] = true, ["rpId"] = "localhost",
                ["userHandle"] = Convert.ToBase64String("999999"u8.ToArray()),
                ["privateKey"] = Convert.ToBase64String(key.ExportPkcs8PrivateKey()), ["signCount"] = 0,
            },
        });
    }
}
