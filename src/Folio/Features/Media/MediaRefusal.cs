using Folio.Infrastructure.Localization;

namespace Folio.Features.Media;

/// <summary>Why a media request changed nothing, in words for the person, with the HTTP status that says so.</summary>
public sealed record MediaRefusal(int StatusCode, string Message)
{
    public static MediaRefusal Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
    public static MediaRefusal Invalid(string message) => new(StatusCodes.Status400BadRequest, message);
    public static MediaRefusal TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);

    public static MediaRefusal NotFound(Localizer T) => new(StatusCodes.Status404NotFound, T["That image is not in this site's library."]);
}
