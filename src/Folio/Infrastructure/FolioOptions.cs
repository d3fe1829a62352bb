using System.ComponentModel.DataAnnotations;

namespace Folio.Infrastructure;

/// <summary>The <c>Folio</c> configuration section (see docs/contract.md).</summary>
public sealed class FolioOptions
{
    public const string Section = "Folio";

    /// <summary>The platform lives here; site <c>x</c> at <c>x.{RootDomain}</c>.</summary>
    [Required(AllowEmptyStrings = false), RegularExpression(@"^[A-Za-z0-9.-]+$", ErrorMessage = "{0} must be a host name such as blogs.example.com, without a scheme, port or path.")]
    public string RootDomain { get; set; } = "localhost";

    /// <summary>SQLite file, uploads, mail drop and keys; relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Where uploaded images live, one folder per site; empty means <c>{DataDirectory}/media</c>.
    /// Set it to keep media on another disk or a shared volume that several servers mount.
    /// </summary>
    public string MediaDirectory { get; set; } = "";

    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// A StackExchange.Redis configuration string (such as <c>127.0.0.1:6379</c>); when set, the
    /// servers of a fleet share cached pages, data-protection keys and rate limits through it
    /// (Infrastructure/Fleet). Empty: a single server that keeps them itself.
    /// </summary>
    public string Redis { get; set; } = "";

    /// <summary>Create the demo site on first start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Password of <c>demo@example.com</c>; generated and logged once when empty.</summary>
    public string DemoPassword { get; set; } = "";

    /// <summary>How often due scheduled posts are published and their pages evicted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many comments one address, or one email, may post in a minute.</summary>
    [Range(1, int.MaxValue)]
    public int CommentsPerMinute { get; set; } = 5;

    /// <summary>
    /// How many times one address may try to log in to one account in a minute. Counted per
    /// account and address together, so that nobody else's guesses ever keep the owner out.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>How many times one address may try to log in in a minute, whatever the accounts (an office behind one address logs in together).</summary>
    [Range(1, int.MaxValue)]
    public int LoginsPerAddressPerMinute { get; set; } = 30;

    /// <summary>How many password-reset mails one address may be sent in an hour, whoever asks for them.</summary>
    [Range(1, int.MaxValue)]
    public int MailsPerRecipientPerHour { get; set; } = 3;

    /// <summary>A comment posted sooner than this after its page opened is refused as a bot's (measured by the page's script).</summary>
    [Range(0, 3600)]
    public double CommentMinimumSeconds { get; set; } = 3;

    /// <summary>Scheme of public links made outside a request (mail); empty: as requests arrive.</summary>
    [AllowedValues("", "http", "https", ErrorMessage = "{0} must be http, https or empty.")]
    public string PublicScheme { get; set; } = "";

    /// <summary>Port of public links made outside a request; 0: as requests arrive (or the scheme's default when <see cref="PublicScheme"/> is set).</summary>
    [Range(0, 65535)]
    public int PublicPort { get; set; }

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
