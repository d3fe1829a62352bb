using System.CommandLine;
using Folio.Data;
using Folio.Features.Curation;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.WordPress;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Cli;

/// <summary>
/// The admin commands of the same executable, in the manner of wp-cli:
/// <c>dotnet run --project src/Folio -- user create …</c>. Each runs against the configured
/// database (also while a server runs on it) and exits non-zero, saying why, when it fails.
/// </summary>
public static class AdminCommandLine
{
    private static readonly HashSet<string> Commands = ["user", "site", "backup", "source", "import", "export"];

    private static readonly HashSet<string> HelpWords = ["help", "--help", "-h", "-?"];

    /// <summary>The exit code of a command line that names no command Folio knows or does not parse.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Whether the arguments are for the command line rather than the web server: an admin
    /// command, a request for help, or a word that is neither a command nor a setting. The web
    /// server's own arguments are options (<c>--urls …</c>) or settings (<c>Folio:RootDomain=…</c>).
    /// </summary>
    public static bool Handles(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0]) || HelpWords.Contains(args[0]) || IsUnknownWord(args[0]));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        // Commands answer in English whatever the machine's locale, as their usage (System.CommandLine's) does:
        // a refusal worded by code the pages share must not come out in the operator's LANG.
        using var english = LanguageScope.Of(Catalogues.English);
        var root = new RootCommand("Folio admin commands. Without a command, Folio runs its web server (options such as --urls http://127.0.0.1:5000, and settings as Folio:Key=value).")
        {
            UserCommand(services), SiteCommand(services), BackupCommand.Create(services), SourceCommands.Create(services),
        };
        foreach (var command in WordPressCommands.Create(services)) root.Subcommands.Add(command);
        if (HelpWords.Contains(args[0])) return await root.Parse(["--help"]).InvokeAsync();
        if (IsUnknownWord(args[0]))
        {
            await Console.Error.WriteLineAsync($"Folio has no command \"{args[0]}\". The commands are: {string.Join(", ", Commands.Order())}.");
            await root.Parse(["--help"]).InvokeAsync();
            return UsageError;
        }

        // A command line that does not parse (a missing option, say) is answered at once, without opening the database.
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await parsed.InvokeAsync(); // prints the errors and the command's usage
            return UsageError;
        }

        if (!await services.PrepareDatabaseAsync(seedDemo: false)) return 1;
        // Links a command writes (an export's addresses) are those the server gives: no request tells them here.
        services.GetRequiredService<PublicOrigin>().AssumeServedAsConfigured(services.GetRequiredService<IConfiguration>());
        return await parsed.InvokeAsync();
    }

    private static bool IsUnknownWord(string arg) =>
        !arg.StartsWith('-') && !arg.StartsWith('/') && !arg.Contains('=') && !Commands.Contains(arg) && !HelpWords.Contains(arg);

    private static Command UserCommand(IServiceProvider services)
    {
        var email = new Argument<string>("email") { Description = "The account's email address." };
        var password = new Option<string>("--password") { Description = "Its password (at least 8 characters).", Required = true };
        var name = new Option<string?>("--name") { Description = "The name shown on its posts and comments." };
        var create = new Command("create", "Create a platform account with a confirmed email.") { email, password, name };
        create.SetAction((parsed, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var result = await scope.GetRequiredService<CreateAccountHandler>()
                .HandleAsync(new CreateAccount(parsed.GetValue(email)!, parsed.GetValue(password)!, parsed.GetValue(name)), cancellationToken);
            if (result.Account is null) return Fail(result.Errors);
            Console.WriteLine($"Created account {result.Account.Email} (author name \"{result.Account.UserName}\").");
            return 0;
        }));
        return new Command("user", "Manage platform accounts.") { create };
    }

    private static Command SiteCommand(IServiceProvider services)
    {
        var slug = new Argument<string>("slug") { Description = "The site's address: {slug}.{RootDomain}." };
        var owner = new Option<string>("--owner") { Description = "Email of the account that administers it.", Required = true };
        var title = new Option<string?>("--title") { Description = "The site's title (default: the slug)." };
        var language = new Option<string>("--language") { Description = "The language readers see it in: en, or a catalogue's code such as ru or hy (default: en).", DefaultValueFactory = _ => Catalogues.English };
        var timeZone = new Option<string?>("--time-zone") { Description = $"The site's time zone, an IANA name such as Europe/Moscow (default: {SiteTimeZones.Default})." };
        var create = new Command("create", "Create a site administered by an existing account.") { slug, owner, title, language, timeZone };
        create.SetAction((parsed, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var ownerEmail = parsed.GetValue(owner)!;
            var account = await scope.GetRequiredService<UserManager<Account>>().FindByEmailAsync(ownerEmail);
            if (account is null) return Fail([$"No account has the email {ownerEmail}. Create it first: user create {ownerEmail} --password …"]);
            var wanted = parsed.GetValue(slug)!;
            var result = await scope.GetRequiredService<CreateSiteHandler>()
                .HandleAsync(new CreateSite(wanted, parsed.GetValue(title) ?? wanted, account.Id) { Language = parsed.GetValue(language)!, TimeZone = parsed.GetValue(timeZone) }, cancellationToken);
            if (result.Site is null) return Fail([result.Error!]);
            Console.WriteLine($"Created site {result.Site.Slug} at {scope.GetRequiredService<SiteDirectory>().HostOf(result.Site)}, administered by {account.Email}.");
            return 0;
        }));

        var list = new Command("list", "List every site: slug, title and host.");
        list.SetAction((_, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var directory = scope.GetRequiredService<SiteDirectory>();
            var sites = await scope.GetRequiredService<FolioDbContext>().Sites.AsNoTracking().OrderBy(s => s.Slug).ToListAsync(cancellationToken);
            Console.WriteLine($"{"SLUG",-24} {"TITLE",-40} HOST");
            foreach (var site in sites.Select(SiteView.From))
                Console.WriteLine($"{site.Slug,-24} {site.Title,-40} {directory.HostOf(site)}");
            Console.WriteLine($"{sites.Count} site(s).");
            return 0;
        }));
        return new Command("site", "Manage sites.") { create, list };
    }

    private static async Task<int> InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> command)
    {
        await using var scope = services.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }

    /// <summary>Says why a command failed, on standard error; the exit code to return.</summary>
    internal static int Fail(IEnumerable<string> errors)
    {
        foreach (var error in errors) Console.Error.WriteLine($"Error: {error}");
        return 1;
    }
}
