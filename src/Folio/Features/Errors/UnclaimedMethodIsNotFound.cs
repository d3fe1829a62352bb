using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Folio.Features.Errors;

/// <summary>
/// A POST (or PUT, DELETE…) that no handler of the page takes answers 404. Razor Pages would
/// otherwise render the page without running its GET handler: a POST to an unknown path that a
/// catch-all page (<c>/{slug}/</c>) matched crashed on the page's missing post.
/// </summary>
internal sealed class UnclaimedMethodIsNotFound : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        return next();
    }
}
