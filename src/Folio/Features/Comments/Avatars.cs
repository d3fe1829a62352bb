using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Folio.Features.Comments;

/// <summary>
/// Avatars served by Folio itself: a symmetric 5×5 pattern in one colour, drawn from a
/// commenter's random seed. No third-party request when a reader opens a page.
/// </summary>
public static partial class Avatars
{
    public static string Url(string seed) => $"/avatar/{seed}.svg";

    public static IEndpointRouteBuilder MapAvatars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/avatar/{seed}.svg", (string seed, HttpContext context) =>
        {
            if (!Seed().IsMatch(seed)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(Svg(seed), "image/svg+xml; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>The drawing for a seed of hexadecimal digits: the same seed, the same picture.</summary>
    public static string Svg(string seed)
    {
        var bytes = Convert.FromHexString(seed.PadRight(16, '0')[..16]);
        var hue = (bytes[0] * 360 / 256).ToString(CultureInfo.InvariantCulture);
        var svg = new StringBuilder($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 5 5" width="48" height="48"><rect width="5" height="5" fill="hsl({hue} 30% 92%)"/>""");
        for (var row = 0; row < 5; row++)
        for (var column = 0; column < 3; column++)
        {
            var bit = row * 3 + column;
            if ((bytes[1 + bit / 8] >> (bit % 8) & 1) == 0) continue;
            foreach (var x in column == 2 ? [2] : new[] { column, 4 - column })
                svg.Append($"""<rect x="{x}" y="{row}" width="1" height="1" fill="hsl({hue} 55% 40%)"/>""");
        }
        return svg.Append("</svg>").ToString();
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex Seed();
}
