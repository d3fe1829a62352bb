using System.Text.Encodings.Web;
using System.Text.Unicode;
using Folio.Data;
using Folio.Features.Admin;
using Folio.Features.Cli;
using Folio.Features.Comments;
using Folio.Features.Comments.Spam;
using Folio.Features.Curation;
using Folio.Features.Curation.Feeds;
using Folio.Features.Demo;
using Folio.Features.Embeds;
using Folio.Features.Errors;
using Folio.Features.Feeds;
using Folio.Features.Fetching;
using Folio.Features.Follows;
using Folio.Features.Health;
using Folio.Features.Identity;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Identity.External;
using Folio.Features.Likes;
using Folio.Features.Mail;
using Folio.Features.Media;
using Folio.Features.Menus;
using Folio.Features.Widgets;
using Folio.Features.People;
using Folio.Features.Personal;
using Folio.Features.Platform;
using Folio.Features.Posts;
using Folio.Features.RestApi;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Features.Themes;
using Folio.Features.WordPress;
using Folio.Features.XmlRpc;
using Folio.Infrastructure;
using Folio.Infrastructure.Fleet;
using Folio.Infrastructure.Localization;
using Folio.Infrastructure.Settings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

// The app's own files (settings, wwwroot) sit beside Folio.dll; the working directory is the
// operator's, where the relative data directory lives.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var isAdminCommand = AdminCommandLine.Handles(args);
if (isAdminCommand) builder.Logging.SetMinimumLevel(LogLevel.Warning);

builder.Services.AddValidatedSettings<FolioOptions>(builder.Configuration, FolioOptions.Section);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddFolioData();
builder.Services.AddFolioKeyStorage();
builder.Services.AddRateLimits();
// Pages carry every language's letters as they are, not as numeric references: readable source,
// smaller pages. Markup characters are still encoded.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
    .AddMvcOptions(options => options.ModelMetadataDetailsProviders.Add(new EmptyStringsStayEmpty()));
builder.Services.AddSitesFeature();
builder.Services.AddIdentityFeature(builder.Configuration);
builder.Services.AddExternalLogins(builder.Configuration);
builder.Services.AddMailFeature(builder.Configuration);
builder.Services.AddPostsFeature();
builder.Services.AddRestApi();
builder.Services.AddXmlRpc();
builder.Services.AddCommentsFeature();
builder.Services.AddSpamChecking(builder.Configuration);
builder.Services.AddSubscriptionsFeature();
builder.Services.AddFollowsFeature();
builder.Services.AddLikesFeature();
builder.Services.AddPeopleFeature();
builder.Services.AddAdminFeature();
builder.Services.AddPersonalFeature();
builder.Services.AddMediaFeature(builder.Configuration);
builder.Services.AddThemesFeature();
builder.Services.AddMenusFeature();
builder.Services.AddWidgetsFeature();
builder.Services.AddFetchingFeature(builder.Configuration);
builder.Services.AddFeedParsing();
builder.Services.AddCurationFeature(builder.Configuration);
builder.Services.AddWordPressFeature();
builder.Services.AddEmbedsFeature();
builder.Services.AddScoped<DemoSeeder>().AddSingleton<DemoWelcome>();
builder.Services.AddOutputCache();
builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<PersonalCookies>>((cache, cookies) => cache.AddPolicy(SitePageCachePolicy.Name, new SitePageCachePolicy(cookies.Value)));
builder.Services.AddSingleton<ReadModelCache>();
builder.Services.AddScoped(typeof(Deferred<>));
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddSecurityHeaders();
builder.Services.AddHealthFeature();
builder.Services.AddErrorPages();
builder.Services.AddCatalogues();
builder.Services.AddFleet(builder.Configuration);

// Disposed on every way out, so that what the console logger still has queued (a settings error
// on a refused start, say) is written before the process exits.
await using var app = builder.Build();

if (!app.Services.SettingsAreValid()) return 1;

if (isAdminCommand) return await AdminCommandLine.RunAsync(app.Services, args);

if (!await app.Services.PrepareDatabaseAsync(seedDemo: true)) return 1;

// The order matters: the client's address and scheme are known first (from trusted proxies);
// the security headers go on every answer, errors and static files included, and need the scheme
// (HSTS only over HTTPS); the error pages (Features/Errors) catch every failure after them;
// a database or Redis outage answers 503 from anywhere after them, and
// readiness is checked before anything needs either; static files need no site; a path in another Unicode form goes on to
// Folio's own before any page reads its slug; the site is known before routing picks an endpoint (host kinds);
// the output cache sits after routing, so it sees endpoint policies, and before authentication:
// it serves and stores only requests that carry no credentials (SitePageCachePolicy), whose
// reader authentication could only find anonymous, so a cached page costs no sign-in work.
// Who is signed in is known before authorization, and before the language is chosen (a person's
// own pages are to follow their language); then a site that is not public turns strangers away
// (SiteVisibilityGate), in the site's language. A deleted site answers 410 once it is known who asks (DeletedSiteGate).
app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseErrorPages();
app.UseMiddleware<DependencyOutage>();
app.UseReadiness();
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.LongLived });
app.UseMiddleware<UnicodePathForm>();
app.UseMiddleware<SiteResolutionMiddleware>();
app.UseMiddleware<PlatformSessionFollowing>();
app.UseMiddleware<OldLinkRedirects>();
app.UseRestApiRequests();
app.UseRestApiDiscovery();
app.UseRouting();
app.UseOutputCache();
app.UseAuthentication();
app.UseSiteLanguage();
app.UseSiteVisibilityGate();
app.UseAuthorization();
app.UseMiddleware<DeletedSiteGate>();

app.MapHealth();
app.MapFeeds();
app.MapCrawlers();
app.MapOEmbed();
app.MapRestApi();
app.MapXmlRpc();
app.MapOldLinks();
app.MapWordPressExport();
app.MapSiteDashboardLink();
app.MapAccountDataExport();
app.MapAccountWxrExport();
app.MapAuthorizeApplicationLink();
app.MapExternalLogin();
app.MapPlatformLoginHandshake();
app.MapMedia();
app.MapAvatars();
app.MapLikes();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>The web host's entry point, visible to the integration tests.</summary>
public partial class Program;
