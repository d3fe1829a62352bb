using System.Net;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Security;

/// <summary>
/// Every answer, on every host and of every kind, tells browsers not to guess types, how much of
/// its address to pass on, which device features it never uses, what its pages may load and that
/// no other site may frame it; over HTTPS it also asks to be reached only over HTTPS.
/// </summary>
public sealed class SecurityHeaderTests(SecurityHeaderTests.Site site) : IClassFixture<SecurityHeaderTests.Site>
{
    /// <summary>The demo site with a post, an uploaded image, a custom domain; loopback is a trusted proxy.</summary>
    public sealed class Site : FolioApp, IAsyncLifetime
    {
        public const string CustomDomain = "journal.example.com";
        public string PostPath { get; private set; } = "";
        public string ImageUrl { get; private set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:TrustedProxies", "127.0.0.1");
        }

        public async Task InitializeAsync()
        {
            PostPath = await SavePostAsync("demo", new SavePost { AuthorId = await DemoBloggerIdAsync(), Title = "Headers for all", Body = "Every answer carries them.", Status = PostStatus.Published });
            await CreateSiteAsync("journal", "Journal");
            await UseVerifiedDomainAsync("journal", CustomDomain);

            var owner = await SignedInClientAsync("demo.localhost", DemoEmail, DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, (await owner.UploadAsync(TestImages.Png(40, 30), "dot.png")).StatusCode);
            var library = JsonDocument.Parse(await owner.GetStringAsync("/admin/media/library.json")).RootElement;
            ImageUrl = library[0].GetProperty("url").GetString()!;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public static TheoryData<string, string> Answers => new()
    {
        { "demo.localhost", "/" },
        { "demo.localhost", "/?s=answer" },
        { "demo.localhost", "/feed/" },
        { "demo.localhost", "/wp-json/wp/v2/posts" },
        { "demo.localhost", "/wp-json/wp/v2/users/me" }, // the REST API's 401
        { "demo.localhost", "/2001/01/01/never-written/" }, // a site's 404 page
        { "demo.localhost", "/css/site.css" },
        { "demo.localhost", "/js/comments.js" },
        { "demo.localhost", "/login/" }, // a page with an antiforgery form
        { "demo.localhost", "/healthz" },
        { "localhost", "/" },
        { "localhost", "/signup/" },
        { "localhost", "/no-such-page/" },
        { "nobody.localhost", "/" },
        { Site.CustomDomain, "/" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_the_policy(string host, string path)
    {
        var response = await site.ClientFor(host).GetAsync(path);

        AssertPolicy(response, $"{host}{path}");
    }

    [Fact]
    public async Task A_post_page_carries_the_policy_rendered_and_again_from_the_output_cache()
    {
        var client = site.DemoClient();

        var rendered = await client.GetAsync(site.PostPath);
        var cached = await client.GetAsync(site.PostPath);

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        AssertPolicy(rendered, "the rendered post page");
        Assert.NotNull(cached.Headers.Age); // served from the output cache
        AssertPolicy(cached, "the cached post page");
    }

    [Fact]
    public async Task An_uploaded_image_and_the_oembed_card_carry_the_policy()
    {
        var client = site.DemoClient();
        var image = await client.GetAsync(site.ImageUrl);
        var embed = await client.GetAsync($"/wp-json/oembed/1.0/embed?url={Uri.EscapeDataString("http://demo.localhost" + site.PostPath)}");

        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        AssertPolicy(image, site.ImageUrl);
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        AssertPolicy(embed, "the oEmbed card");
    }

    [Fact]
    public async Task Only_the_customizer_preview_may_be_framed_and_only_by_its_own_site()
    {
        var owner = await site.SignedInClientAsync("demo.localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);

        var customizer = await owner.GetAsync("/admin/customize/");
        var preview = await owner.GetAsync("/admin/customize/preview/?theme=minimal&accentColor=%23224466");

        AssertPolicy(customizer, "the customizer");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        AssertPolicy(preview, "the customizer's preview", frameAncestors: "'self'");
    }

    [Fact]
    public async Task A_posts_embed_view_may_be_framed_by_any_site_and_the_post_page_by_none()
    {
        var client = site.DemoClient();

        // Twice: the second answer comes from the output cache, with the headers it stored.
        HttpResponseMessage[] embeds = [await client.GetAsync(site.PostPath + "embed/"), await client.GetAsync(site.PostPath + "embed/")];
        var post = await client.GetAsync(site.PostPath);

        Assert.All(embeds, embed => Assert.Equal(HttpStatusCode.OK, embed.StatusCode));
        Assert.All(embeds, embed => AssertPolicy(embed, "the post's embed view", frameAncestors: "*"));
        AssertPolicy(post, "the post page after its embed view");
    }

    [Fact]
    public async Task Https_answers_ask_browsers_to_keep_to_https_and_plain_http_answers_do_not()
    {
        var secure = site.CreateClient(new() { BaseAddress = new Uri("https://demo.localhost/"), AllowAutoRedirect = false });
        var plain = site.DemoClient();

        // Twice each: the second answer comes from the output cache, which must not hand one
        // scheme's answer to the other.
        HttpResponseMessage[] overHttps = [await secure.GetAsync("/"), await secure.GetAsync("/")];
        HttpResponseMessage[] overHttp = [await plain.GetAsync("/"), await plain.GetAsync("/")];

        Assert.All(overHttps, answer => Assert.Equal("max-age=31536000", Single(answer, "Strict-Transport-Security")));
        Assert.All(overHttp, answer => Assert.False(answer.Headers.Contains("Strict-Transport-Security")));
        Assert.NotNull(overHttps[1].Headers.Age);
        Assert.NotNull(overHttp[1].Headers.Age);
    }

    [Theory]
    [InlineData("127.0.0.1", true)] // the trusted proxy took the request over HTTPS
    [InlineData("192.0.2.7", false)] // anyone else only claims it did
    public async Task Behind_a_proxy_only_a_trusted_one_can_say_the_request_came_over_https(string from, bool strict)
    {
        var context = await site.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Host = new HostString("demo.localhost");
            context.Request.Path = "/";
            context.Request.Headers["X-Forwarded-For"] = "198.51.100.20";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(strict, context.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
    }

    /// <summary>The headers every answer carries, read as a browser reads them.</summary>
    private static void AssertPolicy(HttpResponseMessage response, string what, string frameAncestors = "'none'")
    {
        Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{what} ({(int)response.StatusCode}) has no Content-Security-Policy.");
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));

        var features = Single(response, "Permissions-Policy").Split(", ");
        Assert.Contains("camera=()", features);
        Assert.Contains("microphone=()", features);
        Assert.Contains("geolocation=()", features);
        // Passkeys are WebAuthn: the policy must leave them at their default (this origin).
        Assert.DoesNotContain(features, feature => feature.StartsWith("publickey-credentials", StringComparison.Ordinal));

        var policy = Single(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2)).ToDictionary(parts => parts[0], parts => parts[1]);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]); // no inline script, no eval, no other origin
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal(frameAncestors, policy["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", policy["style-src"]);
        // One statement about framing: the older header must not contradict frame-ancestors.
        Assert.False(response.Headers.Contains("X-Frame-Options"), $"{what} still sends X-Frame-Options.");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{what} asks for HTTPS over plain HTTP.");
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        var values = response.Headers.TryGetValues(header, out var found) ? found.ToList() : [];
        Assert.True(values.Count == 1, $"{header} is sent {values.Count} times.");
        return values[0];
    }
}
