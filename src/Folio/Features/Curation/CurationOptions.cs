using System.ComponentModel.DataAnnotations;

namespace Folio.Features.Curation;

/// <summary>The <c>Folio:Curation</c> configuration section: how often sources are looked at, and how failures back off.</summary>
public sealed class CurationOptions
{
    public const string Section = "Folio:Curation";

    /// <summary>How often each server asks which sources are due; each source keeps its own PollMinutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a server owns a source it claimed. A server that dies mid-fetch gives the source
    /// back when this runs out, so it must be longer than any one fetch and import takes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest a failing source waits before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LongestBackOff { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each server looks for reposted originals due a check.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "30.00:00:00")]
    public TimeSpan OriginalCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its last check an original is looked at again, to see whether it is still there.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan OriginalRecheck { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How far back an item's text is compared with the site's reposts to find the same story under another address.</summary>
    [Range(0, 3650)]
    public int NearDuplicateDays { get; set; } = 30;
}
