using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Reader;

/// <summary><c>/reader/</c> on the platform: the newest posts of every site the person follows, newest first.</summary>
[PlatformPage]
[Authorize]
public sealed class ReaderModel(ReaderQueries reader, SiteAccess access) : PageModel
{
    public IReadOnlyList<ReaderItem> Items { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(int page = 1)
    {
        PageNumber = Math.Max(1, page);
        (Items, HasMore) = await reader.LatestAsync(access.AccountId!.Value, PageNumber, HttpContext.RequestAborted);
    }
}
