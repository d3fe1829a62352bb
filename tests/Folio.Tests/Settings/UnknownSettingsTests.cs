using Folio.Features.Fetching;
using Folio.Features.Identity.External;
using Folio.Infrastructure;
using Folio.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;

namespace Folio.Tests.Settings;

public sealed class UnknownSettingsTests
{
    private static readonly KnownSection[] Known =
    [
        new(FolioOptions.Section, typeof(FolioOptions)),
        new(FetchOptions.Section, typeof(FetchOptions)),
        new(ExternalProviders.Section, typeof(OidcProviderOptions), PerNamedChild: true),
        new("Folio:TrustedProxies"),
    ];

    [Fact]
    public void Keys_of_known_sections_lists_and_named_entries_are_known_whatever_their_case()
    {
        var unknown = Find(new()
        {
            ["Folio:rootdomain"] = "blogs.example.com",
            ["Folio:Fetch:AllowedPorts:0"] = "8080",
            ["Folio:Login:Oidc:Corp:Authority"] = "https://login.example.com",
            ["Folio:TrustedProxies:0"] = "10.0.0.0/8",
        });

        Assert.Empty(unknown);
    }

    [Fact]
    public void A_misspelt_section_property_or_entry_field_is_unknown_and_a_close_key_is_suggested()
    {
        var unknown = Find(new()
        {
            ["Folio:Fecth:Timeout"] = "00:00:05",
            ["Folio:Fetch:MaxRedirect"] = "3",
            ["Folio:Login:Oidc:Corp:Authorty"] = "https://login.example.com",
            ["Folio:RootDomain:Extra"] = "x",
            ["Folio:Nothing"] = "x",
        });

        Assert.Equal(
            [
                ("Folio:Fecth:Timeout", "Folio:Fetch:Timeout"),
                ("Folio:Fetch:MaxRedirect", "Folio:Fetch:MaxRedirects"),
                ("Folio:Login:Oidc:Corp:Authorty", null),
                ("Folio:Nothing", null),
                ("Folio:RootDomain:Extra", null),
            ],
            unknown.OrderBy(entry => entry.Key, StringComparer.Ordinal));
    }

    private static IReadOnlyList<(string Key, string? Meant)> Find(Dictionary<string, string?> settings) =>
        UnknownSettings.Find(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Known);
}
