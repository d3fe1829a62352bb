using Folio.Data;

namespace Folio.Features.Health;

public static class HealthApi
{
    /// <summary><c>/healthz</c> on every host: 200 when the process and its database answer.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (FolioDbContext db, CancellationToken cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Text("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
