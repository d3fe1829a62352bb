using Folio.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Folio.Features.Health;

public static class HealthApi
{
    /// <summary>The tag of the checks that <c>/healthz/ready</c> runs: the services every page needs.</summary>
    public const string Readiness = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks the database for readiness; fleet mode adds Redis (<see cref="Infrastructure.Fleet.FleetServices"/>). A check that hangs counts as failed after five seconds.</summary>
    public static IServiceCollection AddHealthFeature(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<FolioDbContext>("database", tags: [Readiness]);
        services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations) check.Timeout = CheckTimeout;
        });
        return services;
    }

    /// <summary>
    /// <c>/healthz/ready</c> on every host: 200 when every service that pages need answers, else 503,
    /// one line a service. It runs before the site is looked up, which needs the database itself.
    /// </summary>
    public static IApplicationBuilder UseReadiness(this IApplicationBuilder app) =>
        app.UseHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Readiness),
            ResponseWriter = WriteReportAsync,
        });

    /// <summary><c>/healthz</c> on every host: 200 when the process and its database answer.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (FolioDbContext db, CancellationToken cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Text("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }

    // Names and states only: the reasons (addresses, messages) go to the log, not to the public.
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var lines = report.Entries.Select(entry => $"{entry.Key}: {(entry.Value.Status == HealthStatus.Healthy ? "ready" : "unavailable")}\n");
        return context.Response.WriteAsync(string.Concat(lines));
    }
}
