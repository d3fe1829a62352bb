using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Folio.Features.Errors;

/// <summary>
/// What a reader or a client sees when a request goes wrong: the site's (or the platform's)
/// "Page not found" and "Something went wrong" pages, JSON errors on JSON addresses, and the
/// "This form expired" page that keeps what was typed.
/// </summary>
public static class ErrorPages
{
    public const string NotFoundPath = "/not-found";
    public const string ServerErrorPath = "/error";

    public static IServiceCollection AddErrorPages(this IServiceCollection services)
    {
        services.AddExceptionHandler<FailedRequests>();
        // Both filters see every page's result: one instance each, not one made per request.
        services.AddSingleton<ExpiredFormKeepsText>();
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add(new UnclaimedMethodIsNotFound());
            options.Filters.AddService<ExpiredFormKeepsText>();
        });
        return services;
    }

    /// <summary>
    /// The exception handler and the status pages. Both answer by running the pipeline again
    /// for their page; that second run is a GET, whatever the first was, so an error page never
    /// runs a form's handler or its antiforgery check (which turned a POST's 404 into a 400).
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ServerErrorPath,
            // The failed request's own scope may hold a broken data context.
            CreateScopeForErrors = true,
            // FailedRequests logs every failure with its request id; the middleware's own line would repeat it without.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePagesWithReExecute(NotFoundPath);
        return app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (IsErrorPageRun(context) && !HttpMethods.IsHead(method)) context.Request.Method = HttpMethods.Get;
            try
            {
                await next(context);
            }
            finally
            {
                context.Request.Method = method;
            }
        });
    }

    private static bool IsErrorPageRun(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
