using System.Data.Common;
using StackExchange.Redis;

namespace Folio.Features.Health;

/// <summary>
/// Turns a request that failed because the database or Redis does not answer into a 503 with
/// <c>Retry-After</c> and a page that says so, instead of a blank 500. Any other failure is
/// rethrown as it was.
/// </summary>
public sealed class DependencyOutage(RequestDelegate next, ILogger<DependencyOutage> logger)
{
    /// <summary>Seconds a client is asked to wait: long enough for a restart, short enough for a reader.</summary>
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsOutage(exception) && !context.Response.HasStarted)
        {
            logger.LogError(exception, "Answered {Path} with 503: a service it needs does not answer.", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            context.Response.Headers.CacheControl = "no-store";
            await UnavailablePage.WriteAsync(context);
        }
    }

    /// <summary>A dependency that is down or overloaded, however deep EF Core or a cache wrapped it.</summary>
    internal static bool IsOutage(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is RedisConnectionException or RedisTimeoutException) return true;
            // Npgsql: connection failures and server states such as "not accepting connections";
            // Microsoft.Data.Sqlite: a database that stays busy past the writer timeout.
            if (exception is DbException { IsTransient: true }) return true;
        }
        return false;
    }
}
