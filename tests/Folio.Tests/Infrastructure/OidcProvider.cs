using System.Diagnostics;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (npm <c>oidc-provider</c>, tests/tools/oidc-provider) on a
/// loopback port, with one client for Folio. Its port is chosen before Folio starts (Folio is
/// configured with it) and it starts once Folio's port, part of the redirect address, is known.
/// Without its node_modules the tests that need it are skipped and say why, unless
/// FOLIO_REQUIRE_OIDC=1 (as in CI), which makes them fail instead.
/// </summary>
public sealed class OidcProvider : IDisposable
{
    public const string ClientId = "folio";
    public const string ClientSecret = "secret-for-tests";
    private Process? process;

    public const string Name = "TestId";
    public const string DisplayName = "Test ID";

    /// <summary>Where the provider sends people back to, on Folio's platform host.</summary>
    public const string CallbackPath = "/signin-oidc-testid";

    public int Port { get; } = NodeTools.FreePort();
    public string Authority => $"http://127.0.0.1:{Port}";

    /// <summary>Folio's configuration (docs/contract.md keys) for this provider.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new($"Folio:Login:Oidc:{Name}:Authority", Authority),
        new($"Folio:Login:Oidc:{Name}:ClientId", ClientId),
        new($"Folio:Login:Oidc:{Name}:ClientSecret", ClientSecret),
        new($"Folio:Login:Oidc:{Name}:DisplayName", DisplayName),
        new("Folio:Login:AllowHttpAuthorities", "true"),
        // The provider serves people's pictures from loopback, which the guarded fetcher refuses by default.
        new("Folio:Fetch:AllowPrivateNetworks", "true"),
        new("Folio:Fetch:AllowedPorts:0", Port.ToString()),
    ];

    public static bool IsAvailable
    {
        get
        {
            if (NodeTools.IsInstalled("oidc-provider")) return true;
            if (Environment.GetEnvironmentVariable("FOLIO_REQUIRE_OIDC") == "1")
                throw new InvalidOperationException($"FOLIO_REQUIRE_OIDC=1 but {NodeTools.Folder("oidc-provider")} has no node_modules: run `npm ci` there.");
            return false;
        }
    }

    public void SkipUnlessAvailable() =>
        Skip.If(!IsAvailable, $"The OpenID Connect test provider is not installed: run `npm ci` in {NodeTools.Folder("oidc-provider")}.");

    /// <summary>Starts the provider, accepting logins that return to these addresses.</summary>
    public async Task StartAsync(params string[] redirectUris)
    {
        if (process is not null) return;
        var start = new ProcessStartInfo("node") { WorkingDirectory = NodeTools.Folder("oidc-provider"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "provider.mjs", Port.ToString(), ClientId, ClientSecret }.Concat(redirectUris)) start.ArgumentList.Add(argument);
        process = Process.Start(start)!;
        process.BeginErrorReadLine(); // its warnings, read so the pipe never fills
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)) is { } line)
            if (line.StartsWith("listening", StringComparison.Ordinal)) return;
        throw new InvalidOperationException("The OpenID Connect test provider stopped before it listened.");
    }

    public void Dispose()
    {
        if (process is null) return;
        process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
