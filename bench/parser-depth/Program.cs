// How parsing time grows with nesting depth at every parser entry (issue 18, item 1).
// dotnet run -c Release --project bench/parser-depth -- 1000 2000 4000   (ONLY=<entry> to pick rows, CAP_SECONDS=<s> to skip slower sizes)
// Before the limits, HTML cost 4× per doubling of depth (32,000 boxes: 4 s) and a WXR item 9×;
// now every entry refuses depths past MarkupLimits.MaxDepth (256) after one linear pass, so each
// cell shows the refusal and its cost doubles with the depth.
using System.Diagnostics;
using System.Text;
using Folio.Features.Comments;
using Folio.Features.Curation.Feeds;
using Folio.Features.Posts;
using Folio.Features.WordPress;

var depths = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1000, 2000, 4000, 8000];
var posts = new PostBodyRenderer();
var comments = new CommentRenderer();
var feeds = new FeedParser(posts);
var feedUrl = new Uri("https://example.com/feed/");

static string Nested(int depth, string open, string close, string middle = "x") =>
    new StringBuilder().Insert(0, open, depth).Append(middle).Insert(open.Length * depth + middle.Length, close, depth).ToString();

static string Rss(string itemInner) =>
    $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://example.com/</link><description>d</description><item><title>i</title><link>https://example.com/1</link>{itemInner}</item></channel></rss>";

static string Wxr(string itemInner) =>
    "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
    + $"<item><title>i</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>{itemInner}</item></channel></rss>";

var entries = new (string Name, Func<int, Action> Make)[]
{
    ("post HTML <div>", d => { var s = Nested(d, "<div>", "</div>"); return () => posts.ToSafeHtml(s, BodyFormat.Html); }),
    ("post HTML unclosed <b>", d => { var s = string.Concat(Enumerable.Repeat("<b>", d)) + "x"; return () => posts.ToSafeHtml(s, BodyFormat.Html); }),
    ("post Markdown > quotes", d => { var s = new string('>', d) + " x"; return () => posts.ToSafeHtml(s, BodyFormat.Markdown); }),
    ("post Markdown lists", d => { var s = string.Join('\n', Enumerable.Range(0, d).Select(i => new string(' ', 2 * i) + "- x")); return () => posts.ToSafeHtml(s, BodyFormat.Markdown); }),
    ("post Markdown [ links", d => { var s = new string('[', d) + "x" + new string(']', d); return () => posts.ToSafeHtml(s, BodyFormat.Markdown); }),
    ("post Markdown * emphasis", d => { var s = new string('*', d) + "x" + new string('*', d); return () => posts.ToSafeHtml(s, BodyFormat.Markdown); }),
    ("comment > quotes", d => { var s = new string('>', d) + " x"; return () => comments.ToSafeHtml(s); }),
    ("comment lists", d => { var s = string.Join('\n', Enumerable.Range(0, d).Select(i => new string(' ', 2 * i) + "- x")); return () => comments.ToSafeHtml(s); }),
    ("readability (SmartReader)", d => { var s = "<html><body>" + Nested(d, "<div>", "</div>", "<p>" + string.Concat(Enumerable.Repeat("Words of an article. ", 40)) + "</p>") + "</body></html>"; return () => new SmartReader.Reader("https://example.com/a", s).GetArticle(); }),
    ("feed: HTML in description", d => { var s = Encoding.UTF8.GetBytes(Rss("<description><![CDATA[" + Nested(d, "<div>", "</div>") + "]]></description>")); return () => feeds.Parse(s, feedUrl); }),
    ("feed: nested XML in item", d => { var s = Encoding.UTF8.GetBytes(Rss(Nested(d, "<x:a xmlns:x=\"urn:x\">", "</x:a>"))); return () => feeds.Parse(s, feedUrl); }),
    ("WXR: nested XML in item", d => { var s = Encoding.UTF8.GetBytes(Wxr(Nested(d, "<wp:postmeta>", "</wp:postmeta>"))); return () => WxrRead(s); }),
};

var only = Environment.GetEnvironmentVariable("ONLY");
var cap = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("CAP_SECONDS") ?? "30"));
Console.WriteLine($"| entry | {string.Join(" | ", depths.Select(d => $"depth {d}"))} | ratio 2N/N (last) |");
Console.WriteLine($"|---|{string.Concat(depths.Select(_ => "---|"))}---|");
foreach (var (name, make) in entries)
{
    if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
    var cells = new List<string>();
    var times = new List<double>();
    foreach (var depth in depths)
    {
        if (times.Count > 0 && times[^1] > cap.TotalMilliseconds) { cells.Add("skipped"); continue; }
        var run = make(depth);
        try { run(); } catch (Exception) { } // warm-up at this size; a refusal is timed like a parse
        // The fastest of three: the machine is shared, and only the slowness the input causes counts.
        var best = double.MaxValue;
        string outcome = "";
        for (var attempt = 0; attempt < 3 && best < cap.TotalMilliseconds * 3 || attempt == 0; attempt++)
        {
            var watch = Stopwatch.StartNew();
            try { run(); } catch (Exception e) { outcome = " " + Outcome(e); }
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        times.Add(best);
        cells.Add($"{best:0.0} ms{outcome}");
    }
    var ratio = times.Count >= 2 && times[^2] > 0 ? $"{times[^1] / times[^2]:0.0}" : "–";
    Console.WriteLine($"| {name} | {string.Join(" | ", cells)} | {ratio} |");
}

static string Outcome(Exception e) => $"({e.GetType().Name})";

static void WxrRead(byte[] file)
{
    var task = Task.Run(async () => await WxrReader.SurveyAsync(new MemoryStream(file), CancellationToken.None));
    task.GetAwaiter().GetResult();
}
