using System.Net;
using System.Net.Sockets;

namespace Folio.Tests.Fetching;

/// <summary>
/// A raw TCP listener that accepts and counts connections and answers nothing: the proof that a
/// refused fetch never even opened a connection to its target.
/// </summary>
public sealed class ConnectionCounter : IDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private int accepted;

    public ConnectionCounter(string address = "127.0.0.1")
    {
        listener = new TcpListener(IPAddress.Parse(address), 0);
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The connections accepted so far, after a moment for any in flight to land.</summary>
    public async Task<int> AcceptedAsync()
    {
        await Task.Delay(200);
        return Volatile.Read(ref accepted);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref accepted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }
}
