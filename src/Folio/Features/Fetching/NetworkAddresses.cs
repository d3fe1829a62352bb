using System.Net;
using System.Net.Sockets;

namespace Folio.Features.Fetching;

/// <summary>
/// Tells which addresses an outbound request must never reach: anything that is not a public
/// unicast address on the internet (loopback, private, link-local, reserved and the like), so a
/// URL someone typed or a feed redirected to cannot probe Folio's own network.
/// </summary>
public static class NetworkAddresses
{
    private static readonly (IPNetwork Network, string Reason)[] RefusedV4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a \"this network\" address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private network address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private network address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved protocol address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.88.99.0/24"), "a reserved relay address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private network address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly (IPNetwork Network, string Reason)[] RefusedV6 =
    [
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local (private network) address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("3fff::/20"), "a documentation address"),
        (IPNetwork.Parse("2001:2::/48"), "a benchmarking address"),
    ];

    // Only global unicast is on the public internet; everything else in IPv6 is special-purpose.
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Teredo = IPNetwork.Parse("2001::/32");

    /// <summary>Why an outbound request must not go to the address, or null when it may.</summary>
    public static string? WhyRefused(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => WhyRefusedV4(address),
        AddressFamily.InterNetworkV6 => WhyRefusedV6(address),
        _ => "not an internet address",
    };

    private static string? WhyRefusedV4(IPAddress address) =>
        RefusedV4.Where(range => range.Network.Contains(address)).Select(range => range.Reason).FirstOrDefault();

    private static string? WhyRefusedV6(IPAddress address)
    {
        // Addresses that carry an IPv4 address are judged by the IPv4 address they reach.
        if (address.IsIPv4MappedToIPv6) return WhyRefusedV4(address.MapToIPv4());
        if (Nat64.Contains(address)) return WhyRefusedV4(EmbeddedV4(address, 12));
        if (SixToFour.Contains(address)) return Embedding(address, EmbeddedV4(address, 2));
        if (Teredo.Contains(address))
        {
            // Teredo holds the relay server's address and, inverted, the client's.
            var client = EmbeddedV4(address, 12, invert: true);
            return Embedding(address, EmbeddedV4(address, 4)) ?? Embedding(address, client);
        }
        var special = RefusedV6.Where(range => range.Network.Contains(address)).Select(range => range.Reason).FirstOrDefault();
        if (special is not null) return special;
        return GlobalUnicast.Contains(address) ? null : "a reserved address";
    }

    private static string? Embedding(IPAddress address, IPAddress v4) =>
        WhyRefusedV4(v4) is { } reason ? $"a tunnel address that embeds {v4}, {reason}" : null;

    private static IPAddress EmbeddedV4(IPAddress address, int offset, bool invert = false)
    {
        var bytes = address.GetAddressBytes().AsSpan(offset, 4).ToArray();
        if (invert) for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)~bytes[i];
        return new IPAddress(bytes);
    }
}
