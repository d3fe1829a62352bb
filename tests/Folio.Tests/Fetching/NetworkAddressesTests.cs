using System.Net;
using Folio.Features.Fetching;

namespace Folio.Tests.Fetching;

public sealed class NetworkAddressesTests
{
    [Theory]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("0.1.2.3", "this network")]
    [InlineData("10.0.0.5", "a private network address")]
    [InlineData("172.16.0.1", "a private network address")]
    [InlineData("172.31.255.255", "a private network address")]
    [InlineData("192.168.1.1", "a private network address")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("192.0.0.8", "reserved protocol")]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.99", "documentation")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("198.19.255.1", "benchmarking")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456:789a::1", "unique-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("2001:2::1", "benchmarking")]
    [InlineData("100::1", "reserved")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.5", "a private network address")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::a00:5", "a private network address")]
    [InlineData("2002:a00:5::1", "embeds 10.0.0.5, a private network address")]
    [InlineData("2002:7f00:1::1", "embeds 127.0.0.1, a loopback address")]
    // Teredo: server 192.168.0.1, client 8.8.8.8 stored inverted (f7f7:f7f7).
    [InlineData("2001:0:c0a8:1::f7f7:f7f7", "embeds 192.168.0.1")]
    // Teredo: server 8.8.8.8, client 10.0.0.1 stored inverted (f5ff:fffe).
    [InlineData("2001:0:808:808::f5ff:fffe", "embeds 10.0.0.1")]
    public void Special_addresses_are_refused_with_their_kind(string address, string reason)
    {
        var why = NetworkAddresses.WhyRefused(IPAddress.Parse(address));
        Assert.NotNull(why);
        Assert.Contains(reason, why);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:0:808:808::f7f7:f7f7")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(NetworkAddresses.WhyRefused(IPAddress.Parse(address)));
    }
}
