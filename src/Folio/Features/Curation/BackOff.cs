namespace Folio.Features.Curation;

/// <summary>How long a failing source rests: its usual interval doubled for each failure in a row, up to a ceiling.</summary>
public static class BackOff
{
    public static TimeSpan After(int consecutiveFailures, int pollMinutes, TimeSpan longest)
    {
        // 2^20 intervals exceed any sensible ceiling; stop doubling before the double overflows.
        var minutes = Math.Max(pollMinutes, 1) * Math.Pow(2, Math.Min(consecutiveFailures, 20));
        return TimeSpan.FromMinutes(Math.Min(minutes, longest.TotalMinutes));
    }
}
