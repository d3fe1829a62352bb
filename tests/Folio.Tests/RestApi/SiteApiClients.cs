using System.Text.Json;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.RestApi;

/// <summary>
/// Clients of one site's REST API, each with its account's application password (made once,
/// through the account page, as a person does), and the JSON they get back.
/// </summary>
public sealed class SiteApiClients(FolioApp app, string host)
{
    private readonly Dictionary<string, string> passwords = [];

    public async Task<HttpClient> ForAsync(string email)
    {
        if (!passwords.TryGetValue(email, out var password)) passwords[email] = password = await ApplicationPasswordClient.CreateAsync(app, email);
        return ApplicationPasswordClient.For(app, host, email, password);
    }

    /// <summary>The JSON of a successful answer; any other fails the test with what the API said.</summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await BodyAsync(response);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
