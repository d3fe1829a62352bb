using System.Net;
using Folio.Features.Follows;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Folio.Tests.Demo;

/// <summary>
/// The first start on a new data directory says, in one block, where the demo site is and how to
/// log in, and nothing alarming: no failure and no warning of the database layer.
/// </summary>
public sealed class FreshStartTests(FreshStartTests.LoggedApp app) : IClassFixture<FreshStartTests.LoggedApp>
{
    /// <summary>Folio in this process with its log kept, for the background jobs' queries.</summary>
    public sealed class LoggedApp : FolioApp
    {
        public FakeLogCollector Log => Services.GetRequiredService<FakeLogCollector>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddFakeLogging());
        }
    }

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

    [Fact]
    public async Task The_digest_mailer_asks_the_database_without_a_warning()
    {
        await app.Services.GetRequiredService<DigestMailer>().SendDueDigestsAsync(CancellationToken.None);

        Assert.DoesNotContain(app.Log.GetSnapshot(), record => record.Level >= LogLevel.Warning && record.Category!.StartsWith("Microsoft.EntityFrameworkCore"));
    }
}
