using Folio.Features.Themes;
using Folio.Infrastructure;

namespace Folio.Features.Health;

/// <summary>
/// The "temporarily unavailable" answer. It is written here rather than rendered by a Razor page
/// because the layouts and the site lookup need the very services that are down; it links only
/// static files. REST clients get a WordPress-style error object instead.
/// </summary>
internal static class UnavailablePage
{
    private const string Message = "Folio cannot answer right now because a service it depends on is not responding.";

    public static Task WriteAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/wp-json"))
            return context.Response.WriteAsJsonAsync(new { code = "folio_unavailable", message = Message + $" Try again in {DependencyOutage.RetryAfterSeconds} seconds.", data = new { status = 503 } });

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Temporarily unavailable – Folio</title>
                <meta name="color-scheme" content="light dark">
                <link rel="stylesheet" href="{{context.Asset(Fonts.Stylesheet)}}">
                <link rel="stylesheet" href="{{context.Asset("/css/site.css")}}">
                <link rel="stylesheet" href="{{context.Asset("/css/themes/classic.css")}}">
            </head>
            <body class="platform">
                <header class="site-header">
                    <div class="site-header-inner">
                        <p class="site-title">Folio</p>
                    </div>
                </header>
                <main id="content" class="site-main">
                    <section class="not-found">
                        <h1>Temporarily unavailable</h1>
                        <p>{{Message}} Nothing that was already saved is lost.</p>
                        <p>If you were sending a form, it was not saved: go back and send it again in a minute.</p>
                    </section>
                </main>
            </body>
            </html>
            """);
    }
}
