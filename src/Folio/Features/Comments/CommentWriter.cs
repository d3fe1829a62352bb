using System.Threading.Channels;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Comments;

/// <summary>
/// Group commit for comments. A synced commit costs the same for one row as for hundreds, and
/// SQLite has one writer at a time, so one commit per comment caps comments at the disk's
/// commits per second. Requests check their comment in parallel, then hand it here; one loop
/// per process takes every comment waiting and saves them in one transaction, evicts each post's
/// pages once, and only then answers each request: "saved" still means committed
/// (docs/architecture.md, principle 4). If a batch fails, its comments are saved one by one, so one bad comment is
/// refused alone. Every server of a fleet runs its own writer; they share the database's lock.
/// </summary>
public sealed class CommentWriter(IServiceScopeFactory scopes, IOutputCacheStore cache, ILogger<CommentWriter> logger) : IHostedService
{
    /// <summary>The most comments in one transaction: enough to ride out a slow fsync, few enough to keep a batch's write short.</summary>
    public const int MaxBatch = 256;


    // Bounded, so that a flood waits at the door (back-pressure) instead of filling memory.
    private readonly Channel<CommentToSave> waiting = Channel.CreateBounded<CommentToSave>(new BoundedChannelOptions(4 * MaxBatch)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    private Task loop = Task.CompletedTask;

    /// <summary>Saves the comment with its news; returns once it is committed (null), or why it was not saved.</summary>
    /// <param name="site">The site the comment belongs to.</param>
    /// <param name="comment">The checked comment, not yet saved; it has its id once this returns null.</param>
    /// <param name="news">Whom to tell of it, in the same transaction.</param>
    /// <param name="cancellationToken">Gives up waiting for room in the queue; once queued, the comment is saved and answered.</param>
    public async Task<CommentRefusal?> SaveAsync(SiteView site, Comment comment, CommentNews news, CancellationToken cancellationToken)
    {
        var item = new CommentToSave(site, comment, news);
        try
        {
            await waiting.Writer.WriteAsync(item, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return new CommentRefusal.ShuttingDown();
        }
        return await item.Answer;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loop = Task.Run(WriteWaitingAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Takes no more comments, and writes those already waiting before it returns; if the host stops waiting first, those still queued are refused, never dropped.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        waiting.Writer.TryComplete();
        try
        {
            await loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            while (waiting.Reader.TryRead(out var item)) item.Refused(new CommentRefusal.ShuttingDown());
        }
    }

    private async Task WriteWaitingAsync()
    {
        var batch = new List<CommentToSave>(MaxBatch);
        // Ends once StopAsync closed the queue and it is empty.
        while (await waiting.Reader.WaitToReadAsync())
        {
            // No lingering for more: whatever arrives during this batch's commit makes the next batch.
            while (batch.Count < MaxBatch && waiting.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception exception)
            {
                // A fault of the writer itself must not leave requests waiting forever, nor stop the loop.
                logger.LogError(exception, "The comment writer failed on a batch of {Count}.", batch.Count);
                foreach (var item in batch) item.Refused(new CommentRefusal.NotSaved());
            }
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<CommentToSave> batch)
    {
        var saved = batch;
        try
        {
            await CommentBatch.SaveAsync(scopes, batch);
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            logger.LogWarning(exception, "A batch of {Count} comments failed; saving them one by one.", batch.Count);
            saved = [];
            foreach (var item in batch)
            {
                if (await SaveAloneAsync(item)) saved.Add(item);
            }
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A comment on post {PostId} could not be saved.", batch[0].Comment.PostId);
            batch[0].Refused(new CommentRefusal.NotSaved());
            return;
        }
        await EvictAndAnswerAsync(saved);
    }

    private async Task<bool> SaveAloneAsync(CommentToSave item)
    {
        // The failed batch may have given the comment an id before it was rolled back.
        item.Comment.Id = 0;
        try
        {
            await CommentBatch.SaveAsync(scopes, [item]);
            return true;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A comment on post {PostId} could not be saved.", item.Comment.PostId);
            item.Refused(new CommentRefusal.NotSaved());
            return false;
        }
    }

    /// <summary>
    /// A published comment is on its post's next page view: each post's pages are evicted once per
    /// batch, before anyone is answered. A held one changes no page, only the count awaiting moderation.
    /// </summary>
    private async Task EvictAndAnswerAsync(List<CommentToSave> saved)
    {
        foreach (var post in saved.GroupBy(item => item.Comment.PostId))
        {
            try
            {
                var siteId = post.First().Comment.SiteId;
                if (post.Any(item => item.Comment.Status == CommentStatus.Approved))
                    await cache.EvictDiscussionAsync(siteId, post.Key, CancellationToken.None);
                if (post.Any(item => item.Comment.Status == CommentStatus.Pending))
                    await cache.EvictByTagAsync(CacheTags.Moderation(siteId), CancellationToken.None);
                foreach (var item in post) item.Saved();
            }
            catch (Exception exception)
            {
                // Saved, but the page may still show the post without it: the request fails, as it did before comments were grouped.
                foreach (var item in post) item.Failed(exception);
            }
        }
    }
}
