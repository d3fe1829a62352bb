using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Folio.Infrastructure;

/// <summary>
/// Form fields posted empty bind as "" rather than null, so a non-nullable string property
/// (a title, a tagline) never holds null just because someone left the field blank.
/// </summary>
internal sealed class EmptyStringsStayEmpty : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string)) context.DisplayMetadata.ConvertEmptyStringToNull = false;
    }
}
