using Folio.Features.Sites;
using Folio.Tests.Curation;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

/// <summary>The import and export commands, run as an operator runs them: Folio.dll in its own process, beside a running server.</summary>
public sealed class WordPressCommandTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    [Fact]
    public async Task Operator_imports_an_export_with_progress_and_a_summary_then_again_with_nothing_twice_and_no_failure_logged()
    {
        _ = app.Server;
        await app.CreateSiteAsync("cliwxr", "CLI WXR");
        await app.AddMemberAsync("cliwxr", "alice@cliwxr.example", SiteRole.Author);
        var file = app.SampleFile();

        var first = await RunAsync("import", "wxr", "cliwxr", file, "--author-map", "alice=alice@cliwxr.example");
        var second = await RunAsync("import", "wxr", "cliwxr", file);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("100% of the file read, 10 of 10 items processed", first.Output);
        Assert.Contains("WordPress export (WXR 1.2) of http://oldblog.example: 10 items", first.Output);
        Assert.Contains("Posts: 5 imported, 1 skipped: in the trash", first.Output);
        Assert.Contains("Comments: 5 imported, 1 skipped: pingbacks and trackbacks", first.Output);
        Assert.Contains("Menus: 1 not placed: none of its items leads anywhere here", first.Output);
        Assert.Contains("1 category parents", first.Output);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Posts: 5 already imported", second.Output);
        Assert.Contains("Comments: 5 already imported", second.Output);
        // Nothing went wrong, so nothing may read as if it had: no logged failure, no stack trace.
        Assert.DoesNotContain("fail:", second.Output + second.Error);
        Assert.DoesNotContain("Exception", second.Output + second.Error);
        Assert.Equal(6, (await app.PostsAsync("cliwxr")).Count);
    }

    [Fact]
    public async Task Operator_exports_a_site_to_a_file()
    {
        _ = app.Server;
        var owner = await app.CreateSiteAsync("cliexport", "CLI export");
        await app.ImportAsync("cliexport", owner, app.SampleFile());
        var output = Path.Combine(app.Database.DataDirectory, "cliexport.xml");

        var export = await RunAsync("export", "wxr", "cliexport", output);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains($"Wrote {output}", export.Output);
        var written = await File.ReadAllTextAsync(output);
        Assert.Contains("<wp:wxr_version>1.2</wp:wxr_version>", written);
        // Where `dotnet run` serves the site, as the dashboard's export (made in a request there) says.
        Assert.Contains("<wp:base_site_url>http://cliexport.localhost:5000/</wp:base_site_url>", written);
        Assert.Contains("<link>http://cliexport.localhost:5000/2020/01/15/harbour-plan-approved/</link>", written);
        Assert.False(File.Exists(output + ".writing"));
    }

    [Theory]
    [InlineData("cliurls", "ASPNETCORE_URLS", "http://+:8123;https://+:8124", "http://cliurls.localhost:8123/")]
    [InlineData("cliport", "Folio:PublicPort", "8443", "http://cliport.localhost:8443/")]
    [InlineData("clischeme", "Folio:PublicScheme", "https", "https://clischeme.localhost/")]
    public async Task An_exported_file_has_the_addresses_the_server_is_configured_to_serve(string slug, string key, string value, string home)
    {
        _ = app.Server;
        await app.CreateSiteAsync(slug, "CLI addresses");
        var output = Path.Combine(app.Database.DataDirectory, $"{slug}.xml");

        var export = await FolioProcess.RunCommandAsync(app.Database, [new(key, value)], "export", "wxr", slug, output);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains($"<wp:base_site_url>{home}</wp:base_site_url>", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task A_refused_file_an_unknown_site_or_a_missing_file_says_why_and_exits_non_zero()
    {
        _ = app.Server;
        await app.CreateSiteAsync("clirefuse", "CLI refuse");

        var hostile = await RunAsync("import", "wxr", "clirefuse", app.SampleFile("billion-laughs.xml"));
        var unknown = await RunAsync("import", "wxr", "nosuchsite", app.SampleFile());
        var missing = await RunAsync("import", "wxr", "clirefuse", "/nonexistent/export.xml");

        Assert.NotEqual(0, hostile.ExitCode);
        Assert.Contains("declares a DTD", hostile.Error);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("No site has the address \"nosuchsite\"", unknown.Error);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("There is no file /nonexistent/export.xml", missing.Error);
        Assert.Empty(await app.PostsAsync("clirefuse"));
    }

    private Task<FolioProcess.CommandResult> RunAsync(params string[] args) => FolioProcess.RunCommandAsync(app.Database, CurationSettings.For(app.Feeds), args);
}
