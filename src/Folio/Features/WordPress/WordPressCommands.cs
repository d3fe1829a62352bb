using System.CommandLine;
using System.Globalization;
using Folio.Data;
using Folio.Features.Cli;
using Folio.Features.Curation;
using Folio.Features.Sites;

namespace Folio.Features.WordPress;

/// <summary>
/// <c>import wxr &lt;site&gt; &lt;file&gt; [--author-map login=email …]</c> and
/// <c>export wxr &lt;site&gt; &lt;file&gt;</c>: WordPress export files on the admin command line,
/// through the same handlers as the dashboard.
/// </summary>
public static class WordPressCommands
{
    public static IEnumerable<Command> Create(IServiceProvider services)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var site = new Argument<string>("site") { Description = "The site's slug." };
        var file = new Argument<FileInfo>("file") { Description = "The export file WordPress's Tools → Export wrote." };
        var map = new Option<string[]>("--author-map")
        {
            Description = "Who writes a WordPress author's posts: login=email of a member of the site (repeatable). Others write as the site's first administrator.",
            AllowMultipleArgumentsPerToken = true,
        };
        var importWxr = new Command("wxr", "Import a WordPress export file (WXR) into a site; running it again imports nothing twice.") { site, file, map };
        importWxr.SetAction((parsed, cancellationToken) => ForSiteAsync(scopes, parsed.GetValue(site)!, cancellationToken,
            scope => ImportAsync(scope, parsed.GetValue(file)!, parsed.GetValue(map) ?? [], cancellationToken)));

        var exportSite = new Argument<string>("site") { Description = "The site's slug." };
        var exportFile = new Argument<FileInfo>("file") { Description = "Where to write the export file (WXR 1.2)." };
        var exportWxr = new Command("wxr", "Write a site's posts, pages, comments, terms, authors and media addresses as a WordPress export file.") { exportSite, exportFile };
        exportWxr.SetAction((parsed, cancellationToken) => ForSiteAsync(scopes, parsed.GetValue(exportSite)!, cancellationToken,
            scope => ExportAsync(scope, parsed.GetValue(exportFile)!, cancellationToken)));

        return
        [
            new Command("import", "Import content from other platforms.") { importWxr },
            new Command("export", "Export a site's content.") { exportWxr },
        ];
    }

    private static async Task<int> ImportAsync(IServiceProvider scope, FileInfo file, string[] authorMap, CancellationToken cancellationToken)
    {
        if (!file.Exists) return AdminCommandLine.Fail([$"There is no file {file.FullName}."]);
        if (await SiteAdministrators.FirstAsync(scope.GetRequiredService<FolioDbContext>(), cancellationToken) is not { } administrator)
            return AdminCommandLine.Fail(["The site has no administrator to write the imported posts. Add one first."]);
        Console.WriteLine($"Importing {file.Name} ({FileSize(file.Length)}) into {scope.GetRequiredService<CurrentSite>().Required.Slug}…");
        var result = await scope.GetRequiredService<ImportWxrHandler>()
            .HandleAsync(new ImportWxr(file.FullName, administrator, authorMap), new ProgressLine(), cancellationToken);
        if (result.Summary is not { } summary) return AdminCommandLine.Fail(result.Errors);
        Console.WriteLine();
        Console.WriteLine("Done.");
        foreach (var line in summary.Lines()) Console.WriteLine($"  {line}");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider scope, FileInfo file, CancellationToken cancellationToken)
    {
        var temporary = file.FullName + ".writing";
        await using (var output = File.Create(temporary))
        {
            await scope.GetRequiredService<WxrExporter>().WriteAsync(output, cancellationToken);
        }
        // Whole or not at all: a failed export never leaves half a file under the name asked for.
        File.Move(temporary, file.FullName, overwrite: true);
        file.Refresh();
        Console.WriteLine($"Wrote {file.FullName} ({FileSize(file.Length)}). Import it in WordPress with Tools → Import → WordPress, or here with: import wxr <site> {file.Name}");
        return 0;
    }

    private static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MB"
        : $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB";

    private static async Task<int> ForSiteAsync(IServiceScopeFactory scopes, string slug, CancellationToken cancellationToken, Func<IServiceProvider, Task<int>> command)
    {
        await using var scope = await scopes.ForSiteAsync(slug, cancellationToken);
        return scope is { } siteScope ? await command(siteScope.ServiceProvider) : AdminCommandLine.Fail([$"No site has the address \"{slug}\"."]);
    }

    /// <summary>
    /// One progress line, rewritten in place on a terminal; when the output is a file or a pipe,
    /// a new line at every tenth of the file and at the end, so logs stay short.
    /// </summary>
    private sealed class ProgressLine : IProgress<ImportProgress>
    {
        private int lastTenth = -1;

        public void Report(ImportProgress value)
        {
            var percent = value.TotalBytes == 0 ? 100 : (int)(value.BytesRead * 100 / value.TotalBytes);
            var text = $"{percent,3}% of the file read, {value.Items} of {value.TotalItems} items processed";
            if (!Console.IsOutputRedirected)
            {
                Console.Write($"\r{text}");
                return;
            }
            // The reader reads ahead, so the bytes reach 100% before the last items are done: the last one is always shown.
            if (percent / 10 == lastTenth && value.Items != value.TotalItems) return;
            lastTenth = percent / 10;
            Console.WriteLine(text);
        }
    }
}
