using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

/// <summary>
/// How many images the server decodes and encodes at once (issue 18, item 2). Each holds its
/// decoded pixels, up to <see cref="MediaOptions.MaxPixels"/> × 4 bytes, and its copies while it
/// works: four small PNGs declaring large canvases took the server from 295 MB to 1.7 GB. More
/// uploads than slots wait their turn (or until the uploader gives up), so memory stays bounded.
/// </summary>
public sealed class ImageWork(IOptions<MediaOptions> options)
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.ConcurrentImageWork));
    private int waiting;

    /// <summary>Images waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>A slot, held until disposed.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
        return new Slot(slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
