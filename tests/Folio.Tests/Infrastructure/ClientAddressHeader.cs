using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no sockets, so every request comes from the same (no) address.
/// A request with this header comes from the address it names instead, as if it had connected
/// from there: how a test plays a stranger and an owner at two addresses. Test hosts only.
/// </summary>
public sealed class ClientAddressHeader : IStartupFilter
{
    public const string Name = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Name], out var address)) context.Connection.RemoteIpAddress = address;
            return following(context);
        });
        next(app);
    };
}
