using Microsoft.Playwright;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no browser download). Where Chromium is not
/// installed the browser tests are skipped and say why, unless FOLIO_REQUIRE_BROWSER=1 (as in
/// CI), which makes them fail instead.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public static bool IsRequired => Environment.GetEnvironmentVariable("FOLIO_REQUIRE_BROWSER") == "1";

    public IBrowser Browser => browser ?? throw new SkipException($"Chromium is not installed at {ExecutablePath}; install it with: apt-get install chromium");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (IsRequired) throw new InvalidOperationException($"FOLIO_REQUIRE_BROWSER=1 but Chromium is not installed at {ExecutablePath}.");
            return;
        }
        // On two shared cores (two test classes, Chromium and Folio at once) a page behind a chain
        // of redirects can take longer than Playwright's five seconds to show; what never shows
        // still fails, after fifteen.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Keep every request on this machine: only loopback names resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE *.localhost"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
