using System.Net.Http.Headers;
using System.Text;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.RestApi;

/// <summary>What a person does to let a program post for them: make an application password on their account page, and give it to the program.</summary>
public static class ApplicationPasswordClient
{
    /// <summary>Logs in at the platform, adds an application password through the page, and returns it as the page shows it (once).</summary>
    public static async Task<string> CreateAsync(FolioApp app, string email, string name = "Test client", string password = FolioApp.MemberPassword)
    {
        var account = await app.SignedInClientAsync("localhost", email, password);
        var page = await Html.ParseAsync(await account.PostFormAsync("/account/application-passwords/?handler=Create", new() { ["name"] = name }, "/account/application-passwords/"));
        return page.QuerySelector("#new-password")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page showed no new application password.");
    }

    /// <summary>A client for the site that sends Basic credentials with every request, as WordPress's clients do.</summary>
    public static HttpClient For(FolioApp app, string host, string login, string applicationPassword)
    {
        var client = app.ClientFor(host);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{applicationPassword}")));
        return client;
    }
}
