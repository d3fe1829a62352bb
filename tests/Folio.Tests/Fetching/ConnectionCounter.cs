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

    /// <summary>
    /// Whether anything connected. No waiting: a connect returns only once the handshake is done,
    /// so a connection is by then either waiting in the listen queue or taken from it and counted
    /// (the queue is read first, so one taken in between is counted).
    /// </summary>
    public bool WasConnected => listener.Pending() || Volatile.Read(ref accepted) > 0;

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
