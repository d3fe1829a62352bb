using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;

namespace Folio.Tests.Identity;

/// <summary>
/// Nobody finds out which emails have accounts: log in, sign up and the REST API answer an
/// unknown email as they answer a known one with the wrong password, in the same words and
/// after the same work.
/// </summary>
public sealed class AccountEnumerationTests(AccountEnumerationTests.CountingApp app) : IClassFixture<AccountEnumerationTests.CountingApp>
{
    /// <summary>Folio with a password hasher that counts the passwords it checks.</summary>
    public sealed class CountingApp : FolioApp, IAsyncLifetime
    {
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<Account>>(Hasher));
        }

        public async Task InitializeAsync()
        {
            await NewReaderAsync(Known);
            // Signed up and never confirmed.
            await ClientFor("localhost").PostFormAsync("/signup/", new() { ["email"] = Unconfirmed, ["password"] = FolioApp.MemberPassword });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public sealed class CountingPasswordHasher : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> hasher = new();
        private int checks;

        public int Checks => Volatile.Read(ref checks);

        public string HashPassword(Account user, string password) => hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private const string Known = "known@example.com";
    private const string Unconfirmed = "pending@example.com";
    private const string Unknown = "nobody-here@example.com";

    private static Dictionary<string, string> Credentials(string email, string password) => new() { ["email"] = email, ["password"] = password };

    [Theory]
    [InlineData(Known)]
    [InlineData(Unconfirmed)]
    [InlineData(Unknown)]
    public async Task A_wrong_login_checks_one_password_and_says_the_same_whoever_the_email_is(string email)
    {
        var client = app.ClientFor("localhost");
        var page = await client.GetDocumentAsync("/login/"); // the form's token, before counting
        var before = app.Hasher.Checks;

        var response = await client.PostAsync("/login/", new FormUrlEncodedContent(new Dictionary<string, string>(Credentials(email, "not the password at all"))
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(1, app.Hasher.Checks - before);
        Assert.Contains(LoginModel.Refusal, (await Html.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent);
    }

    [Fact]
    public async Task Log_in_answers_a_known_and_an_unknown_email_in_about_the_same_time()
    {
        var client = app.ClientFor("localhost");
        var token = (await client.GetDocumentAsync("/login/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<double> TimeAsync(string email)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>(Credentials(email, "not the password at all")) { ["__RequestVerificationToken"] = token });
            var clock = Stopwatch.StartNew();
            var response = await client.PostAsync("/login/", form);
            clock.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return clock.Elapsed.TotalMilliseconds;
        }

        await TimeAsync(Known);
        await TimeAsync(Unknown);
        var known = new List<double>();
        var unknown = new List<double>();
        // Interleaved, so that whatever else loads the machine weighs on both alike.
        for (var round = 0; round < 15; round++)
        {
            known.Add(await TimeAsync(Known));
            unknown.Add(await TimeAsync(Unknown));
        }

        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.5 and < 2, $"Unknown emails took {Median(unknown):F1} ms, known ones {Median(known):F1} ms (median of 15 each).");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Sign_up_with_a_short_password_shows_the_same_page_for_a_taken_and_a_free_email()
    {
        var taken = await Html.ParseAsync(await app.ClientFor("localhost").PostFormAsync("/signup/", Credentials(Known, "short")));
        var free = await Html.ParseAsync(await app.ClientFor("localhost").PostFormAsync("/signup/", Credentials("free@example.com", "short")));

        Assert.Equal(free.QuerySelector("h1")!.TextContent, taken.QuerySelector("h1")!.TextContent);
        Assert.NotNull(free.QuerySelector(".form-errors"));
        Assert.Equal(free.QuerySelector(".form-errors")!.TextContent, taken.QuerySelector(".form-errors")?.TextContent);
        Assert.Empty(app.MessagesTo(Known));
    }

    [Fact]
    public async Task The_rest_api_answers_an_unknown_login_as_it_answers_a_wrong_password()
    {
        var wrongPassword = await ApplicationPasswordClient.For(app, "demo.localhost", Known, "abcd efgh ijkl mnop qrst uvwx").GetAsync("/wp-json/wp/v2/users/me");
        var unknownLogin = await ApplicationPasswordClient.For(app, "demo.localhost", Unknown, "abcd efgh ijkl mnop qrst uvwx").GetAsync("/wp-json/wp/v2/users/me");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownLogin.StatusCode);
        using var first = JsonDocument.Parse(await wrongPassword.Content.ReadAsStringAsync());
        using var second = JsonDocument.Parse(await unknownLogin.Content.ReadAsStringAsync());
        Assert.Equal("incorrect_password", first.RootElement.GetProperty("code").GetString());
        Assert.Equal(first.RootElement.GetProperty("code").GetString(), second.RootElement.GetProperty("code").GetString());
        Assert.Equal(first.RootElement.GetProperty("message").GetString(), second.RootElement.GetProperty("message").GetString());
    }
}
