using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Demo;

/// <summary>
/// The first start on a new data directory says, in one block, where the demo site is and how to
/// log in, and nothing alarming: no failure and no warning of the database layer (such as EF
/// Core's warning of a row limit without an order, which the digest mailer's query raised).
/// </summary>
public sealed class FreshStartTests
{
    [Fact]
    public async Task A_fresh_start_prints_the_demo_address_email_and_password_in_one_block_and_nothing_alarming()
    {
        using var database = new TestDatabase();
        using var server = await FolioServer.StartAsync(database, []);

        var passwordLine = await server.WaitForOutputAsync(line => line.TrimStart().StartsWith("Password:"), TimeSpan.FromMinutes(1));

        var lines = server.Output.ToList();
        var block = lines.IndexOf(lines.Single(line => line.Trim() == "The demo site is ready."));
        Assert.Equal([$"Address:  http://demo.localhost:{server.Port}/", $"Log in:   http://demo.localhost:{server.Port}/login/", "Email:    demo@example.com"],
            lines.Skip(block + 1).Take(3).Select(line => line.Trim()));
        Assert.Equal(passwordLine, lines[block + 4]);
        Assert.DoesNotContain(lines, line => line.StartsWith("fail:") || line.StartsWith("crit:") || line.StartsWith("warn: Microsoft.EntityFrameworkCore"));
        var password = passwordLine.Trim()["Password:".Length..].Trim().Split(' ')[0];
        var login = await server.Client("demo.localhost", new CookieContainer()).PostFormAsync("/login/", new() { ["email"] = "demo@example.com", ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}
