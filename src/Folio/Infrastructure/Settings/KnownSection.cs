namespace Folio.Infrastructure.Settings;

/// <summary>
/// A configuration section Folio reads. With <see cref="Shape"/>, the keys under the section are
/// that type's properties (nested classes and lists included); with <see cref="PerNamedChild"/>,
/// each child is a freely named entry of that shape (one login provider per name). Without a
/// shape, the section is one value or a list (such as <c>Folio:TrustedProxies</c>).
/// </summary>
public sealed record KnownSection(string Path, Type? Shape = null, bool PerNamedChild = false);
