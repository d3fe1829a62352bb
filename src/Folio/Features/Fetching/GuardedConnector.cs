using System.Net;
using System.Net.Sockets;

namespace Folio.Features.Fetching;

/// <summary>
/// Opens the TCP connections of the fetch client. It resolves the host itself and connects only
/// to an address it has checked, so the address judged is the address used: a name that resolves
/// to a public address when a URL is checked and to 127.0.0.1 a moment later (DNS rebinding) is
/// still refused, and so is every redirect's host, because each new connection comes through here.
/// The address policy is <see cref="NetworkAddresses.WhyRefused"/>, or nothing with AllowPrivateNetworks.
/// </summary>
internal sealed class GuardedConnector(FetchOptions options, Func<IPAddress, string?> whyRefused)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        if (!options.IsPortAllowed(port)) throw new FetchRefusedException($"port {port} is not allowed");

        var allowed = new List<IPAddress>();
        string? firstRefusal = null;
        foreach (var address in await ResolveAsync(host, cancellationToken))
        {
            var target = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            var refusal = whyRefused(target);
            if (refusal is null) allowed.Add(target);
            else firstRefusal ??= $"{address} is {refusal}";
        }
        if (allowed.Count == 0) throw new FetchRefusedException(firstRefusal ?? $"{host} has no address");

        SocketException? lastFailure = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException failure)
            {
                socket.Dispose();
                lastFailure = failure;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw lastFailure!;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        // An IPv6 literal may arrive in its URL brackets.
        var bare = host.TrimStart('[').TrimEnd(']');
        return IPAddress.TryParse(bare, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(bare, cancellationToken);
    }
}
