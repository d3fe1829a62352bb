using System.ComponentModel.DataAnnotations;

namespace Folio.Features.Fetching;

/// <summary>The <c>Folio:Fetch</c> configuration section: what the guarded fetcher may reach and how much it reads.</summary>
public sealed class FetchOptions
{
    public const string Section = "Folio:Fetch";

    /// <summary>The ports fetched when <see cref="AllowedPorts"/> is empty.</summary>
    public static readonly IReadOnlyList<int> DefaultPorts = [80, 443, 8080];

    /// <summary>Lets tests fetch from 127.0.0.1 and other private addresses; never on in production.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// The ports a URL may name; empty means <see cref="DefaultPorts"/>. Empty by default because
    /// configuration binding appends to a list that already holds values instead of replacing it.
    /// </summary>
    public List<int> AllowedPorts { get; set; } = [];

    /// <summary>The most a response body may hold after decompression.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The whole fetch, every redirect and the body included, must finish within this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsPortAllowed(int port) => (AllowedPorts.Count > 0 ? AllowedPorts : DefaultPorts).Contains(port);
}
