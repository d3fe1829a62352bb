using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Tests.Units;

/// <summary>Infrastructure counts whatever limit a feature declares, without knowing the feature.</summary>
public sealed class RateLimitTests
{
    private static readonly RateLimit Greetings = new("greeting", options => options.CommentsPerMinute, TimeSpan.FromMinutes(1));

    [Fact]
    public async Task A_declared_limit_refuses_the_address_or_the_person_once_either_is_over_it()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(Options.Create(new FolioOptions { CommentsPerMinute = 2 }))
            .AddRateLimits()
            .BuildServiceProvider();
        var limits = services.GetRequiredService<RateLimits>();

        Assert.Null(await limits.TakeAsync(Greetings, "192.0.2.1", "Ada@example.com", CancellationToken.None));
        Assert.Null(await limits.TakeAsync(Greetings, "192.0.2.2", "ada@example.com ", CancellationToken.None));
        var third = await limits.TakeAsync(Greetings, "192.0.2.3", "ADA@example.com", CancellationToken.None);
        Assert.Null(await limits.TakeAsync(Greetings, "192.0.2.3", "grace@example.com", CancellationToken.None));
        var fromOneAddress = await limits.TakeAsync(Greetings, "192.0.2.3", "linus@example.com", CancellationToken.None);

        Assert.True(third > TimeSpan.Zero, "The same person, whatever the case of their email, is counted once from every address.");
        Assert.True(fromOneAddress > TimeSpan.Zero, "One address is counted whoever it says it is.");
    }
}
